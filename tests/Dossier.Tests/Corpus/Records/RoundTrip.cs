using Dossier.Corpus;
using Dossier.Corpus.Records;
using Dossier.Corpus.EventMerging;
using Xunit.Abstractions;

namespace Dossier.Tests.Corpus.Records;

/// <summary>
/// Encodes the records of annotated articles, reads them back into a fresh pool and checks them: the same fields,
/// the same bytes when written again, and the same corpus snapshot. Reports the bytes per article.
/// </summary>
internal static class RoundTrip
{
    public static List<ArticleCorpusRecord> Check(List<CorpusArticle> articles, ITestOutputHelper output)
    {
        var stage = new EventMergingStage();
        var records = articles.Select(a => ArticleCorpusRecord.Read(a, stage, new StringPool())).ToList();
        var encoded = records.Select(RecordCodecs.Encode).ToList();
        var pool = new StringPool();
        var decoded = records.Select((r, i) => RecordCodecs.Decode(encoded[i].Blob, r, pool)).ToList();

        for (int i = 0; i < records.Count; i++)
        {
            Assert.Equal(RecordDescription.Of(records[i]), RecordDescription.Of(decoded[i]));
            Assert.Equal(encoded[i].Blob, RecordCodecs.Encode(decoded[i]).Blob);
        }

        var byId = articles.ToDictionary(a => a.Id, a => a.Document, StringComparer.Ordinal);
        var expected = new CorpusBuilder().Build(records, id => byId[id]);
        var actual = new CorpusBuilder().Build(decoded, id => byId[id]);
        Assert.NotEmpty(expected.Events);
        Assert.Equal(CorpusSnapshotJson.ToItems(expected).ToList(), CorpusSnapshotJson.ToItems(actual).ToList());

        var ends = encoded.Select(e => e.Ends).ToList();
        double Part(int p) => ends.Average(e => e[p] - (p == 0 ? 0 : e[p - 1]));
        // For the store's choice, not asserted: what a general-purpose compressor makes of the blobs, and the whole
        // record's size with the claims written after the other parts (sharing their string table).
        double brotli = encoded.Average(e => Brotli(e.Blob));
        double whole = records.Average(r => RecordCodecs.EncodeWithClaims(r).Length);
        output.WriteLine(System.FormattableString.Invariant(
            $"{records.Count} articles, {ends.Average(e => e[3]):0} bytes per article: signature {Part(0):0}, terms {Part(1):0}, entity nodes {Part(2):0}, events {Part(3):0}; Brotli of the blob {brotli:0}; with the claims {whole:0}; text {articles.Average(a => a.Document.Text.Length):0} chars"));
        return decoded;
    }

    private static int Brotli(byte[] blob)
    {
        using var compressed = new MemoryStream();
        using (var brotli = new System.IO.Compression.BrotliStream(compressed, System.IO.Compression.CompressionLevel.Optimal, leaveOpen: true))
        {
            brotli.Write(blob);
        }

        return (int)compressed.Length;
    }
}
