using System.Text.Json;
using Dossier.Corpus;
using Dossier.Corpus.Dating;
using Dossier.Corpus.EventMerging;
using Dossier.Corpus.Timelines;
using Dossier.Model;

namespace Dossier.Storage.Conformance;

/// <summary>The store contract's part that the timeline index reads through: staged items read back before the commit, the first N items of a kind, and the index answering as the timeline built from the whole snapshot.</summary>
public abstract partial class ArticleStoreConformanceTests
{
    private static readonly EventParticipant Aragorn = new("ent:person:aragorn", "ARN", "ARNGOV", "Aragorn") { Specific = true, Aliases = ["Elessar"] };
    // Gondor's alias holds Rohan's id: that id also matches Gondor by part of a name, so it is no key of the index.
    private static readonly EventParticipant Gondor = new("ent:GON", "GON", "GON", "Gondor") { Aliases = ["the ent:roh march"] };
    private static readonly EventParticipant Rohan = new("ent:ROH", "ROH", "ROHGOV", "Rohan");

    /// <summary>Two stories, an event reported in both (e4), a date two events share, one denied, one undated, one dated only to a year, and a story with no dated event.</summary>
    private static readonly CorpusSnapshot Council = new CorpusSnapshot(
        new Dictionary<string, string> { ["a2"] = "a1" },
        new Dictionary<string, string> { ["a1"] = "a1", ["a2"] = "a1", ["b"] = "b", ["c"] = "c", ["d"] = "d", ["e"] = "e" },
        [
            new Story("story:a1", "Council", ["a1", "a2", "b"], new DateOnly(2024, 7, 4), new DateOnly(2024, 8, 1)),
            new Story("story:c", "Other", ["c", "d"], null, null),
            new Story("story:e", "Quiet", ["e"], null, null),
        ])
    {
        Events =
        [
            TimelineEvent("e1", "040", "2024-07-04", ["a1", "a2", "b"], 2, [Aragorn], [Gondor]),
            TimelineEvent("e2", "010", "2024-07-04", ["b"], 1, [Gondor], [Aragorn]),
            TimelineEvent("e3", "190", "2024-07-20", ["c"], 1, [Gondor], [Rohan], later: 3),
            TimelineEvent("e4", "040", "2024-08", ["b", "c"], 2, [Aragorn], [Rohan]),
            TimelineEvent("e5", "190", "2024-07-21", ["d"], 1, [Gondor], [Aragorn], modality: "negated"),
            TimelineEvent("e6", "057", "2024", ["d"], 1, [Aragorn], [Gondor]),
            TimelineEvent("e7", "043", null, ["d"], 1, [Aragorn], [Gondor]),
            TimelineEvent("e8", "043", "2024-07-22", ["e"], 1, [Rohan], [Gondor], modality: "planned"),
        ],
    };

    private static readonly Func<MergedEvent, bool> Consultations = e => e.Code.StartsWith("04", StringComparison.Ordinal);

