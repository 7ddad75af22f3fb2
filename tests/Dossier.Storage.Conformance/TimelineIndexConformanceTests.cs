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
    private static readonly EventParticipant Gondor = new("ent:GON", "GON", "GON", "Gondor");
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
        Func<MergedEvent, bool> consultations = e => e.Code.StartsWith("04", StringComparison.Ordinal);
        (TimelineQuery Query, Func<MergedEvent, bool>? Include)[] asked =
        [
            (new(), null), (new(Top: 1), null), (new(Top: 2), null), (new(Top: 9), null), (new(About: ["Rohan"]), null), (new(), consultations),
            (new("story:a1"), null), (new("story:c"), null), (new("story:c", Top: 1), null), (new("story:a1", ["Elessar"]), null),
            (new("story:c", ["ROH"], 1), null), (new("story:a1"), consultations), (new("story:e"), null), (new("story:none"), null),
        ];

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

        // What the answers are: story:c's dates that happened (e3 a day, e4 a month, e6 a year; e5 was denied, e7 is undated).
        Assert.Equal(["2024", "2024-07-20", "2024-08"], EventTimeline.Load(store, new TimelineQuery("story:c")).Select(e => e.Date));
        Assert.Equal(["2024-07-20"], EventTimeline.Load(store, new TimelineQuery("story:c", Top: 1)).Select(e => e.Date));
        Assert.Equal(["2024-07-04", "2024-07-20"], EventTimeline.Load(store, new TimelineQuery(Top: 2)).Select(e => e.Date));
        Assert.Empty(EventTimeline.Load(store, new TimelineQuery("story:e")));
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
