using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Resources;
using Dossier.Storage;
using Dossier.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dossier.Benchmarks.Store;

/// <summary>
/// How cost grows with the number of articles in the embedded (SQLite) store. Distinct Timeline17 articles are
/// annotated once by the default pipeline (its cost per article is measured there: it does not depend on the store's
/// size); copies with new ids and sources are then saved through the store contract up to each size, and at each
/// size the store's file size, the time per saved article, the peak memory and the latency of search and of a
/// timeline query are measured.
/// </summary>
internal static class ScaleBenchmark
{
    /// <summary>
    /// Current articles of a date window with their events, in date order: the articles through the index on the
    /// effective publication date, their events from the events table (schema migration 4). <c>$pageSize</c> bounds
    /// the articles read, as a paged timeline view reads them (-1: the whole window).
    /// </summary>
    private const string Timeline = """
        SELECT a.id, a.published, a.title, e.idx, e.date, e.json
        FROM (SELECT id, version, published, published_to, title, source FROM articles
              WHERE is_current = 1 AND COALESCE(published, published_to) BETWEEN $from AND $to
              ORDER BY COALESCE(published, published_to), source LIMIT $pageSize) a
        LEFT JOIN events e ON e.article_id = a.id AND e.version = a.version
        ORDER BY COALESCE(a.published, a.published_to), a.source, e.idx
        """;

    /// <summary>Articles of a timeline page.</summary>
    private const int PageSize = 50;

    public static int Run(string path, IReadOnlyList<int> sizes, int distinct, int runs, bool reuse)
    {
        foreach (string f in reuse ? [] : new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(f);
        }

        var articles = Load(distinct);
        var pipeline = DefaultPipeline.Create();
        long words = articles.Sum(a => (long)Benchmarks.PipelineBenchmark.CountWords(a.Text));
        using var process = Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var wall = Stopwatch.StartNew();
        foreach (var doc in articles)
        {
            pipeline.Process(doc);
        }

        process.Refresh();
        Console.WriteLine(FormattableString.Invariant(
            $"annotated {articles.Count} distinct articles ({words:N0} words) in {wall.Elapsed.TotalSeconds:0.0} s wall, {(process.TotalProcessorTime - cpu0).TotalSeconds:0.0} s CPU: {(process.TotalProcessorTime - cpu0).TotalMilliseconds / articles.Count:0.0} ms CPU per article"));

        var vocabulary = Vocabulary(articles);
        var days = articles.Select(a => a.Metadata.Published!.Value).Distinct().Order().ToList();
        using var store = SqliteArticleStore.Open(path);
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        Console.WriteLine("| articles | save ms/article (wall) | save ms/article (CPU) | store MB | KB/article | peak working set MB | search 1 word p50 / p99 ms | search 2 words p50 / p99 | phrase p50 / p99 | timeline 7 days p50 / p99 | articles per timeline | timeline page of 50 p50 / p99 |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");

        // Reused: the articles of the earlier run stay (its saves were measured then); new sizes add to them.
        int stored;
        using (var count = connection.CreateCommand())
        {
            count.CommandText = "SELECT COUNT(*) FROM articles WHERE is_current = 1";
            stored = Convert.ToInt32(count.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        var at = new DateTimeOffset(2026, 12, 4, 0, 0, 0, TimeSpan.Zero);
        foreach (int size in sizes)
        {
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            int before = stored;
            if (size < stored)
            {
                continue;
            }

            for (; stored < size; stored++)
            {
                var source = articles[stored % articles.Count];
                string id = "scale-" + stored.ToString(CultureInfo.InvariantCulture);
                var metadata = source.Metadata with { Source = id };
                var doc = source.Copy(id, metadata);
                string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id + "\n" + source.Text)));
                store.Save(new ArticleRecord(id, 1, hash, metadata, source.Text, at), doc);
            }

            clock.Stop();
            process.Refresh();
            double savedMs = clock.Elapsed.TotalMilliseconds / Math.Max(1, stored - before);
            double cpuMs = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / Math.Max(1, stored - before);
            Checkpoint(path);
            double mb = new[] { path, path + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length) / 1048576.0;

            var rng = new Random(size);
            var one = new List<double>();
            var two = new List<double>();
            var phrase = new List<double>();
            var timeline = new List<double>();
            var page = new List<double>();
            long timelineRows = 0;
            for (int i = -10; i < runs; i++)
            {
                string w1 = vocabulary[rng.Next(vocabulary.Count)], w2 = vocabulary[rng.Next(vocabulary.Count)];
                var (p1, p2) = PhraseOf(articles[rng.Next(articles.Count)].Text, rng);
                Measure(i < 0 ? null : one, () => store.Search(w1));
                Measure(i < 0 ? null : two, () => store.Search(w1 + " " + w2));
                Measure(i < 0 ? null : phrase, () => store.Search("\"" + p1 + " " + p2 + "\""));
                var from = days[rng.Next(days.Count)].AddDays(-3);
                long rows = 0;
                Measure(i < 0 ? null : timeline, () => rows = ReadTimeline(connection, from, -1));
                timelineRows += i < 0 ? 0 : rows;
                Measure(i < 0 ? null : page, () => ReadTimeline(connection, from, PageSize));
            }

            process.Refresh();
            Console.WriteLine(FormattableString.Invariant(
                $"| {stored:N0} | {savedMs:0.0} | {cpuMs:0.0} | {mb:0} | {mb * 1024 / stored:0} | {process.PeakWorkingSet64 / 1048576.0:0} | {P(one)} | {P(two)} | {P(phrase)} | {P(timeline)} | {timelineRows / (double)runs:0} | {P(page)} |"));
        }

