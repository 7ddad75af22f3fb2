using System.Diagnostics;
using Dossier.Storage.Postgres;
using Npgsql;

namespace Dossier.Benchmarks.Store;

/// <summary>
/// Query latency over a large store: the store is filled through the store contract (Save, four threads), analysed,
/// then search (the store's Search) and a timeline query (current articles of a 7-day window with their events, as a
/// timeline view reads them) are each run many times with random arguments after a warm-up; p50 and p99 are printed.
/// </summary>
internal static class QueryBenchmark
{
    private const string Timeline = """
        SELECT a.id, a.published, a.title, n.json -> 'events'
        FROM articles a JOIN annotations n ON n.article_id = a.id AND n.version = a.version
        WHERE a.is_current AND COALESCE(a.published, a.published_to) BETWEEN @from AND @to
        ORDER BY COALESCE(a.published, a.published_to), a.source COLLATE "C"
        """;

    public static int Run(string db, int articles, int runs)
    {
        var corpus = new SyntheticCorpus();
        using var store = PostgresArticleStore.Open(db);
        Fill(db, store, corpus, articles);

        using var data = NpgsqlDataSource.Create(db);
        var rng = new Random(11);
        var one = new List<double>();
        var two = new List<double>();
        var phrase = new List<double>();
        var common = new List<double>();
        var timeline = new List<double>();
        int rows = 0;
        for (int i = -20; i < runs; i++)
        {
            // Negative rounds warm the caches and are not counted.
            string w1 = corpus.QueryWord(rng), w2 = corpus.QueryWord(rng);
            Measure(i < 0 ? null : one, () => store.Search(w1));
            Measure(i < 0 ? null : two, () => store.Search(w1 + " " + w2));
            Measure(i < 0 ? null : phrase, () => store.Search("\"" + w1 + " " + w2 + "\""));
            Measure(i < 0 ? null : common, () => store.Search(rng.Next(2) == 0 ? "Putin" : "Tehran Moscow"));
            var from = SyntheticCorpus.FirstDay.AddDays(rng.Next(SyntheticCorpus.Days - 7));
            Measure(i < 0 ? null : timeline, () =>
            {
                using var cmd = data.CreateCommand(Timeline);
                cmd.Parameters.AddWithValue("from", from);
                cmd.Parameters.AddWithValue("to", from.AddDays(6));
                using var r = cmd.ExecuteReader();
                while (r.Read())
                {
                    _ = r.GetString(3);
                    rows++;
                }
            });
        }

        Console.WriteLine(Percentiles.Describe("search, one word", one));
        Console.WriteLine(Percentiles.Describe("search, two words", two));
        Console.WriteLine(Percentiles.Describe("search, phrase", phrase));
        Console.WriteLine(Percentiles.Describe("search, very common words (Putin | Tehran Moscow)", common));
        Console.WriteLine(Percentiles.Describe(FormattableString.Invariant($"timeline, 7 days with events (avg {rows / (double)(runs + 20):0} articles)"), timeline));
        return 0;
    }

    private static void Fill(string db, PostgresArticleStore store, SyntheticCorpus corpus, int articles)
    {
        using var data = NpgsqlDataSource.Create(db);
        using (var count = data.CreateCommand("SELECT count(*) FROM articles WHERE is_current"))
        {
            long have = (long)count.ExecuteScalar()!;
            if (have >= articles)
            {
                Console.WriteLine($"store already holds {have} articles");
                return;
            }
        }

        var at = new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);
        int done = 0;
        BenchDatabase.Time($"fill {articles} articles through Save (4 threads)", () =>
            Parallel.For(0, articles, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            {
                var (record, doc) = corpus.Article(i, at);
                store.Save(record, doc);
                if (Interlocked.Increment(ref done) % 10_000 == 0)
                {
                    Console.WriteLine($"  {done}");
                }
            }));
        BenchDatabase.Time("vacuum analyze", () =>
        {
            using var cmd = data.CreateCommand("VACUUM ANALYZE");
            cmd.ExecuteNonQuery();
        });
        using var size = data.CreateCommand("SELECT pg_size_pretty(pg_database_size(current_database())), (SELECT count(*) FROM sentences)");
        using var r = size.ExecuteReader();
        r.Read();
        Console.WriteLine($"database size {r.GetString(0)}, {r.GetInt64(1)} sentences");
    }

    private static void Measure(List<double>? into, Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        into?.Add(watch.Elapsed.TotalMilliseconds);
    }
}