    /// <summary>Timelines asked of a snapshot: whole, key dates, stories, actors, types and both, with and without a filter given as a function.</summary>
    private static readonly (TimelineQuery Query, Func<MergedEvent, bool>? Include)[] Asked =
    [
        (new(), null), (new(Top: 1), null), (new(Top: 2), null), (new(Top: 9), null), (new(About: ["Rohan"]), null), (new(), Consultations),
        (new("story:a1"), null), (new("story:c"), null), (new("story:c", Top: 1), null), (new("story:a1", ["Elessar"]), null),
        (new("story:c", ["ROH"], 1), null), (new("story:a1"), Consultations), (new("story:e"), null), (new("story:none"), null),
        (new(Type: "04"), null), (new(Type: "040"), null), (new(Type: "19"), null), (new(Type: "0"), null), (new(Type: "99"), null),
        (new(Top: 1, Type: "04"), null), (new("story:c", Type: "04"), null),
        (new(About: ["ROH"]), null), (new(About: ["GON"], Top: 1), null), (new(About: ["ARN"]), null), (new(About: ["ARNG"]), null),
        (new(About: ["ARNGOV"]), null), (new(About: ["ELESSAR"]), null), (new(About: ["ZZZ"]), null), (new(About: ["ent:person:aragorn"]), null),
        (new(About: ["ENT:GON"]), null), (new(About: ["ent:ROH"]), null), (new(About: ["ent:none"]), null), (new(About: ["gondor"]), null),
        (new(About: ["ROH", "GON"]), null), (new(About: ["ent:GON"], Type: "19"), null), (new(About: ["ent:GON"], Type: "190", Top: 1), null),
        (new(About: ["ROH"]), Consultations), (new(About: ["ROH"], Type: "04"), null), (new(About: ["ent:ROH"], Type: "04"), null),
        (new(About: ["ent:GON"], Type: "01"), null), (new(About: ["ent:GON"], Type: "05", Top: 1), null), (new(About: ["ARN"], Type: "09"), null),
        (new(About: ["ROH", "ent:person:aragorn"], Type: "04"), null), (new(About: ["Elessar"], Type: "04"), null),
    ];

    [Fact]
    public void Staged_items_are_read_back_before_the_commit_kind_by_kind_in_id_order_and_the_saved_snapshot_is_untouched_until_then()
    {
        using var store = OpenStore();
        store.SaveCorpus(new CorpusSnapshot(new Dictionary<string, string>(), new Dictionary<string, string> { ["s"] = "s" }, []));
        using var writer = store.WriteCorpus();
        // More than one staging batch, so that some are staged and the rest still buffered when read.
        for (int i = 2999; i >= 0; i--)
        {
            writer.Write("unit", "u" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), "\"x\"");
        }

        writer.Write("story", "story:b", """{"Title":"B","Articles":[],"First":null,"Last":null}""");
        writer.Write("story", "story:a", System.Text.Encoding.UTF8.GetBytes("""{"Title":"Zürich","Articles":[],"First":null,"Last":null}"""));
        var read = new List<(string Kind, string Id, string Json)>();
        writer.ReadStaged(["story", "event", "unit"], (kind, id, json) => read.Add((kind, id, json)));

        Assert.Equal(3002, read.Count);
        Assert.Equal([("story", "story:a"), ("story", "story:b"), ("unit", "u0000"), ("unit", "u0001")], read.Take(4).Select(i => (i.Kind, i.Id)));
        Assert.Equal("u2999", read[^1].Id);
        Assert.Contains("Zürich", read[0].Json, StringComparison.Ordinal);
        Assert.Equal(new Dictionary<string, string> { ["s"] = "s" }, store.LoadCorpus().UnitOf);

