using System.Diagnostics;
using Dossier.Corpus;
using Dossier.Corpus.Records;
using Dossier.Storage;
using Dossier.Storage.Sqlite;

namespace Dossier.Benchmarks.Store;

/// <summary>
/// Fills a SQLite store with copies of another store's annotated articles that the corpus stages take for different
/// articles, for memory and time measurements of the corpus rebuild at sizes no real corpus here reaches (Timeline17
/// has 3,663 articles). Copy 0 of each article is the article as it is; copy k (k ≥ 1) has its id and source prefixed
/// with <c>copyk/</c> and every date the corpus stages read moved <c>k × shiftYears</c> years later (<see cref="DateShift"/>),
/// so that its events, stories and partitions do not merge with the other copies'. Every article is copied once, then
/// every article again, until the number asked for is saved. Each source document is read from the source store
/// when it is copied and let go after its copy is saved, and each copy's corpus record is kept, as <c>dossier ingest</c>
/// keeps it, so that <c>dossier bench corpus --db</c> on the result reads records instead of loading documents.
/// </summary>
internal static class CopiedStore
{
    /// <summary>Corpus records saved per transaction.</summary>
    private const int RecordBatch = 256;

    /// <summary>Every this many saved copies, the record kept is compared with the one the stored copy gives.</summary>
    private const int CheckEvery = 500;

    public static int Run(string from, string to, int count, int shiftYears, bool reuse)
    {
        if (!File.Exists(from))
        {
            Console.Error.WriteLine($"DOS1091: the source store {from} does not exist (--from).");
            return 2;
        }

        var clock = Stopwatch.StartNew();
        (int Saved, int Skipped, int Checked, int Differing) tally;
        using (var source = SqliteArticleStore.Open(from))
        using (var target = SqliteArticleStore.Open(to))
        {
            int held = target.CurrentVersions().Count;
            if (held > 0 && !reuse)
            {
                Console.Error.WriteLine($"DOS1093: {to} already holds {held:N0} articles; give --reuse to add copies to them, or a new file as --to.");
                return 2;
            }

            var articles = source.CurrentVersions();
            if (articles.Count == 0)
            {
                Console.Error.WriteLine($"DOS1094: the source store {from} holds no article to copy.");
                return 2;
            }

            tally = Fill(source, target, articles, count, shiftYears, reuse, clock);
        }

        double seconds = clock.Elapsed.TotalSeconds;
        double mb = new[] { to, to + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length) / 1048576.0;
        string skipped = tally.Skipped > 0 ? FormattableString.Invariant($", {tally.Skipped:N0} copies it held already skipped") : string.Empty;
        Console.WriteLine(FormattableString.Invariant(
            $"{tally.Saved:N0} articles saved to {to} in {seconds:0.0} s ({seconds * 1000 / Math.Max(1, tally.Saved):0.0} ms per article){skipped}; store {mb:0} MB; records checked against the stored copy: {tally.Checked - tally.Differing} of {tally.Checked} equal"));
        return tally.Differing == 0 ? 0 : 1;
    }

    private static (int Saved, int Skipped, int Checked, int Differing) Fill(
        SqliteArticleStore source, SqliteArticleStore target, IReadOnlyList<ArticleVersion> articles, int count, int shiftYears, bool reuse, Stopwatch clock)
    {
        var builder = new CorpusBuilder();
        var records = new List<CorpusRecordBlob>();
        int saved = 0, skipped = 0, checkedRecords = 0, differing = 0;
        for (int k = 0; saved < count; k++)
        {
            var shift = new DateShift(k * shiftYears);
            string prefix = k == 0 ? string.Empty : FormattableString.Invariant($"copy{k}/");
            foreach (var article in articles)
            {
                if (saved == count)
                {
                    break;
                }

                var record = source.Versions(article.Id).Single(v => v.Version == article.Version);
                string copySource = prefix + record.Source;
                if (reuse && target.FindBySource(copySource) is not null)
                {
                    skipped++;
                    continue;
                }

                string id = prefix + article.Id;
                var metadata = shift.Metadata(record.Metadata, copySource);
                var copy = shift.Copy(source.LoadDocument(record), id, metadata);
                var stored = new ArticleRecord(id, 1, record.ContentHash, metadata, record.Body, record.IngestedAt);
                if (target.Save(stored, copy) != SaveOutcome.Inserted)
                {
                    throw new InvalidOperationException($"DOS1095: the target store already held {copySource} under another id; its copy was not saved as a new article.");
                }

                // Taken from the copy, as ingest takes it from the annotated document; now and then compared with the
                // record the stored copy gives, which a rebuild would otherwise take.
                byte[] data = ArticleCorpusRecordCodec.Encode(builder.Read(new CorpusArticle(id, copy), new StringPool()));
                records.Add(new CorpusRecordBlob(new ArticleVersion(id, 1), data));
                saved++;
                if (saved % CheckEvery == 1)
                {
                    var reloaded = target.LoadDocument(stored);
                    checkedRecords++;
                    differing += data.AsSpan().SequenceEqual(ArticleCorpusRecordCodec.Encode(builder.Read(new CorpusArticle(id, reloaded), new StringPool()))) ? 0 : 1;
                }

                if (records.Count == RecordBatch)
                {
                    target.SaveCorpusRecords(ArticleCorpusRecordCodec.Producer, records);
                    records.Clear();
                }

                if (saved % 1000 == 0)
                {
                    Console.Error.WriteLine(FormattableString.Invariant($"{saved:N0} articles saved (copy {k}), {clock.Elapsed.TotalSeconds:0} s"));
                }
            }
        }

        if (records.Count > 0)
        {
            target.SaveCorpusRecords(ArticleCorpusRecordCodec.Producer, records);
        }

        return (saved, skipped, checkedRecords, differing);
    }
}
