using System.Text.Json;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Tests.Entities;

namespace Dossier.Tests.Events;

/// <summary>
/// The events of ../shared/seeds/expected.json, each found in each article that reports it by the real per-article
/// pipeline (tokenizer, tagger, parser, dates, entities, events) with the right code family, acting actor, place and
/// date. expected.json gives dates, keywords and actors; the code family of each event and which actor acts are this
/// test's reading of the sentences (<see cref="Cases"/>). A date is checked where the article's own text fixes it: 000
/// and 004 name only weekdays for their meetings, which only other articles date (SeedTimelineTests covers those).
/// </summary>
public sealed class SeedEventTests
{
    private static readonly Lazy<Dictionary<string, Document>> Documents = new(Annotate);

    /// <summary>Per expected event (by index): the CAMEO code prefixes (or Dossier's non-CAMEO types) of its family, the names one of which must act, the articles whose text leaves the date open, and the place each article must give.</summary>
    private static readonly Dictionary<int, SeedCase> Cases = new()
    {
        [0] = new(["057"], ["Iran", "Tehran", "Russia", "Moscow"]),                            // "Tehran and Moscow first established a long-term agreement in March 2001"
        [1] = new(["057"], ["Russia", "Iran", "India"]),                                        // "was established by an agreement between Russia, Iran, and India in 2002"
        [2] = new(["01", "03", "057"], ["Iran", "ambassador"]),                                 // "Iran's ambassador to Russia confirmed that both nations had agreed to extend the agreement"
        [3] = new(["01", "04"], ["Putin", "Raisi"]),                                            // "announced in September 2022 during a meeting between … Putin and … Raisi"
        [4] = new(["057", "061"], ["Iran", "EAEU", "Eurasian"]),                                // "Iran and the EAEU signed a significant free trade agreement": CAMEO's dictionary codes it 061
        [5] = new(["057"], ["Iran"]),                                                           // "the BRICS group of nations, which Iran officially joined in January"
        [6] = new(["DIE"], ["Raisi"]),                                                          // "Raisi … was killed when his helicopter crashed in May": Dossier's non-CAMEO type (docs/events.md)
        [7] = new(["01"], ["Peskov", "Kremlin"]),                                               // "Moscow and Tehran are continuing their work …, Kremlin spokesman Dmitry Peskov said on Tuesday"
        [8] = new(["04"], ["Mokhber", "Putin", "acting president"], UndatedIn: ["000_2a9e6c8df86a9554"], Place: new() { ["000_2a9e6c8df86a9554"] = "Astana" }),
        [9] = new(["OFFICE"], ["Pezeshkian"]),                                                  // "since Masoud Pezeshkian assumed the presidency in August"
        [10] = new(["11"], ["Blinken", "United States", "Washington"]),                         // "Blinken repeated claims that Iran was providing ballistic missiles to Russia"
        [11] = new(["04"], ["Shoigu"]),                                                         // "Sergey Shoigu, head of Russia's Security Council …, visited Tehran, where he met Pezeshkian"
        [12] = new(["01", "04"], ["Mishustin"]),                                                // "Mishustin said during talks with Iranian Vice President … on Sept. 30"
        [13] = new(["03", "04"], ["Pezeshkian", "Iranian leader", "BRICS"], UndatedIn: ["004_0ae074166cb28726"], Place: new() { ["003_246c7bada9d0c667"] = "Kazan", ["004_0ae074166cb28726"] = "Kazan" }),
        [14] = new(["057"], ["Putin", "Pezeshkian"], UndatedIn: ["004_0ae074166cb28726"]),    // "Putin and … Pezeshkian strengthened their relationship on Friday by signing"
    };

    public static TheoryData<int, string> ExpectedEvents()
    {
        var data = new TheoryData<int, string>();
        int i = 0;
        foreach (var e in SeedDocuments.Expected().GetProperty("events").EnumerateArray())
        {
            data.Add(i++, e.GetProperty("date").GetString() + " " + e.GetProperty("keywords_any")[0].GetString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedEvents))]
    public void Each_expected_event_is_coded_in_the_articles_that_report_it(int index, string name)
    {
        var expected = SeedDocuments.Expected().GetProperty("events")[index];
        var spec = Cases[index];
        bool all = expected.TryGetProperty("sources_all", out var sources);
        var articles = (all ? sources : expected.GetProperty("sources_any")).EnumerateArray().Select(s => s.GetString()!).ToList();
        var failures = new List<string>();
        foreach (string article in articles)
        {
            var doc = Documents.Value[article];
            var candidates = doc.Events.Where(e => Keyword(doc, e, expected) && spec.Families.Any(f => e.Code.StartsWith(f, StringComparison.Ordinal))).ToList();
            string? problem = candidates.Count == 0
                ? "no event in the code family with a keyword"
                : candidates.Select(e => Check(doc, e, expected, spec, article)).OrderBy(p => p?.Length ?? 0).First();
            if (problem is not null)
            {
                failures.Add($"{article}: {problem}; events there: {Describe(doc, expected)}");
            }
        }

        bool met = all ? failures.Count == 0 : failures.Count < articles.Count;
        Assert.True(met, $"{name}: {string.Join(" | ", failures)}");
    }

