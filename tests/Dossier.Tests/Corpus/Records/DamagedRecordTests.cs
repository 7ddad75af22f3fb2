using Dossier.Corpus;
using Dossier.Corpus.EventMerging;
using Dossier.Corpus.Records;

namespace Dossier.Tests.Corpus.Records;

/// <summary>
/// A damaged blob fails as damaged data: cut short anywhere it throws <see cref="InvalidDataException"/>; with a byte
/// changed it either still reads or throws that, never an index, null or argument error from inside the codecs.
/// </summary>
public sealed class DamagedRecordTests
{
    [Fact]
    public void A_blob_cut_short_anywhere_is_invalid_data()
    {
        foreach (var (blob, record) in Blobs())
        {
            for (int length = 0; length < blob.Length; length += 1 + (blob.Length / 400))
            {
                var cut = blob[..length];
                Assert.Throws<InvalidDataException>(() => RecordCodecs.Decode(cut, record, new StringPool()));
            }
        }
    }

    [Fact]
    public void A_blob_with_a_byte_changed_reads_or_is_invalid_data()
    {
        int failed = 0;
        foreach (var (blob, record) in Blobs())
        {
            for (int i = 0; i < blob.Length; i += 1 + (blob.Length / 300))
            {
                foreach (byte flip in new byte[] { 0xFF, 0x01, 0x40, 0x80 })
                {
                    var damaged = (byte[])blob.Clone();
                    damaged[i] ^= flip;
                    try
                    {
                        RecordCodecs.Decode(damaged, record, new StringPool());
                    }
                    catch (InvalidDataException)
                    {
                        failed++;
                    }
                }
            }
        }

        Assert.True(failed > 0);
    }

    [Fact]
    public void A_reference_to_a_string_not_yet_written_is_invalid_data()
    {
        var (blob, record) = Blobs().First();
        var damaged = (byte[])blob.Clone();

        // The first byte opens the article's id: 1 writes it, 5 would refer to the fourth string of an empty table.
        Assert.Equal(1, damaged[0]);
        damaged[0] = 5;

        var error = Assert.Throws<InvalidDataException>(() => RecordCodecs.Decode(damaged, record, new StringPool()));
        Assert.Contains("string 3", error.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<(byte[] Blob, ArticleCorpusRecord Record)> Blobs()
    {
        var stage = new EventMergingStage();
        foreach (var a in AnnotatedSeeds.Articles())
        {
            var record = ArticleCorpusRecord.Read(a, stage, new StringPool());
            yield return (RecordCodecs.Encode(record).Blob, record);
        }
    }
}