        // What is staged after the read is committed with the rest.
        writer.Write("unit", "v", "\"y\"");
        writer.Commit();
        Assert.Equal(3001, store.LoadCorpus().UnitOf.Count);
    }

    [Fact]
    public void Items_of_a_kind_are_read_at_once_by_id_as_one_by_one()
    {
        using var store = OpenStore();
        Assert.Empty(store.CorpusItems(CorpusItemSink.EventKind, ["e1"]));
        store.SaveCorpus(Council);

        var items = store.CorpusItems(CorpusItemSink.EventKind, ["e3", "nothing", "e1", "e3", "story:a1"]);
        Assert.Equal(["e1", "e3"], items.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(store.CorpusItem(CorpusItemSink.EventKind, "e3"), items["e3"]);
        Assert.Equal(JsonSerializer.Serialize(EventBrief.Of(Council.Events[0])), JsonSerializer.Serialize(store.LoadEventBriefs(["e1", "e1", "e9"]).Single().Value));
        Assert.Empty(store.CorpusItems(CorpusItemSink.EventKind, []));
    }

    [Fact]
    public void Only_the_first_items_of_each_kind_from_the_id_given_are_read_when_a_limit_or_a_start_is_given()
    {
        using var store = OpenStore();
        using (var writer = store.WriteCorpus())
        {
            foreach (string id in new[] { "c", "a", "d", "b" })
            {
                writer.Write("unit", id, "\"u\"");
            }

            writer.Write("story", "story:a", """{"Title":"A","Articles":[],"First":null,"Last":null}""");
            writer.Commit();
        }

        List<(string, string)> Read(int? limit, string? from = null)
        {
            var read = new List<(string, string)>();
            store.ReadCorpusItems(["story", "unit"], (kind, id, _) => read.Add((kind, id)), limit, from);
            return read;
        }

        Assert.Equal([("story", "story:a"), ("unit", "a"), ("unit", "b")], Read(2));
        Assert.Empty(Read(0));
        Assert.Equal([("story", "story:a"), ("unit", "a")], Read(1));
        Assert.Equal(5, Read(null).Count);
        Assert.Equal(5, Read(10).Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => Read(-1));

        // A start: the items at or after it, each kind on its own.
        Assert.Equal([("story", "story:a"), ("unit", "c"), ("unit", "d")], Read(2, "c"));
        Assert.Equal([("unit", "b")], Read(1, "b").Skip(1));
        Assert.Equal([("story", "story:a")], Read(null, "d2"));
        Assert.Empty(Read(null, "z"));
    }

    [Fact]
    public void The_timeline_read_from_the_index_and_with_the_events_streamed_is_the_one_built_from_the_whole_snapshot()
    {
        var asked = Asked;

        using var store = OpenStore();
        store.SaveCorpus(Council);
        Assert.NotNull(store.CorpusItem(EventTimeline.IndexBuiltKind, EventTimeline.IndexBuiltId));
        using var unindexed = OpenStore();
        using (var writer = unindexed.WriteCorpus())
        {
            CorpusSnapshotJson.Write(Council, new CorpusItemSink(writer));
            writer.Commit();
        }

        Assert.Null(unindexed.CorpusItem(EventTimeline.IndexBuiltKind, EventTimeline.IndexBuiltId));
        // An index of another layout (here an older one, whose items mean something else) is not read.
        using var otherLayout = OpenStore();
        using (var writer = otherLayout.WriteCorpus())
        {
            CorpusSnapshotJson.Write(Council, new CorpusItemSink(writer));
            writer.Write(EventTimeline.IndexKind, "000000000", """{"date":"1999","earliest":"1999-01-01","latest":"1999-12-31","summary":"x","events":["e9"],"sources":["z"],"independentSources":1,"salience":1}""");
            writer.Write(EventTimeline.IndexBuiltKind, EventTimeline.IndexBuiltId, """{"events":8,"entries":1}""");
            writer.Commit();
        }

        foreach (var (query, include) in asked)
        {
            var scope = include is null ? Council : Council with { Events = [.. Council.Events.Where(include)] };
            string built = JsonSerializer.Serialize(EventTimeline.Build(scope, query));
            Assert.Equal(built, JsonSerializer.Serialize(EventTimeline.Load(store, query, include)));
            Assert.Equal(built, JsonSerializer.Serialize(EventTimeline.Load(unindexed, query, include)));
            Assert.Equal(built, JsonSerializer.Serialize(EventTimeline.Load(otherLayout, query, include)));
            int dates = EventTimeline.Build(scope, query with { Top = null }).Count;
            foreach (var s in new[] { store, unindexed })
            {
                Assert.Equal(built, JsonSerializer.Serialize(EventTimeline.Load(s, query, include, out int counted)));
                Assert.Equal(dates, counted);
            }
        }

        // A page of each, read from the index when it is the whole timeline unfiltered, cut from the timeline otherwise.
        foreach (var (query, include) in asked)
        {
            var built = EventTimeline.Build(include is null ? Council : Council with { Events = [.. Council.Events.Where(include)] }, query);
            foreach (var (skip, take) in new[] { (0, 2), (1, 2), (3, 5), (4, 1), (9, 3) })
            {
                foreach (var s in new[] { store, unindexed })
                {
                    var page = EventTimeline.LoadPage(s, query, include, skip, take, out int total);
                    Assert.Equal(built.Count, total);
                    Assert.Equal(JsonSerializer.Serialize(built.Skip(skip).Take(take)), JsonSerializer.Serialize(page));
                }
            }
        }

        // Keys with the same dated events share one timeline; an id that is part of a name is no key.
        Assert.Equal(
            store.CorpusItem(EventTimeline.KeyKind, "u:ARNG"),
            store.CorpusItem(EventTimeline.KeyKind, "u:ARNGOV"));
        Assert.Null(store.CorpusItem(EventTimeline.KeyKind, "i:ENT:ROH"));
        Assert.NotNull(store.CorpusItem(EventTimeline.KeyKind, "i:ENT:GON"));
        Assert.NotNull(store.CorpusItem(EventTimeline.KeyKind, "t:04|i:ENT:PERSON:ARAGORN"));
        Assert.Null(store.CorpusItem(EventTimeline.KeyKind, "t:04|i:ENT:ROH"));
        Assert.Equal(["2024-07-04", "2024-08"], EventTimeline.Load(store, new TimelineQuery(Type: "04")).Select(e => e.Date));
        Assert.Equal(["2024-07-20", "2024-08"], EventTimeline.Load(store, new TimelineQuery(About: ["ROH"])).Select(e => e.Date));
        // Rohan by its id: its own events and Gondor's, whose alias holds the id.
        Assert.Equal(["2024", "2024-07-04", "2024-07-20", "2024-08"], EventTimeline.Load(store, new TimelineQuery(About: ["ent:ROH"])).Select(e => e.Date));

        // What the answers are: story:c's dates that happened (e3 a day, e4 a month, e6 a year; e5 was denied, e7 is undated).
        Assert.Equal(["2024", "2024-07-20", "2024-08"], EventTimeline.Load(store, new TimelineQuery("story:c")).Select(e => e.Date));
        Assert.Equal(["2024-07-20"], EventTimeline.Load(store, new TimelineQuery("story:c", Top: 1)).Select(e => e.Date));
        Assert.Equal(["2024-07-04", "2024-07-20"], EventTimeline.Load(store, new TimelineQuery(Top: 2)).Select(e => e.Date));
        Assert.Empty(EventTimeline.Load(store, new TimelineQuery("story:e")));
    }

    /// <summary>Council and 480 events of Rohan, Gondor and Aragorn over 120 days and four months, three in four of them consultations.</summary>
    private static CorpusSnapshot TimelineCrowd()
    {
        string[] codes = ["040", "042", "010", "043"];
        return Council with
        {
            Events =
            [
                .. Council.Events,
                .. Enumerable.Range(0, 480).Select(i => TimelineEvent(
                    "f" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), codes[i % 4],
                    i % 7 == 0 ? $"2023-{1 + (i % 4):D2}" : new DateOnly(2023, 5, 1).AddDays(i % 120).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    [new[] { "a1", "a2", "b", "c", "d" }[i % 5]], 1 + (i % 3), [i % 2 == 0 ? Rohan : Gondor], [i % 3 == 0 ? Aragorn : Rohan], later: i % 4)),
            ],
        };
    }

    [Fact]
    public void The_timeline_index_is_the_same_items_in_the_same_order_however_many_sets_a_walk_over_the_events_collects()
    {
        var crowd = TimelineCrowd();
        using var store = OpenStore();
        var written = new[] { 1, 300, 700, int.MaxValue }.Select(perWalk => IndexItems(store, crowd, perWalk)).ToList();

        // Several sets of many events (their key items list no ids): a bound of one event walks once for each of them.
        var many = written[^1].Where(i => i.Kind == EventTimeline.KeyKind && !i.Json.Contains("\"ids\"", StringComparison.Ordinal))
            .Select(i => JsonDocument.Parse(i.Json).RootElement.GetProperty("set").GetInt32()).Distinct().ToList();
        Assert.True(many.Count >= 3, $"{many.Count} sets of many events");
        Assert.Contains(written[^1], i => i.Kind == EventTimeline.AboutKind);
        Assert.All(written, w => Assert.Equal(written[^1], w));
    }

    /// <summary>What the timeline index stages for <paramref name="snapshot"/>, in the order written, its walks bounded by <paramref name="perWalk"/>; nothing is committed.</summary>
    private List<(string Kind, string Id, string Json)> IndexItems(IArticleStore store, CorpusSnapshot snapshot, int perWalk)
    {
        using var writer = store.WriteCorpus();
        CorpusSnapshotJson.Write(snapshot, new CorpusItemSink(writer));
        var recorder = new RecordingWriter(writer);
        EventTimeline.WriteIndex(recorder, perWalk);
        return recorder.Items;
    }

    /// <summary>Reads what another writer staged and keeps what is written, in order, without staging it.</summary>
    private sealed class RecordingWriter(ICorpusWriter inner) : ICorpusWriter
    {
        public List<(string Kind, string Id, string Json)> Items { get; } = [];

        public void Write(string kind, string id, string json) => Items.Add((kind, id, json));

        public void ReadStaged(IReadOnlyList<string> kinds, Action<string, string, string> item) => inner.ReadStaged(kinds, item);

        public void Discard(string kind) => Items.RemoveAll(i => i.Kind == kind);

        public void Commit() => throw new InvalidOperationException("a recording is not committed");

        public void Dispose()
        {
        }
    }

    [Fact]
    public void The_whole_timeline_about_an_actor_or_of_a_type_with_many_events_is_read_from_its_saved_entries()
    {
        var crowd = TimelineCrowd();
        using var store = OpenStore();
        store.SaveCorpus(crowd);
        foreach (var (query, include) in Asked)
        {
            var scope = include is null ? crowd : crowd with { Events = [.. crowd.Events.Where(include)] };
            var built = EventTimeline.Build(scope, query);
            Assert.Equal(JsonSerializer.Serialize(built), JsonSerializer.Serialize(EventTimeline.Load(store, query, include, out int dates)));
            Assert.Equal(EventTimeline.Build(scope, query with { Top = null }).Count, dates);
            var page = EventTimeline.LoadPage(store, query, include, 5, 7, out int total);
            Assert.Equal(JsonSerializer.Serialize(built.Skip(5).Take(7)), JsonSerializer.Serialize(page));
            Assert.Equal(built.Count, total);
        }

        // A store whose events were dropped before the commit still answers from the entries, whole, by its key dates
        // and a page at a time, for the sets of many events (their key items list no event ids); only the summaries,
        // each that of the entry's first event, are missing.
        using var eventless = OpenEventless(crowd);

        Assert.Empty(eventless.LoadCorpus().Events);
        foreach (var (key, query) in new (string, TimelineQuery)[]
        {
            ("u:ROH", new(About: ["ROH"])), ("u:ROH", new(About: ["ROHG"], Top: 3)), ("t:04", new(Type: "04")), ("t:04", new(Type: "04", Top: 2)),
            ("t:04|u:ROH", new(About: ["ROH"], Type: "04")), ("t:04|i:ENT:GON", new(About: ["ent:GON"], Type: "04", Top: 4)),
        })
        {
            Assert.DoesNotContain("\"ids\"", store.CorpusItem(EventTimeline.KeyKind, key), StringComparison.Ordinal);
            var built = EventTimeline.Build(crowd, query);
            Assert.All(built, e => Assert.Equal("summary of " + e.Events[0], e.Summary));
            Assert.Equal(Unsummed(built), JsonSerializer.Serialize(EventTimeline.Load(eventless, query)));
            var all = EventTimeline.Build(crowd, query with { Top = null });
            Assert.True(all.Count > 3 && built.Count == Math.Min(all.Count, query.Top ?? all.Count));
            Assert.Equal(Unsummed(all.Skip(1).Take(2)), JsonSerializer.Serialize(EventTimeline.LoadPage(eventless, query with { Top = null }, null, 1, 2, out int total)));
            Assert.Equal(all.Count, total);
        }

        static string Unsummed(IEnumerable<TimelineEntry> entries) => JsonSerializer.Serialize(entries.Select(e => e with { Summary = string.Empty }));

        // A set of few events (Aragorn's consultations with Gondor) lists them and loads them: none in that store.
        Assert.Contains("\"ids\"", store.CorpusItem(EventTimeline.KeyKind, "t:01|u:ARN"), StringComparison.Ordinal);
        Assert.NotEmpty(EventTimeline.Load(store, new TimelineQuery(About: ["ARN"], Type: "01")));
        Assert.Empty(EventTimeline.Load(eventless, new TimelineQuery(About: ["ARN"], Type: "01")));
    }

    [Fact]
    public void A_story_read_through_the_index_holds_its_events_its_articles_units_and_nothing_else()
    {
        using var store = OpenStore();
        store.SaveCorpus(Council);
        foreach (var query in new TimelineQuery[] { new("story:a1"), new("story:c"), new("story:c", ["Aragorn"]), new("story:e"), new("story:none") })
        {
            var story = EventTimeline.LoadSelected(store, query, out int stored);
            Assert.Equal(Council.Events.Count, stored);
            Assert.Equal(EventTimeline.Select(store.LoadCorpus(), query).Select(e => e.Id), story.Events.Select(e => e.Id));
            Assert.Equal(Council.Stories.Where(s => s.Id == query.Story).Select(s => s.Id), story.Stories.Select(s => s.Id));
            Assert.Equal(JsonSerializer.Serialize(EventTimeline.Build(Council, query)), JsonSerializer.Serialize(EventTimeline.Build(story, query)));
        }

        var c = EventTimeline.LoadSelected(store, new TimelineQuery("story:c"), out _);
        Assert.Equal(["e3", "e4", "e5", "e6", "e7"], c.Events.Select(e => e.Id).Order(StringComparer.Ordinal));
        // Units of its articles and of its events' (e4 is reported in b too); none of story:e's.
        Assert.Equal(["b", "c", "d"], c.UnitOf.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(2, c.IndependentSources(["c", "d"]));
    }

    /// <summary>A store holding the snapshot and what the rebuild saves for reading it, but none of its merged events (dropped before the commit).</summary>
    private IArticleStore OpenEventless(CorpusSnapshot snapshot)
    {
        var store = OpenStore();
        using var writer = store.WriteCorpus();
        CorpusSnapshotJson.Write(snapshot, new CorpusItemSink(writer));
        CorpusStore.WriteReadingItems(writer, store);
        writer.Discard(CorpusItemSink.EventKind);
        writer.Commit();
        return store;
    }

    private static MergedEvent TimelineEvent(string id, string code, string? date, string[] articles, int independent, EventParticipant[] sources, EventParticipant[] targets, int later = 0, string modality = "asserted")
    {
        var c = DateConstraint.Parse(date);
        return new MergedEvent(id, code, "label " + code, "summary of " + id, modality)
        {
            Date = date,
            Earliest = c?.Earliest,
            Latest = c?.Latest,
            Sources = sources,
            Targets = targets,
            Articles = articles,
            IndependentSources = independent,
            LaterReferences = later,
            Evidence = [.. articles.Select(a => new EventEvidence(a, 0, 10))],
        };
    }
}
