using System.Text.Json;
using Dossier.Corpus;
using Dossier.Corpus.EventMerging;
using Dossier.Corpus.Timelines;

namespace Dossier.Storage.Conformance;

/// <summary>The timeline about an actor given by part of a name, read through the name index, is the one built from the whole snapshot.</summary>
public abstract partial class ArticleStoreConformanceTests
{
    private static readonly EventParticipant Putin = new("ent:person:vladimir-putin", "RUS", "RUSGOV", "Vladimir Putin") { Specific = true, Aliases = ["Putin", "President Putin"] };
    private static readonly EventParticipant Pezeshkian = new("ent:person:masoud-pezeshkian", "IRN", "IRNGOV", "Masoud Pezeshkian") { Specific = true, Aliases = ["Pezeshkian"] };
    private static readonly EventParticipant Erdogan = new("ent:person:recep-tayyip-erdogan", "TUR", "TURGOV", "Recep Tayyip Erdoğan") { Aliases = ["ERDOĞAN'S GOVERNMENT"] };
    private static readonly EventParticipant Iran = new("IRN", "IRN", "IRN", "Iran") { Aliases = ["Iranian officials", "the Iranians", "I.R.I."] };

    // An id that is one word, and a name that holds it: "Kremlin" selects both, "Kreml" only the name.
    private static readonly EventParticipant Kremlin = new("KREMLIN", "RUS", "RUSGOV", "Russian presidency");
    private static readonly EventParticipant Kremlinologist = new("ent:person:kremlinologist", null, null, "Kremlinology experts");

    // A long s (which the comparison ignoring case leaves as it is), a dotted and a dotless i, an emoji, a sign.
    private static readonly EventParticipant Westminster = new("ent:org:westminster", "GBR", "GBRGOV", "Weſtminſter");
    private static readonly EventParticipant Istanbul = new("ent:person:istanbul-governor", "TUR", "TURGOV", "İstanbul governor") { Aliases = ["Kılıçdaroğlu"] };
    private static readonly EventParticipant Ukraine = new("ent:UKR", "UKR", "UKR", "Team 🇺🇦 Ukraine") { Aliases = ["into Ukraine"] };
    private static readonly EventParticipant Opec = new("ent:org:opec", null, null, "OPEC+") { Aliases = ["Organization of the Petroleum Exporting Countries"] };

    /// <summary>Names asked for: words, parts of words, several words, across signs, in other cases and scripts, places, and none.</summary>
    private static readonly TimelineQuery[] NameQueries =
    [
        new(About: ["Putin"]), new(About: ["putin"], Top: 3), new(About: ["Vladimir Putin"]), new(About: ["President Putin"], Top: 2),
        new(About: ["ladimir Pu"]), new(About: ["Puti"]), new(About: ["utin"]), new(About: ["Pezeshkian"]), new(About: ["Pezeshkian"], Type: "04"),
        new(About: ["Putin"], Type: "04"), new(About: ["Putin"], Type: "042", Top: 2), new(About: ["Putin", "Pezeshkian"]), new(About: ["Putin", "IRN"]),
        new(About: ["Putin", "ent:person:masoud-pezeshkian"], Type: "04"), new(About: ["Erdoğan"]), new(About: ["erdoğan"]), new(About: ["ERDOĞAN"]),
        new(About: ["Erdogan"]), new(About: ["Tayyip Erdoğan"]), new(About: ["Erdoğan's government"]), new(About: ["Iran"]), new(About: ["Iranian"]),
        new(About: ["iranians"]), new(About: ["Irn"]), new(About: ["Kremlin"]), new(About: ["Kreml"]), new(About: ["kremlinology"]),
        new(About: ["Westminster"]), new(About: ["Weſtminſter"]), new(About: ["weſt"]), new(About: ["İstanbul"]), new(About: ["istanbul"]),
        new(About: ["kılıçdaroğlu"]), new(About: ["Astana"]), new(About: ["astana"]), new(About: ["New York"]), new(About: ["new york"]),
        new(About: ["York"]), new(About: ["🇺🇦 Ukraine"]), new(About: ["Ukraine"]), new(About: ["OPEC+"]), new(About: ["opec"]),
        new(About: ["Petroleum Exporting"]), new(About: ["Exporting Petroleum"]), new(About: ["zzzz"]), new(About: ["the"]), new(About: ["leum"]),
        new(About: ["Putin"], Type: "19"), new(About: ["Kremlin"], Type: "04"), new(About: ["i.r.i."]), new(About: ["I.R."]),
        new(About: ["Iranian officials"], Type: "04"), new(About: ["Vladimir Putin"], Type: "19", Top: 3), new(About: ["Kremlinology experts"], Type: "02"),
        new(About: ["Pezeshkian"], Type: "042"),
    ];

