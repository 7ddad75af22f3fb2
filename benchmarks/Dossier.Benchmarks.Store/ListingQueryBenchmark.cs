using System.Diagnostics;
using System.Globalization;
using Dossier.Corpus.Entities;
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
        Measure(asked, runs);
        return 0;
    }

    /// <summary>
    /// The entity listing (<see cref="EntityListing"/>: what the Entities page, <c>/api/corpus/entities</c> and an
    /// entity's page read) over a store whose snapshot the rebuild saved with it: pages of the whole listing and of its
    /// filters, one entity by its id and by a folded-in id, and an entity's first merged events and quotes.
    /// </summary>
    public static int RunEntities(string path, int runs, string name, string entity)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path}: no such store");
            return 2;
        }

        using var store = SqliteArticleStore.Open(path);
        if (EntityListing.Read(store) is not { } marker || EntityListing.Find(store, entity) is not { } found)
        {
            Console.Error.WriteLine($"{path}: the snapshot has no entity listing, or no entity {entity}; rebuild it with this build ('dossier bench corpus --db {path} --repeat 1')");
            return 2;
        }

        var members = new HashSet<string>(found.MemberIds.Append(found.Id), StringComparer.Ordinal);
        string? folded = found.MemberIds.FirstOrDefault(m => m != found.Id);
        Console.WriteLine(FormattableString.Invariant(
            $"{path}: {store.CountArticles():N0} articles, {marker.Entities:N0} entities; {entity}: {found.Mentions.Count:N0} mentions, {members.Count:N0} ids"));
        Console.WriteLine("| query | runs | total | p50 ms | p99 ms | max ms |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- |");
        int Page(EntityFilter filter, int skip, int take) => EntityListing.Page(store, filter, skip, take)!.Total;
        var asked = new List<(string Name, Func<int> Query)>
        {
            ("entities, page 1 of 50", () => Page(new EntityFilter(), 0, 50)),
            ("entities, middle page", () => Page(new EntityFilter(), marker.Entities / 2, 50)),
            ("entities, last page", () => Page(new EntityFilter(), Math.Max(0, marker.Entities - 50), 50)),
            ("entities, page 1 of 100 (the Entities page)", () => Page(new EntityFilter(), 0, 100)),
            ("entities, type PERSON, page 1", () => Page(new EntityFilter("PERSON"), 0, 50)),
            ("entities, type PERSON, page 100", () => Page(new EntityFilter("PERSON"), 4950, 50)),
            ("entities, country USA, page 1", () => Page(new EntityFilter(Country: "USA"), 0, 50)),
            ("entities, type PERSON and country USA, page 1", () => Page(new EntityFilter("PERSON", Country: "USA"), 0, 50)),
            ($"entities, name {name}, page 1", () => Page(new EntityFilter(Name: name), 0, 50)),
            ($"entities, name {name} and type PERSON, page 1", () => Page(new EntityFilter("PERSON", name), 0, 50)),
            ("entities, name \"an\" (broad), page 1", () => Page(new EntityFilter(Name: "an"), 0, 50)),
            ("entities, name \"ali\", page 1", () => Page(new EntityFilter(Name: "ali"), 0, 50)),
            ("entities, name \"zzzq\" (none)", () => Page(new EntityFilter(Name: "zzzq"), 0, 50)),
            ($"one entity by id ({entity})", () => EntityListing.Find(store, entity)!.Mentions.Count),
            ($"one entity by a folded-in id ({folded ?? "none"})", () => folded is null ? 0 : EntityListing.Find(store, folded)!.Mentions.Count),
            ("the entity's first 200 merged events (ids)", () => EntityListing.EventIds(store, members)!.Count),
            ("the entity's first 200 merged events (read)", () => EntityListing.EventIds(store, members)!.Select(store.LoadEvent).Count(e => e is not null)),
            ("the entity's first 200 quotes", () => store.ListQuotes(new QuoteFilter { SpeakerEntities = members }, QuoteOrder.Article, 0, 200).Total),
        };
        if (MentionListing.Read(store) is { } mentions)
        {
            // The mention listing (/api/entities): the per-article mentions grouped across articles.
            int Groups(MentionFilter filter, int skip, int take) => MentionListing.Page(store, filter, skip, take)!.Total;
            Console.WriteLine(FormattableString.Invariant($"mention listing: {mentions.Groups:N0} groups"));
            asked.AddRange(
            [
                ("mentions, page 1 of 50", () => Groups(new MentionFilter(), 0, 50)),
                ("mentions, middle page", () => Groups(new MentionFilter(), mentions.Groups / 2, 50)),
                ("mentions, last page", () => Groups(new MentionFilter(), Math.Max(0, mentions.Groups - 50), 50)),
                ("mentions, type PERSON, page 1", () => Groups(new MentionFilter("PERSON"), 0, 50)),
                ("mentions, type PERSON, page 100", () => Groups(new MentionFilter("PERSON"), 4950, 50)),
                ($"mentions, name {name}, page 1", () => Groups(new MentionFilter(Name: name), 0, 50)),
                ("mentions, name \"an\" (broad), page 1", () => Groups(new MentionFilter(Name: "an"), 0, 50)),
                ("mentions, name \"zzzq\" (none)", () => Groups(new MentionFilter(Name: "zzzq"), 0, 50)),
            ]);
        }

        Measure(asked, runs);
        return 0;
    }

    /// <summary>Runs each query 3 times to warm up, then <paramref name="runs"/> times, and prints a table row of its total and latency.</summary>
    private static void Measure(List<(string Name, Func<int> Query)> asked, int runs)
    {
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
    }
}
