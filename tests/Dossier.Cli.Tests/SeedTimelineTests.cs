using System.Text.Json;
using Dossier.Corpus;
using Dossier.Corpus.Dyads;
using Dossier.Corpus.EventMerging;
using Dossier.Corpus.Timelines;
using Dossier.Storage;
using Dossier.Storage.Sqlite;

namespace Dossier.Cli.Tests;

/// <summary>Merged events, the timeline and dyads on the seed articles, checked against ../shared/seeds/expected.json.</summary>
public sealed class SeedTimelineTests(SeedStoreFixture seeds) : IClassFixture<SeedStoreFixture>
{
    /// <summary>The expected events the merged events meet today (date, first keyword); more may be met later, none of these may be lost.</summary>
    // Every event of expected.json ("2024-01 join" needs the clause's own date: "Later this month, … BRICS …, which Iran
    // officially joined in January").
    private static readonly string[] Met = ["2001-03 agreement", "2002 agreement", "2021 extend", "2022-09 announce", "2023-12 sign", "2024-01 join", "2024-05 kill", "2024-06-11 said", "2024-07-04 meet",
        "2024-08 assum", "2024-09-11 claim", "2024-09 visit", "2024-09-30 talks", "2024-10-22 summit", "2025-01-17 sign"];

    [Fact]
    public void The_Astana_meeting_is_one_event_dated_2024_07_04_with_both_reports()
    {
        // The sentence reports two events: the meeting ("met") and the summit it was held at (the Shanghai Cooperation
        // Organization's); the meeting is the one whose actors are Mokhber and Putin.
        var meeting = Assert.Single(Events(), e => e.GetProperty("code").GetString() == "040"
            && e.GetProperty("date").GetProperty("value").GetString() == "2024-07-04"
            && e.GetProperty("evidence").EnumerateArray().Any(v => v.GetProperty("sentence").GetString()!.StartsWith("Mokhber and Putin met on Thursday", StringComparison.Ordinal))
            && ActorNames(e).Any(n => n.Contains("Mokhber", StringComparison.Ordinal)) && ActorNames(e).Any(n => n.Contains("Putin", StringComparison.Ordinal)));

        Assert.Equal(["000_2a9e6c8df86a9554", "001_92e7f391879ebd38"], Stems(meeting.GetProperty("sources")));
        Assert.Equal(2, meeting.GetProperty("independent_sources").GetInt32());
        var sentences = meeting.GetProperty("evidence").EnumerateArray().Select(v => v.GetProperty("sentence").GetString()!).ToList();
        Assert.Contains(sentences, s => s.StartsWith("Mokhber and Putin met on Thursday in Astana", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.StartsWith("During a meeting with Russian President Vladimir Putin on Thursday", StringComparison.Ordinal));
        foreach (var v in meeting.GetProperty("evidence").EnumerateArray())
        {
            string body = seeds.Export.RootElement.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetString() == v.GetProperty("article").GetString()).GetProperty("body").GetString()!;
            Assert.Equal(v.GetProperty("sentence").GetString(), body[v.GetProperty("start").GetInt32()..v.GetProperty("end").GetInt32()]);
        }

        using var timeline = Timeline();
        var entry = Assert.Single(timeline.RootElement.GetProperty("entries").EnumerateArray(), e => e.GetProperty("date").GetString() == "2024-07-04");
        Assert.Contains(meeting.GetProperty("id").GetString(), entry.GetProperty("events").EnumerateArray().Select(x => x.GetString()));
        Assert.Superset(new HashSet<string>(["000_2a9e6c8df86a9554", "001_92e7f391879ebd38"]), Stems(entry.GetProperty("sources")).ToHashSet());
    }