    /// <summary>
    /// 420 events over 140 days: Putin in all of them (so his word's timeline is saved as entries), the others in a
    /// few each, some in a place, some denied or undated.
    /// </summary>
    private static readonly CorpusSnapshot Names = new CorpusSnapshot(
        new Dictionary<string, string>(),
        new Dictionary<string, string> { ["a"] = "a", ["b"] = "b", ["c"] = "c", ["d"] = "d", ["e"] = "e" },
        [new Story("story:a", "Talks", ["a", "b", "c", "d", "e"], null, null)])
    {
        Events =
        [
            .. Enumerable.Range(0, 420).Select(i =>
            {
                EventParticipant[] others = [Pezeshkian, Erdogan, Iran, Kremlin, Kremlinologist, Westminster, Istanbul, Ukraine, Opec];
                var e = TimelineEvent(
                    "n" + i.ToString("D3", System.Globalization.CultureInfo.InvariantCulture), new[] { "040", "042", "010", "190" }[i % 4],
                    i % 11 == 5 ? null : i % 9 == 0 ? $"2024-{1 + (i % 5):D2}" : new DateOnly(2024, 3, 1).AddDays(i % 140).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    [new[] { "a", "b", "c", "d", "e" }[i % 5]], 1 + (i % 3), [Putin], [others[i % others.Length]], later: i % 3,
                    modality: i % 13 == 7 ? "negated" : "asserted");
                return e with { Location = (i % 6) switch { 0 => "Astana", 1 => "New York", _ => null } };
            }),
        ],
    };

    [Fact]
    public void The_timeline_about_an_actor_by_part_of_a_name_read_through_the_name_index_is_the_one_built_from_the_whole_snapshot()
    {
        using var store = OpenStore();
        store.SaveCorpus(Names);

        // A snapshot whose index was saved before the name index (its marker counts no words) streams such a query.
        using var older = OpenStore();
        using (var writer = older.WriteCorpus())
        {
            CorpusSnapshotJson.Write(Names, new CorpusItemSink(writer));
            CorpusStore.WriteReadingItems(writer, older);
            writer.Discard(EventTimeline.WordsKind);
            writer.Discard(EventTimeline.IndexBuiltKind);
            writer.Write(EventTimeline.IndexBuiltKind, EventTimeline.IndexBuiltId, """{"format":3,"events":420,"entries":1}""");
            writer.Commit();
        }

        // One saved before words and phrases had keys with each type (its marker counts no phrases) intersects a name's
        // timeline with the type's.
        using var untyped = OpenStore();
        using (var writer = untyped.WriteCorpus())
        {
            CorpusSnapshotJson.Write(Names, new CorpusItemSink(writer));
            CorpusStore.WriteReadingItems(writer, untyped);
            var marker = System.Text.Json.Nodes.JsonNode.Parse(store.CorpusItem(EventTimeline.IndexBuiltKind, EventTimeline.IndexBuiltId)!)!.AsObject();
            Assert.True(marker.Remove("phrases"));
            writer.Discard(EventTimeline.IndexBuiltKind);
            writer.Write(EventTimeline.IndexBuiltKind, EventTimeline.IndexBuiltId, marker.ToJsonString());
            writer.Commit();
        }

        foreach (var query in NameQueries)
        {
            string built = JsonSerializer.Serialize(EventTimeline.Build(Names, query));
            int dates = EventTimeline.Build(Names, query with { Top = null }).Count;
            foreach (var s in new[] { store, older, untyped })
            {
                Assert.Equal(built, JsonSerializer.Serialize(EventTimeline.Load(s, query, null, out int counted)));
                Assert.Equal(dates, counted);
                var all = EventTimeline.Build(Names, query with { Top = null });
                var page = EventTimeline.LoadPage(s, query with { Top = null }, null, 3, 4, out int total);
                Assert.Equal(JsonSerializer.Serialize(all.Skip(3).Take(4)), JsonSerializer.Serialize(page));
                Assert.Equal(all.Count, total);
            }
        }

        // What the answers are: the id that is one word selects its own events; part of it only the name that holds it.
        int kremlin = EventTimeline.Load(store, new(About: ["Kremlin"])).Sum(e => e.Events.Count);
        int kreml = EventTimeline.Load(store, new(About: ["Kreml"])).Sum(e => e.Events.Count);
        Assert.True(kreml > 0 && kremlin > kreml, $"Kremlin {kremlin}, Kreml {kreml}");
        Assert.Empty(EventTimeline.Load(store, new(About: ["Erdogan"])));
        Assert.Empty(EventTimeline.Load(store, new(About: ["Westminster"])));
        Assert.Empty(EventTimeline.Load(store, new(About: ["Exporting Petroleum"])));
        Assert.NotEmpty(EventTimeline.Load(store, new(About: ["New York"])));
        Assert.NotEmpty(EventTimeline.Load(store, new(About: ["weſt"])));
    }