    [Fact]
    public void Tehran_has_denied_giving_Moscow_drones_is_a_denial_and_no_supply_event()
    {
        var doc = Documents.Value["004_0ae074166cb28726"];
        int sentence = doc.SentenceAt(doc.Text.IndexOf("Tehran has denied giving Moscow", StringComparison.Ordinal));
        var events = doc.Events.Where(e => e.Sentence == sentence).ToList();

        // CAMEO codes denying a charge as 016 ("deny responsibility"); PETRARCH's lexicon also has "deny" as 120 (reject).
        Assert.Contains(events, e => (e.Code == "016" || e.Code == "120") && e.Sources.Any(a => Names(doc, a, "Tehran", "Iran")));
        Assert.DoesNotContain(events, e => e.Code.StartsWith("07", StringComparison.Ordinal));
    }

    private static string? Check(Document doc, EventMention e, JsonElement expected, SeedCase spec, string article)
    {
        var actors = e.Sources.Concat(e.Targets).ToList();
        if (expected.TryGetProperty("actors_all", out var allOf))
        {
            var missing = allOf.EnumerateArray().Select(n => n.GetString()!).Where(n => !actors.Any(a => Names(doc, a, n))).ToList();
            if (missing.Count > 0)
            {
                return $"{Show(doc, e)} lacks {string.Join(", ", missing)}";
            }
        }

        if (!e.Sources.Any(a => Names(doc, a, spec.Actors)))
        {
            return $"{Show(doc, e)}: none of {string.Join("/", spec.Actors)} acts";
        }

        if (spec.Place?.GetValueOrDefault(article) is { } place && (e.Location is not { } l || !doc.Text[l.Start..l.End].Contains(place, StringComparison.OrdinalIgnoreCase)))
        {
            return $"{Show(doc, e)}: place is not {place}";
        }

        string date = expected.GetProperty("date").GetString()!;
        if (spec.UndatedIn?.Contains(article) != true && e.Date?.StartsWith(date, StringComparison.Ordinal) != true)
        {
            return $"{Show(doc, e)}: date is not {date}";
        }

        return null;
    }

    /// <summary>Whether one of the event's keywords is in its label or its sentence (expected.json's lenient matching).</summary>
    private static bool Keyword(Document doc, EventMention e, JsonElement expected)
    {
        var s = doc.Sentences[e.Sentence];
        string text = doc.Text[s.Start..s.End];
        return expected.GetProperty("keywords_any").EnumerateArray().Select(k => k.GetString()!)
            .Any(k => text.Contains(k, StringComparison.OrdinalIgnoreCase) || e.Label.Contains(k, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An actor named like one of <paramref name="names"/>: its words, or its entity's name or aliases.</summary>
    private static bool Names(Document doc, EventActor actor, params IEnumerable<string> names)
    {
        var entity = actor.EntityId is { } id ? doc.ResolvedEntities.FirstOrDefault(r => r.Id == id) : null;
        string[] labels = [doc.Text[actor.Start..actor.End], .. entity is null ? [] : entity.Aliases.Prepend(entity.Name)];
        // A country's actor code names it too: "Tehran" (IRN) acts for Iran.
        return names.Any(n => labels.Any(l => l.Contains(n, StringComparison.OrdinalIgnoreCase))
            || (actor.Code is { Length: >= 3 } code && doc.ResolvedEntities.Any(r => r.Type == "GPE" && r.Country == code[..3] && r.Id == "ent:" + code[..3] && r.Name.Contains(n, StringComparison.OrdinalIgnoreCase))));
    }

    private static string Show(Document doc, EventMention e) =>
        $"{e.Code} '{doc.Text[e.Trigger.Start..e.Trigger.End]}' {string.Join("+", e.Sources.Select(a => doc.Text[a.Start..a.End]))} -> "
        + $"{string.Join("+", e.Targets.Select(a => doc.Text[a.Start..a.End]))} at {(e.Location is { } l ? doc.Text[l.Start..l.End] : "-")} on {e.Date ?? "-"}";

    private static string Describe(Document doc, JsonElement expected) =>
        string.Join("; ", doc.Events.Where(e => Keyword(doc, e, expected)).Select(e => Show(doc, e)));

    private static Dictionary<string, Document> Annotate()
    {
        var pipeline = DefaultPipeline.Create();
        var published = SeedDocuments.Expected().GetProperty("articles").EnumerateArray().ToDictionary(
            a => a.GetProperty("file").GetString()!,
            a => a.GetProperty("published").ValueKind == JsonValueKind.String ? DateOnly.ParseExact(a.GetProperty("published").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null);
        var docs = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var (id, day) in published)
        {
            var doc = new Document(id, Temporal.TestData.Seed(id), new ArticleMetadata { Published = day });
            pipeline.Process(doc);
            docs[id] = doc;
        }

        return docs;
    }

    /// <summary>What the test reads in an expected event's sentences beyond expected.json.</summary>
    private sealed record SeedCase(string[] Families, string[] Actors, string[]? UndatedIn = null, Dictionary<string, string>? Place = null);
}
