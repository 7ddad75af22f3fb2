using System.Diagnostics;
using System.Globalization;
using Dossier.Storage;
using Dossier.Storage.Sqlite;

namespace Dossier.Benchmarks.Store;

/// <summary>
/// The latency of the quote and event listings (<see cref="IArticleStore.ListQuotes"/>, <see cref="IArticleStore.ListEvents"/>:
/// what <c>/api/quotes</c>, <c>/quotes</c>, <c>/api/events</c> and <c>/events</c> read) over a store: the first, a
/// middle and the last page of 50, and the first and a deep page of each filter given.
/// </summary>
internal static class ListingQueryBenchmark
{
    public static int Run(string path, int runs, string speaker, string verb, string code, string actor)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path}: no such store");
            return 2;
        }

        var watch = Stopwatch.StartNew();
        using var store = SqliteArticleStore.Open(path);
        int quotes = store.ListQuotes(new QuoteFilter(), QuoteOrder.Article, 0, 0).Total;
        int events = store.ListEvents(new EventFilter(), 0, 0).Total;
        Console.WriteLine(FormattableString.Invariant(
            $"{path}: {store.CountArticles():N0} articles, {quotes:N0} quotes, {events:N0} events (opened and counted in {watch.Elapsed.TotalSeconds:0.0} s)"));
        Console.WriteLine("| query | runs | total | p50 ms | p99 ms | max ms |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        var asked = new List<(string Name, Func<int> Query)>
        {
            ("quotes, page 1", () => store.ListQuotes(new QuoteFilter(), QuoteOrder.Article, 0, 50).Total),
            ("quotes, middle page", () => store.ListQuotes(new QuoteFilter(), QuoteOrder.Article, quotes / 2, 50).Total),
            ("quotes, last page", () => store.ListQuotes(new QuoteFilter(), QuoteOrder.Article, Math.Max(0, quotes - 50), 50).Total),
            ("quotes by speaker (the /quotes page), page 1", () => store.ListQuotes(new QuoteFilter(), QuoteOrder.Speaker, 0, 100).Total),
            ("quotes by speaker, middle page", () => store.ListQuotes(new QuoteFilter(), QuoteOrder.Speaker, quotes / 2, 100).Total),
            ($"quotes, speaker {speaker}, page 1", () => store.ListQuotes(new QuoteFilter(Speaker: speaker), QuoteOrder.Article, 0, 50).Total),
            ($"quotes, speaker {speaker}, page 20", () => store.ListQuotes(new QuoteFilter(Speaker: speaker), QuoteOrder.Article, 950, 50).Total),
            ($"quotes, verb {verb}, page 1", () => store.ListQuotes(new QuoteFilter(Verb: verb), QuoteOrder.Article, 0, 50).Total),
            ($"quotes, verb {verb}, page 20", () => store.ListQuotes(new QuoteFilter(Verb: verb), QuoteOrder.Article, 950, 50).Total),
            ("events, page 1", () => store.ListEvents(new EventFilter(), 0, 50).Total),
            ("events, middle page", () => store.ListEvents(new EventFilter(), events / 2, 50).Total),
            ("events, last page", () => store.ListEvents(new EventFilter(), Math.Max(0, events - 50), 50).Total),
            ($"events, code {code}, page 1", () => store.ListEvents(new EventFilter(Code: code), 0, 50).Total),
            ($"events, code {code}, page 20", () => store.ListEvents(new EventFilter(Code: code), 950, 50).Total),
            ($"events, actor {actor}, page 1", () => store.ListEvents(new EventFilter(Actor: actor), 0, 50).Total),
            ($"events, actor {actor}, page 20", () => store.ListEvents(new EventFilter(Actor: actor), 950, 50).Total),
            ($"events, code {code}, actor {actor}, asserted, page 1", () => store.ListEvents(new EventFilter(code, "asserted", actor), 0, 50).Total),
        };
        foreach (var (name, query) in asked)
        {
            for (int i = 0; i < 3; i++)
            {
                query();
            }

            var millis = new List<double>(runs);
            int total = 0;
            for (int i = 0; i < runs; i++)
            {
                var one = Stopwatch.StartNew();
                total = query();
                millis.Add(one.Elapsed.TotalMilliseconds);
            }

            millis.Sort();
            Console.WriteLine(FormattableString.Invariant(
                $"| {name} | {runs} | {total:N0} | {Percentiles.Of(millis, 50):0.0} | {Percentiles.Of(millis, 99):0.0} | {millis[^1]:0.0} |"));
        }

        return 0;
    }
}
