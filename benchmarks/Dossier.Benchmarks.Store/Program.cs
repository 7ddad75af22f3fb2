using System.Diagnostics;
using System.Globalization;
using Dossier.Benchmarks.Store;
using Npgsql;

// Store benchmarks (never part of the test run). See docs/scaling.md for the figures and how to read them.
//   ingest --db CONN [--articles 4000] [--workers 1] [--batch 8]   throughput of N 'dossier worker' processes
//   query  --db CONN [--articles 100000] [--runs 300] [--reuse]    p50/p99 of search and timeline over a large store
// CONN must be allowed to create databases: each benchmark works in its own database (dossier_bench_*), dropped and
// made anew unless --reuse keeps a filled one.
//   scale  [--sqlite PATH] [--sizes 1000,10000] [--distinct 300] [--runs 100] [--reuse]   SQLite: cost and latency as
//          articles grow; --reuse keeps the articles a previous run saved (made by the same --distinct) and adds to them
//   copies --from SRC.db --to DEST.db --articles N [--shift-years 7] [--reuse]   SQLite: fills DEST with N copies of
//          SRC's annotated articles, each copy's dates moved k × shift-years later so the corpus stages take it for a
//          new article, with their corpus records kept; measure with 'dossier bench corpus --db DEST' afterwards. A DEST
//          that holds articles is refused unless --reuse, which adds N copies, skipping the copies DEST holds already
//   timeline --db STORE.db [--runs 100] [--slow-runs 1] [--actor USA] [--other GBR] [--type 04] [--name Obama] [--words "Barack Obama"] [--short U.S.]
//          SQLite: p50/p99 of the timeline of merged events (whole, top 20, stories, about an actor, of a type, both, two
//          actors, part of a name: a word, part of a word, several words) over a store whose snapshot the rebuild saved;
//          the queries that can read every merged event (by name, with a snapshot saved without the name index) run
//          --slow-runs times
//   timeline-index --db STORE.db   SQLite: the rebuild's timeline index stage alone over the saved snapshot
//   listings --db STORE.db [--runs 50] [--speaker Obama] [--verb say] [--code 04] [--actor USA]   SQLite: p50/p99 of
//          pages of the quote and event listings (/api/quotes, /quotes, /api/events, /events), whole and filtered
//   entities --db STORE.db [--runs 50] [--name Obama] [--entity ent:person:barack-obama]   SQLite: p50/p99 of the
//          entity listing (the Entities page, /api/corpus/entities, an entity's page) and of the mention listing
//          (/api/entities) over a store the rebuild saved
if (args.Length == 0 || args[0] is not ("ingest" or "query" or "scale" or "copies" or "timeline" or "timeline-index" or "listings" or "entities"))
{
    Console.Error.WriteLine("usage: Dossier.Benchmarks.Store ingest|query --db CONNECTION [--articles N] [--workers N] [--runs N] [--reuse]");
    Console.Error.WriteLine("       Dossier.Benchmarks.Store scale [--sqlite PATH] [--sizes 1000,10000] [--distinct 300] [--runs 100] [--reuse]");
    Console.Error.WriteLine("       Dossier.Benchmarks.Store copies --from SRC.db --to DEST.db --articles N [--shift-years 7] [--reuse]");
    Console.Error.WriteLine("       Dossier.Benchmarks.Store timeline --db STORE.db [--runs 100] [--slow-runs 1] [--actor USA] [--other GBR] [--type 04] [--name Obama] [--words \"Barack Obama\"] [--short U.S.]");
    Console.Error.WriteLine("       Dossier.Benchmarks.Store timeline-index --db STORE.db");
    Console.Error.WriteLine("       Dossier.Benchmarks.Store listings --db STORE.db [--runs 50] [--speaker Obama] [--verb say] [--code 04] [--actor USA]");
    Console.Error.WriteLine("       Dossier.Benchmarks.Store entities --db STORE.db [--runs 50] [--name Obama] [--entity ent:person:barack-obama]");
    return 2;
}