        // What the CLI's and the web app's timelines read: the corpus snapshot, not the articles (CorpusTimelineBenchmark).
        CorpusTimelineBenchmark.Run(store, articles, [25, 50, 100, 200], Math.Max(5, runs / 5));
        return 0;
    }

    /// <summary>Reads a timeline window (every row, every event's JSON) and returns how many articles it held.</summary>
    private static long ReadTimeline(SqliteConnection connection, DateOnly from, int pageSize)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = Timeline;
        cmd.Parameters.AddWithValue("$from", from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$to", from.AddDays(6).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$pageSize", pageSize);
        using var r = cmd.ExecuteReader();
        long articles = 0;
        string? last = null;
        while (r.Read())
        {
            string id = r.GetString(0);
            _ = r.IsDBNull(5) ? null : r.GetString(5);
            if (!string.Equals(id, last, StringComparison.Ordinal))
            {
                (articles, last) = (articles + 1, id);
            }
        }

        return articles;
    }

    private static string P(List<double> millis)
    {
        millis.Sort();
        return FormattableString.Invariant($"{Percentiles.Of(millis, 50):0.0} / {Percentiles.Of(millis, 99):0.0}");
    }

    private static void Measure(List<double>? into, Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        into?.Add(watch.Elapsed.TotalMilliseconds);
    }

    private static void Checkpoint(string path)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
        cmd.ExecuteNonQuery();
    }

    /// <summary>Two consecutive words of a text, for a phrase query that occurs in the store.</summary>
    private static (string, string) PhraseOf(string text, Random rng)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter)).ToList();
        int i = rng.Next(Math.Max(1, words.Count - 1));
        return words.Count > 1 ? (words[i], words[i + 1]) : ("the", "news");
    }

    /// <summary>Words of 4+ letters that occur in the articles, each once: query words of every frequency.</summary>
    private static List<string> Vocabulary(IEnumerable<Document> articles) =>
        [.. articles.SelectMany(a => a.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
            .Where(w => w.Length >= 4 && w.All(char.IsLetter)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];

    /// <summary>Every k-th Timeline17 article (k chosen so that about <paramref name="count"/> are read), in file order.</summary>
    private static List<Document> Load(int count)
    {
        string root = SharedData.Combine("timeline17");
        var files = Directory.EnumerateFiles(root, "articles.jsonl.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var lines = new List<string>();
        foreach (string file in files)
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
            while (reader.ReadLine() is { } line)
            {
                lines.Add(line);
            }
        }

        int every = Math.Max(1, lines.Count / Math.Max(1, count));
        var list = new List<Document>();
        for (int i = 0; i < lines.Count && list.Count < count; i += every)
        {
            using var json = JsonDocument.Parse(lines[i]);
            var r = json.RootElement;
            string id = "t17-" + i.ToString(CultureInfo.InvariantCulture);
            var published = DateOnly.ParseExact(r.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            list.Add(new Document(id, r.GetProperty("text").GetString()!, new ArticleMetadata { Source = id, Published = published }));
        }

        return list;
    }
}