    [Fact]
    public void Undated_articles_are_dated_by_what_other_articles_and_known_dates_establish()
    {
        // 000's "met on Thursday" is 001's 2024-07-04, so 000 appeared within the week after; 004's "inauguration on
        // Monday" is 2025-01-20, which pins its "Friday" to 2025-01-17.
        Assert.Equal(["2024-07-04", "2024-07-10"], Range("000_2a9e6c8df86a9554") ?? []);
        Assert.Equal(["2025-01-17", "2025-01-20"], Range("004_0ae074166cb28726") ?? []);
        using var expected = JsonDocument.Parse(File.ReadAllText(RepoPaths.ExpectedJson));
        foreach (var a in expected.RootElement.GetProperty("articles").EnumerateArray().Where(a => a.TryGetProperty("published_between", out _)))
        {
            string[] between = [.. a.GetProperty("published_between").EnumerateArray().Select(x => x.GetString()!)];
            string[] range = Range(a.GetProperty("file").GetString()!)!;
            Assert.True(string.CompareOrdinal(range[0], between[0]) >= 0 && string.CompareOrdinal(range[1], between[1]) <= 0, $"{a.GetProperty("file")}: {range[0]}…{range[1]} is not within {between[0]}…{between[1]}");
        }

        var signing = Events().Where(e => Stems(e.GetProperty("sources")).Contains("004_0ae074166cb28726") && e.GetProperty("date").GetProperty("value").GetString() == "2025-01-17").ToList();
        Assert.Contains(signing, e => e.GetProperty("evidence").EnumerateArray().Any(v => v.GetProperty("sentence").GetString()!.Contains("on Friday by signing", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_expected_seed_events_are_found_with_their_sources()
    {
        using var expected = JsonDocument.Parse(File.ReadAllText(RepoPaths.ExpectedJson));
        var found = new List<string>();
        var missing = new List<string>();
        foreach (var x in expected.RootElement.GetProperty("events").EnumerateArray())
        {
            string key = x.GetProperty("date").GetString() + " " + x.GetProperty("keywords_any")[0].GetString();
            (Events().Any(e => Meets(e, x)) ? found : missing).Add(key);
        }

        Assert.True(Met.All(found.Contains), $"found {found.Count}: {string.Join("; ", found)}; missing: {string.Join("; ", missing)}");
    }

    [Fact]
    public void The_timeline_follows_contract_section_3_in_date_order()
    {
        using var timeline = Timeline();
        var entries = timeline.RootElement.GetProperty("entries").EnumerateArray().ToList();
        var eventIds = Events().Select(e => e.GetProperty("id").GetString()).ToHashSet();

        Assert.NotEmpty(entries);
        Assert.Equal(["entries"], timeline.RootElement.EnumerateObject().Select(p => p.Name));
        foreach (var e in entries)
        {
            Assert.Equal(["date", "summary", "events", "sources", "independent_sources", "salience"], e.EnumerateObject().Select(p => p.Name));
            Assert.All(e.GetProperty("events").EnumerateArray(), id => Assert.Contains(id.GetString(), eventIds));
            Assert.InRange(e.GetProperty("independent_sources").GetInt32(), 1, e.GetProperty("sources").GetArrayLength());
            Assert.InRange(e.GetProperty("salience").GetDouble(), 0.0001, 1.0);
        }

        var starts = entries.Select(e => e.GetProperty("date").GetString()![..4]).ToList();
        Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
        Assert.Equal(entries.Count, entries.Select(e => e.GetProperty("date").GetString()).Distinct().Count());
    }

    [Fact]
    public void Top_keeps_the_most_salient_dates_one_entry_per_date()
    {
        using var all = Timeline();
        using var top = Timeline("--top", "3");
        var everything = all.RootElement.GetProperty("entries").EnumerateArray().ToDictionary(e => e.GetProperty("date").GetString()!, e => e.GetProperty("salience").GetDouble());
        var kept = top.RootElement.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("date").GetString()!).ToList();

        Assert.Equal(3, kept.Count);
        Assert.Contains("2024-07-04", kept);
        double lowestKept = kept.Min(d => everything[d]);
        Assert.All(everything.Where(kv => !kept.Contains(kv.Key)), kv => Assert.True(kv.Value <= lowestKept, $"{kv.Key} ({kv.Value}) outranks a kept date ({lowestKept})"));
    }

    [Fact]
    public void About_keeps_the_entries_whose_events_involve_the_actor()
    {
        using var about = Timeline("--about", "Mokhber");
        var events = Events().ToDictionary(e => e.GetProperty("id").GetString()!);
        var entities = seeds.Export.RootElement.GetProperty("entities").EnumerateArray()
            .ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("name").GetString() + "|" + string.Join("|", e.GetProperty("aliases").EnumerateArray().Select(a => a.GetString())));

        var entries = about.RootElement.GetProperty("entries").EnumerateArray().ToList();
        Assert.Contains(entries, e => e.GetProperty("date").GetString() == "2024-07-04");
        foreach (string id in entries.SelectMany(e => e.GetProperty("events").EnumerateArray().Select(x => x.GetString()!)))
        {
            var actors = events[id].GetProperty("actors");
            var ids = actors.GetProperty("source").EnumerateArray().Concat(actors.GetProperty("target").EnumerateArray()).Select(a => a.GetString()!);
            Assert.Contains(ids, a => entities.GetValueOrDefault(a, a).Contains("Mokhber", StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Type_keeps_the_events_of_that_type_and_with_an_actor_the_events_both_keep()
    {
        var codes = Events().ToDictionary(e => e.GetProperty("id").GetString()!, e => e.GetProperty("code").GetString()!);
        static List<string> Ids(JsonDocument timeline) =>
            [.. timeline.RootElement.GetProperty("entries").EnumerateArray().SelectMany(e => e.GetProperty("events").EnumerateArray().Select(x => x.GetString()!)).Order(StringComparer.Ordinal)];
        using var all = Timeline();
        using var consultations = Timeline("--type", "04");
        using var iranian = Timeline("--about", "IRN");
        using var both = Timeline("--about", "IRN", "--type", "04");

        var typed = Ids(consultations);
        Assert.NotEmpty(typed);
        Assert.Equal(Ids(all).Where(id => codes[id].StartsWith("04", StringComparison.Ordinal)), typed);
        var shared = Ids(both);
        Assert.NotEmpty(shared);
        Assert.True(shared.Count < typed.Count);
        Assert.Equal(typed.Intersect(Ids(iranian)), shared);
    }

    [Fact]
    public void A_dyad_counts_merged_events_by_month_and_lists_them()
    {
        var result = CliRunner.Run(seeds.Folder, "dyad", "IRN", "RUS", "--format", "json", "--db", seeds.Db);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var dyad = JsonDocument.Parse(result.Stdout);
        var events = Events().ToDictionary(e => e.GetProperty("id").GetString()!);
        var points = dyad.RootElement.GetProperty("points").EnumerateArray().ToList();
        Assert.Contains(points, p => p.GetProperty("month").GetString() == "2024-07");
        var months = points.Select(p => p.GetProperty("month").GetString()!).ToList();
        Assert.Equal(months.Order(StringComparer.Ordinal), months);
        foreach (var p in points)
        {
            var listed = p.GetProperty("events").EnumerateArray().ToList();
            Assert.Equal(p.GetProperty("count").GetInt32(), listed.Count);
            Assert.Equal(listed.Count, p.GetProperty("quad_classes").EnumerateObject().Sum(q => q.Value.GetInt32()));
            Assert.All(listed, e => Assert.StartsWith(p.GetProperty("month").GetString()!, events[e.GetProperty("id").GetString()!].GetProperty("date").GetProperty("value").GetString(), StringComparison.Ordinal));
            var scores = listed.Select(e => events[e.GetProperty("id").GetString()!].GetProperty("goldstein")).Where(g => g.ValueKind == JsonValueKind.Number).Select(g => g.GetDouble()).ToList();
            Assert.Equal(Math.Round(scores.Average(), 2), p.GetProperty("mean_goldstein").GetDouble(), 6);
        }

        var exported = seeds.Export.RootElement.GetProperty("dyads").EnumerateArray().Single(d => d.GetProperty("a").GetString() == "IRN" && d.GetProperty("b").GetString() == "RUS");
        Assert.Equal(months, exported.GetProperty("points").EnumerateArray().Select(p => p.GetProperty("month").GetString()!));
    }

    [Fact]
    public void Bad_timeline_and_dyad_requests_are_named_errors()
    {
        var story = CliRunner.Run(seeds.Folder, "timeline", "--story", "story:nope", "--db", seeds.Db);
        var top = CliRunner.Run(seeds.Folder, "timeline", "--top", "0", "--db", seeds.Db);
        var type = CliRunner.Run(seeds.Folder, "timeline", "--type", "4a", "--db", seeds.Db);
        var dyad = CliRunner.Run(seeds.Folder, "dyad", "IRN", "IRN", "--db", seeds.Db);

        Assert.True(story.ExitCode == 1, story.ToString());
        Assert.Equal(["error: story:nope: no such story (see 'dossier stories')"], story.ErrorLines);
        Assert.True(top.ExitCode == 2, top.ToString());
        Assert.Equal(["error: --top 0: must be a positive number of dates"], top.ErrorLines);
        Assert.True(type.ExitCode == 2, type.ToString());
        Assert.Equal(["error: --type 4a: must be a CAMEO code or its first digits, such as 04 or 040"], type.ErrorLines);
        Assert.True(dyad.ExitCode == 2, dyad.ToString());
    }

    [Fact]
    public void The_story_timeline_is_the_timeline_of_its_articles()
    {
        string story = seeds.Export.RootElement.GetProperty("stories")[0].GetProperty("id").GetString()!;
        using var all = Timeline();
        using var ofStory = Timeline("--story", story);

        // The seeds form one story, so its timeline is everything's.
        Assert.Equal(all.RootElement.GetRawText(), ofStory.RootElement.GetRawText());
    }

    [Fact]
    public void The_timeline_read_from_the_stores_index_or_with_its_events_streamed_is_the_one_built_from_the_whole_snapshot()
    {
        using var store = SqliteArticleStore.Open(seeds.Db);
        var whole = store.LoadCorpus();
        Assert.NotEmpty(whole.Events);
        Assert.NotNull(store.CorpusItem(EventTimeline.IndexBuiltKind, EventTimeline.IndexBuiltId));
        string largest = whole.Stories.OrderByDescending(s => s.Articles.Count).ThenBy(s => s.Id, StringComparer.Ordinal).First().Id;
        TimelineQuery[] queries =
        [
            new(), new(Top: 3), new(About: ["IRN"]), new(About: ["Putin", "IRN"]), new(Story: largest), new(Story: largest, Top: 2),
            new(Story: largest, About: ["Putin"]), new(Story: largest, About: ["IRN"], Top: 2), new(Story: "story:none"),
        ];
        foreach (var query in queries)
        {
            Assert.Equal(JsonSerializer.Serialize(EventTimeline.Build(whole, query)), JsonSerializer.Serialize(EventTimeline.Load(store, query)));
        }

        Func<MergedEvent, bool> consultations = e => e.Code.StartsWith("04", StringComparison.Ordinal);
        var ofType = whole with { Events = [.. whole.Events.Where(consultations)] };
        Assert.Equal(JsonSerializer.Serialize(EventTimeline.Build(ofType, new TimelineQuery(largest))), JsonSerializer.Serialize(EventTimeline.Load(store, new TimelineQuery(largest), consultations)));
        Assert.Equal(3, EventTimeline.Load(store, new TimelineQuery(Top: 3)).Count);
        Assert.NotEmpty(EventTimeline.Load(store, new TimelineQuery(About: ["Putin", "IRN"])));
        Assert.NotEmpty(EventTimeline.Load(store, new TimelineQuery(largest, ["Putin"])));
    }

    [Fact]
    public void Each_story_counts_the_merged_events_reported_in_its_articles_when_they_are_streamed_from_the_store()
    {
        using var store = SqliteArticleStore.Open(seeds.Db);
        var whole = store.LoadCorpus();
        var counts = StoryEventCounts.Load(store, out var rest);
        Assert.Equal(whole.Stories.Select(s => s.Id), rest.Stories.Select(s => s.Id));
        foreach (var story in whole.Stories)
        {
            Assert.Equal(whole.Events.Count(e => e.Articles.Any(story.Articles.Contains)), counts.GetValueOrDefault(story.Id));
        }

        Assert.Contains(counts.Values, n => n > 1);
        Assert.Equal(counts, StoryEventCounts.Of(whole));
    }

    [Fact]
    public void A_story_read_with_its_events_streamed_holds_exactly_the_events_the_timeline_selects_for_it()
    {
        using var store = SqliteArticleStore.Open(seeds.Db);
        var whole = store.LoadCorpus();
        foreach (var query in whole.Stories.Select(s => new TimelineQuery(s.Id)).Append(new TimelineQuery(About: ["IRN"])))
        {
            var selected = EventTimeline.LoadSelected(store, query, out int stored);
            Assert.Equal(whole.Events.Count, stored);
            Assert.Equal(EventTimeline.Select(whole, query).Select(e => e.Id), selected.Events.Select(e => e.Id));
            Assert.Equal(JsonSerializer.Serialize(EventTimeline.Build(whole, query)), JsonSerializer.Serialize(EventTimeline.Build(selected, query)));
        }

        Assert.Contains(whole.Stories, s => EventTimeline.LoadSelected(store, new TimelineQuery(s.Id), out _).Events.Count > 1);
    }

    [Fact]
    public void Every_country_pair_read_in_one_pass_over_the_events_and_a_dyad_read_with_its_events_streamed_have_the_trend_of_that_pair_alone()
    {
        using var store = SqliteArticleStore.Open(seeds.Db);
        var whole = store.LoadCorpus();
        static string Shape(DyadTrend t) =>
            $"{t.A}-{t.B} {t.Unplaced}: " + string.Join("; ", t.Points.Select(p => p.Month + " " + string.Join(",", p.Events.Select(e => e.Id))));

        var pairs = DyadTrends.CountryPairs(whole);
        Assert.Contains(pairs, t => t.A == "IRN" && t.B == "RUS" && t.Points.Count > 1);
        Assert.Equal(pairs.Select(t => Shape(DyadTrends.For(whole, t.A, t.B))), pairs.Select(Shape));
        foreach (var (a, b) in new[] { ("IRN", "RUS"), ("Putin", "IRN"), ("RUSGOV", "Pezeshkian") })
        {
            Assert.Equal(Shape(DyadTrends.For(whole, a, b)), Shape(DyadTrends.Load(store, a, b)));
        }
    }

    [Fact]
    public void A_merged_event_is_read_alone_by_its_id()
    {
        using var store = SqliteArticleStore.Open(seeds.Db);
        var whole = store.LoadCorpus();
        Assert.NotEmpty(whole.Events);
        foreach (var e in whole.Events)
        {
            Assert.Equal(JsonSerializer.Serialize(e), JsonSerializer.Serialize(store.LoadEvent(e.Id)));
        }

        Assert.Null(store.LoadEvent("evt:none"));
        Assert.Null(store.LoadEvent(whole.Stories[0].Id));
    }

    private JsonDocument Timeline(params string[] extra)
    {
        var result = CliRunner.Run(seeds.Folder, ["timeline", "--format", "json", "--db", seeds.Db, .. extra]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonDocument.Parse(result.Stdout);
    }

    /// <summary>The names and aliases of an event's actors (sources and targets); an actor that is not an entity by its id.</summary>
    private List<string> ActorNames(JsonElement e)
    {
        var names = seeds.Export.RootElement.GetProperty("entities").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Append(n.GetProperty("name").GetString()!).ToList());
        var actors = e.GetProperty("actors");
        // A capital that acts ("Tehran and Moscow established …") stands for its country's government: its id names the
        // country (ent:place:IRN:tehran), whose names count too.
        return [.. actors.GetProperty("source").EnumerateArray().Concat(actors.GetProperty("target").EnumerateArray())
            .SelectMany(a => (names.GetValueOrDefault(a.GetString()!) ?? [a.GetString()!])
                .Concat(a.GetString()!.Split(':') is ["ent", "place", var country, _] ? names.GetValueOrDefault("ent:" + country) ?? [] : []))];
    }

    private IEnumerable<JsonElement> Events() => seeds.Export.RootElement.GetProperty("events").EnumerateArray();

    private string[]? Range(string stem) => seeds.Article(stem).GetProperty("published_range") is { ValueKind: JsonValueKind.Array } r ? [.. r.EnumerateArray().Select(x => x.GetString()!)] : null;

    private List<string> Stems(JsonElement articleIds) =>
        [.. articleIds.EnumerateArray().Select(id => Path.GetFileNameWithoutExtension(seeds.Export.RootElement.GetProperty("articles").EnumerateArray().Single(a => a.GetProperty("id").GetString() == id.GetString()).GetProperty("source").GetString()!)).Order(StringComparer.Ordinal)];

    /// <summary>expected.json's lenient matching: date prefix; a keyword in the label or an evidence sentence; actor names among the actors' names and aliases; the sources; a place named by the location or the evidence.</summary>
    private bool Meets(JsonElement e, JsonElement x)
    {
        if (!(e.GetProperty("date").GetProperty("value").GetString() ?? string.Empty).StartsWith(x.GetProperty("date").GetString()!, StringComparison.Ordinal))
        {
            return false;
        }

        string text = e.GetProperty("label").GetString() + " " + string.Join(" ", e.GetProperty("evidence").EnumerateArray().Select(v => v.GetProperty("sentence").GetString()));
        if (!Strings(x, "keywords_any").Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var names = seeds.Export.RootElement.GetProperty("entities").EnumerateArray()
            .ToDictionary(n => n.GetProperty("id").GetString()!, n => n.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()!).Append(n.GetProperty("name").GetString()!).ToList());
        var actorNames = ActorNames(e);
        bool Named(string n) => actorNames.Any(a => a.Contains(n, StringComparison.OrdinalIgnoreCase));
        var sources = Stems(e.GetProperty("sources"));
        string location = e.GetProperty("location").GetString() is { } l ? string.Join(" ", names.GetValueOrDefault(l) ?? [l]) : string.Empty;
        return (!x.TryGetProperty("actors_all", out _) || Strings(x, "actors_all").All(Named))
            && (!x.TryGetProperty("actors_any", out _) || Strings(x, "actors_any").Any(Named))
            && (!x.TryGetProperty("sources_all", out _) || Strings(x, "sources_all").All(sources.Contains))
            && (!x.TryGetProperty("sources_any", out _) || Strings(x, "sources_any").Any(sources.Contains))
            && (!x.TryGetProperty("location_any", out _) || Strings(x, "location_any").Any(p => location.Contains(p, StringComparison.OrdinalIgnoreCase) || text.Contains(p, StringComparison.OrdinalIgnoreCase)));
    }

    private static IEnumerable<string> Strings(JsonElement e, string key) => e.GetProperty(key).EnumerateArray().Select(x => x.GetString()!);
}