string? Arg(string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
int IntArg(string name, int fallback) => Arg(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
if (args[0] == "scale")
{
    var sizes = (Arg("--sizes") ?? "1000,10000").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).Order().ToList();
    return ScaleBenchmark.Run(Arg("--sqlite") ?? Path.Combine(Path.GetTempPath(), "dossier-scale.db"), sizes, IntArg("--distinct", 300), IntArg("--runs", 100), args.Contains("--reuse"));
}

if (args[0] == "copies")
{
    if (Arg("--from") is not { } from || Arg("--to") is not { } to || IntArg("--articles", 0) is not (> 0 and int count))
    {
        Console.Error.WriteLine("usage: Dossier.Benchmarks.Store copies --from SRC.db --to DEST.db --articles N [--shift-years 7] [--reuse]");
        return 2;
    }

    return CopiedStore.Run(from, to, count, IntArg("--shift-years", 7), args.Contains("--reuse"));
}

if (args[0] == "listings")
{
    return Arg("--db") is { } listed
        ? ListingQueryBenchmark.Run(listed, IntArg("--runs", 50), Arg("--speaker") ?? "Obama", Arg("--verb") ?? "say", Arg("--code") ?? "04", Arg("--actor") ?? "USA")
        : 2;
}

if (args[0] == "entities")
{
    return Arg("--db") is { } entities
        ? ListingQueryBenchmark.RunEntities(entities, IntArg("--runs", 50), Arg("--name") ?? "Obama", Arg("--entity") ?? "ent:person:barack-obama")
        : 2;
}

if (args[0] == "timeline-index")
{
    return Arg("--db") is { } indexed ? TimelineIndexBenchmark.Run(indexed) : 2;
}

if (args[0] == "timeline")
{
    if (Arg("--db") is not { } store)
    {
        Console.Error.WriteLine("usage: Dossier.Benchmarks.Store timeline --db STORE.db [--runs 100] [--slow-runs 1] [--actor USA] [--other GBR] [--type 04] [--name Obama] [--words \"Barack Obama\"] [--short U.S.]");
        return 2;
    }

    return TimelineQueryBenchmark.Run(store, IntArg("--runs", 100), IntArg("--slow-runs", 1), new TimelineFilters(Arg("--actor") ?? "USA", Arg("--other") ?? "GBR", Arg("--type") ?? "04", Arg("--name") ?? "Obama", Arg("--words") ?? "Barack Obama", Arg("--short") ?? "U.S."));
}

string admin = Arg("--db") ?? Environment.GetEnvironmentVariable("DOSSIER_TEST_POSTGRES")
    ?? throw new InvalidOperationException("DOS1090: give --db with a PostgreSQL connection string (.ci/postgres-start prints one)");

if (args[0] == "ingest")
{
    int workers = IntArg("--workers", 1);
    int articles = IntArg("--articles", 4000);
    string db = BenchDatabase.Create(admin, "dossier_bench_ingest", reuse: false);
    return IngestBenchmark.Run(db, articles, workers, IntArg("--batch", 8));
}

{
    int articles = IntArg("--articles", 100_000);
    string db = BenchDatabase.Create(admin, "dossier_bench_query", reuse: args.Contains("--reuse"));
    return QueryBenchmark.Run(db, articles, IntArg("--runs", 300));
}

/// <summary>Creates (or keeps) a benchmark database and returns its connection string.</summary>
internal static class BenchDatabase
{
    public static string Create(string admin, string name, bool reuse)
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @n", connection);
        exists.Parameters.AddWithValue("n", name);
        bool there = Convert.ToInt64(exists.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
        if (there && !reuse)
        {
            using var drop = new NpgsqlCommand($"DROP DATABASE {name} WITH (FORCE)", connection);
            drop.ExecuteNonQuery();
        }

        if (!there || !reuse)
        {
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(admin) { Database = name }.ConnectionString;
    }

    public static void Time(string what, Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        Console.WriteLine(FormattableString.Invariant($"{what}: {watch.Elapsed.TotalSeconds:0.0} s"));
    }
}