    [Fact]
    public void An_actor_named_by_one_word_of_its_names_is_read_from_that_words_saved_timeline()
    {
        using var store = OpenStore();
        store.SaveCorpus(Names);
        Assert.DoesNotContain("\"ids\"", store.CorpusItem(EventTimeline.KeyKind, "c:PUTIN"), StringComparison.Ordinal);
        Assert.Contains("\"ids\"", store.CorpusItem(EventTimeline.KeyKind, "c:PEZESHKIAN"), StringComparison.Ordinal);
        // Words hold the words inside them; a place or id of several words is whole.
        Assert.NotEqual(store.CorpusItem(EventTimeline.KeyKind, "c:KREMLIN"), store.CorpusItem(EventTimeline.KeyKind, "c:KREMLINOLOGY"));
        Assert.NotNull(store.CorpusItem(EventTimeline.KeyKind, "c:UKRAINE"));
        Assert.NotNull(store.CorpusItem(EventTimeline.KeyKind, "l:NEW YORK"));
        Assert.Null(store.CorpusItem(EventTimeline.KeyKind, "c:THE"));

        // Names, aliases, ids and places of several words or with a sign are phrases with keys of their own; one word, a
        // part of a name and an id with a colon are not.
        foreach (string phrase in new[] { "VLADIMIR PUTIN", "PRESIDENT PUTIN", "ERDOĞAN'S GOVERNMENT", "NEW YORK", "TEAM 🇺🇦 UKRAINE", "OPEC+", "INTO UKRAINE", "THE IRANIANS", "I.R.I." })
        {
            Assert.NotNull(store.CorpusItem(EventTimeline.KeyKind, "p:" + phrase));
        }

        foreach (string other in new[] { "PUTIN", "LADIMIR PU", "ENT:PERSON:VLADIMIR-PUTIN", "ASTANA", "I.R." })
        {
            Assert.Null(store.CorpusItem(EventTimeline.KeyKind, "p:" + other));
        }

        // Each with each type of its events; a type none of them has has no key.
        foreach (string typed in new[] { "t:04|c:PUTIN", "t:19|c:VLADIMIR", "t:01|p:VLADIMIR PUTIN", "t:19|p:NEW YORK", "t:04|p:I.R.I." })
        {
            Assert.NotNull(store.CorpusItem(EventTimeline.KeyKind, typed));
        }

        Assert.Null(store.CorpusItem(EventTimeline.KeyKind, "t:02|c:PUTIN"));
        Assert.Null(store.CorpusItem(EventTimeline.KeyKind, "t:02|p:VLADIMIR PUTIN"));
        Assert.Contains("WEſTMINſTER", JsonSerializer.Deserialize<string[]>(store.CorpusItem(EventTimeline.WordsKind, "000000000")!)!);

        // With the merged events dropped before the commit, Putin's timeline still comes from its saved entries (all
        // but their summaries); a timeline to be checked against the events has none to check.
        using var eventless = OpenEventless(Names);

        foreach (var query in new TimelineQuery[] { new(About: ["Putin"]), new(About: ["vladimir"], Top: 5) })
        {
            var built = EventTimeline.Build(Names, query);
            Assert.True(built.Count >= 5);
            Assert.Equal(JsonSerializer.Serialize(built.Select(e => e with { Summary = string.Empty })), JsonSerializer.Serialize(EventTimeline.Load(eventless, query)));
        }

        // A phrase is read from its saved timeline too; part of a word or of a phrase has no events to check.
        Assert.Equal(
            JsonSerializer.Serialize(EventTimeline.Build(Names, new(About: ["Vladimir Putin"])).Select(e => e with { Summary = string.Empty })),
            JsonSerializer.Serialize(EventTimeline.Load(eventless, new(About: ["vladimir putin"]))));
        Assert.Empty(EventTimeline.Load(eventless, new(About: ["Puti"])));
        Assert.Empty(EventTimeline.Load(eventless, new(About: ["ladimir Pu"])));
    }
}
