using Dossier.Corpus;
using Dossier.Corpus.Dyads;
using Dossier.Corpus.EventMerging;
using Dossier.Corpus.Timelines;
using Dossier.Model;

namespace Dossier.Tests.Corpus;

public sealed class EventTimelineTests
{
    private static readonly EventParticipant Aragorn = new("ent:person:aragorn", "ARN", "ARNGOV", "Aragorn") { Specific = true, Aliases = ["Elessar"] };
    private static readonly EventParticipant Gondor = new("ent:GON", "GON", "GON", "Gondor");
    private static readonly EventParticipant Rohan = new("ent:ROH", "ROH", "ROHGOV", "Rohan");

    private static readonly CorpusSnapshot Corpus = new CorpusSnapshot(
        new Dictionary<string, string>(),
        new Dictionary<string, string> { ["a1"] = "a1", ["a2"] = "a1", ["b"] = "b", ["c"] = "c", ["d"] = "d" },
        [new Story("story:a1", "Council", ["a1", "a2", "b"], null, null), new Story("story:c", "Other", ["c", "d"], null, null)])
    {
        Events =
        [
            Event("e1", "040", "2024-07-04", ["a1", "a2", "b"], 2, sources: [Aragorn], targets: [Gondor], goldstein: 1.0),
            Event("e2", "010", "2024-07-04", ["b"], 1, sources: [Gondor], targets: [Aragorn], goldstein: 0.0),
            Event("e3", "190", "2024-07-20", ["c"], 1, sources: [Gondor], targets: [Rohan], goldstein: -10.0, later: 3),
            Event("e4", "040", "2024-08", ["b", "c"], 2, sources: [Aragorn], targets: [Rohan], goldstein: 1.0),
            Event("e5", "190", "2024-07-21", ["d"], 1, sources: [Gondor], targets: [Aragorn], goldstein: -10.0, modality: "negated"),
            Event("e6", "057", "2024", ["d"], 1, sources: [Aragorn], targets: [Gondor], goldstein: 8.0),
            Event("e7", "043", null, ["d"], 1, sources: [Aragorn], targets: [Gondor], goldstein: 2.8),
        ],
    };

    [Fact]
    public void One_entry_per_date_ordered_by_date_for_events_that_happened()
    {
        var entries = EventTimeline.Build(Corpus, new TimelineQuery());

        Assert.Equal(["2024", "2024-07-04", "2024-07-20", "2024-08"], entries.Select(e => e.Date));
        var meeting = entries.Single(e => e.Date == "2024-07-04");
        Assert.Equal(["e1", "e2"], meeting.Events);
        Assert.Equal(["a1", "a2", "b"], meeting.Sources);
        Assert.Equal(2, meeting.IndependentSources);
        Assert.Equal("summary of e1", meeting.Summary);
    }

    [Fact]
    public void Salience_counts_independent_sources_and_later_references_scaled_by_precision()
    {
        var entries = EventTimeline.Build(Corpus, new TimelineQuery()).ToDictionary(e => e.Date);

        // 2024-07-20: one source and three later references, a day: weight 4, the heaviest.
        Assert.Equal(1.0, entries["2024-07-20"].Salience);
        Assert.Equal(0.5, entries["2024-07-04"].Salience);
        Assert.Equal(0.25, entries["2024-08"].Salience); // two sources, a month: 2 × 0.5
        Assert.Equal(0.063, entries["2024"].Salience); // one source, a year: 1 × 0.25
    }

    [Fact]
    public void Top_keeps_the_most_salient_dates_still_in_date_order()
    {
        var entries = EventTimeline.Build(Corpus, new TimelineQuery(Top: 2));

        Assert.Equal(["2024-07-04", "2024-07-20"], entries.Select(e => e.Date));
    }

    [Fact]
    public void Story_and_about_select_events()
    {
        Assert.Equal(["2024-07-04", "2024-08"], EventTimeline.Build(Corpus, new TimelineQuery(Story: "story:a1")).Select(e => e.Date));
        Assert.Equal(["2024-07-20", "2024-08"], EventTimeline.Build(Corpus, new TimelineQuery(About: ["ROH"])).Select(e => e.Date));
        Assert.Equal(["2024-08"], EventTimeline.Build(Corpus, new TimelineQuery(About: ["elessar", "Rohan"])).Select(e => e.Date));
        Assert.Empty(EventTimeline.Build(Corpus, new TimelineQuery(About: ["Mordor"])));
    }

    [Fact]
    public void A_dyad_counts_merged_events_either_way_by_month()
    {
        var trend = DyadTrends.For(Corpus, "GON", "ARN");

        Assert.Equal(["2024-07"], trend.Points.Select(p => p.Month));
        var july = trend.Points[0];
        Assert.Equal(["e1", "e2"], july.Events.Select(e => e.Id));
        Assert.Equal([0, 2, 0, 0, 0], july.QuadClasses);
        Assert.Equal(0.5, july.MeanGoldstein);
        Assert.Equal(2, trend.Unplaced); // e6 dated to a year, e7 undated; e5 was denied
    }

    [Fact]
    public void Country_pairs_list_every_pair_acting_on_each_other()
    {
        var pairs = DyadTrends.CountryPairs(Corpus);

        Assert.Equal(["ARN-GON", "ARN-ROH", "GON-ROH"], pairs.Select(p => p.A + "-" + p.B));
        Assert.Equal(-10.0, pairs.Single(p => p.B == "ROH" && p.A == "GON").Points.Single().MeanGoldstein);
    }

    [Fact]
    public void The_snapshot_keeps_events_and_narrowed_ranges_through_its_stored_form()
    {
        var snapshot = Corpus with { PublishedRanges = new Dictionary<string, DateRange> { ["d"] = new(new DateOnly(2024, 7, 4), new DateOnly(2024, 7, 10)) } };

        var back = CorpusSnapshotJson.FromItems(CorpusSnapshotJson.ToItems(snapshot).ToList());

        Assert.Equal(snapshot.PublishedRanges, back.PublishedRanges);
        Assert.Equal(
            snapshot.Events.Select(e => System.Text.Json.JsonSerializer.Serialize(e)).Order(StringComparer.Ordinal),
            back.Events.Select(e => System.Text.Json.JsonSerializer.Serialize(e)).Order(StringComparer.Ordinal));
        Assert.Equal(CorpusSnapshotJson.ToItems(back), CorpusSnapshotJson.ToItems(CorpusSnapshotJson.FromItems(CorpusSnapshotJson.ToItems(back).ToList())));
    }

    private static MergedEvent Event(string id, string code, string? date, string[] articles, int independent, EventParticipant[] sources, EventParticipant[] targets, double goldstein, int later = 0, string modality = "asserted")
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
            Goldstein = goldstein,
            QuadClass = Dossier.Events.CameoCatalog.QuadClassOf(code),
            Evidence = [.. articles.Select(a => new EventEvidence(a, 0, 10))],
        };
    }
}
