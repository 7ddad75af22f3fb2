using System.Globalization;
using System.Text.Json;
using Dossier.Corpus.Entities;
using Dossier.Corpus.Agreements;
using Dossier.Corpus.Claims;

namespace Dossier.Corpus;

/// <summary>
/// The snapshot as keyed JSON items (<c>kind</c>, <c>id</c>, <c>json</c>), the store-neutral form both stores keep
/// in one table; each item carries the data of one story, one duplicate link, or one reporting unit.
/// </summary>
public static partial class CorpusSnapshotJson
{
    public static IEnumerable<(string Kind, string Id, string Json)> ToItems(CorpusSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        foreach (var (article, canonical) in snapshot.DuplicateOf.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            yield return ("duplicate", article, JsonSerializer.Serialize(canonical));
        }

        foreach (var (article, unit) in snapshot.UnitOf.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            yield return ("unit", article, JsonSerializer.Serialize(unit));
        }

        foreach (var story in snapshot.Stories)
        {
            yield return ("story", story.Id, JsonSerializer.Serialize(new StoryJson(story.Title, [.. story.Articles], Iso(story.First), Iso(story.Last))));
        }

        foreach (var entity in snapshot.Entities)
        {
            yield return ("entity", entity.Id, EntityJson.Serialize(entity));
        }

        foreach (var (sequence, outcome) in snapshot.DecisionOutcomes.OrderBy(kv => kv.Key))
        {
            yield return ("decision", sequence.ToString("D12", CultureInfo.InvariantCulture), JsonSerializer.Serialize(outcome));
        }

        foreach (var claim in snapshot.Claims)
        {
            yield return ("claim", claim.Id, ClaimJson.ToJson(claim));
        }

        foreach (var agreement in snapshot.Agreements)
        {
            yield return ("agreement", agreement.Id, AgreementJson.ToJson(agreement));
        }

        foreach (var item in EventItems(snapshot))
        {
            yield return item;
        }

        if (snapshot.BuiltFrom is { } builtFrom)
        {
            yield return (BuiltFromKind, BuiltFromId, JsonSerializer.Serialize(builtFrom));
        }
    }

    /// <summary>The item that holds <see cref="CorpusSnapshot.BuiltFrom"/>: its kind and id.</summary>
    public const string BuiltFromKind = "built_from", BuiltFromId = "store";

    public static CorpusSnapshot FromItems(IEnumerable<(string Kind, string Id, string Json)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var duplicateOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var unitOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var stories = new List<Story>();
        var entities = new List<CorpusEntity>();
        var outcomes = new Dictionary<long, string>();
        var claims = new List<Claim>();
        var agreements = new List<Agreement>();
        string? builtFrom = null;
        var list = items.ToList();
        foreach (var (kind, id, json) in list)
        {
            switch (kind)
            {
                case "duplicate":
                    duplicateOf[id] = JsonSerializer.Deserialize<string>(json)!;
                    break;
                case "unit":
                    unitOf[id] = JsonSerializer.Deserialize<string>(json)!;
                    break;
                case "story":
                    var s = JsonSerializer.Deserialize<StoryJson>(json)!;
                    stories.Add(new Story(id, s.Title, s.Articles, Parse(s.First), Parse(s.Last)));
                    break;
                case "entity":
                    entities.Add(EntityJson.DeserializeEntity(json));
                    break;
                case "decision":
                    outcomes[long.Parse(id, CultureInfo.InvariantCulture)] = JsonSerializer.Deserialize<string>(json)!;
                    break;
                case "claim":
                    using (var doc = JsonDocument.Parse(json))
                    {
                        claims.Add(ClaimJson.Read(doc.RootElement));
                    }

                    break;
                case "agreement":
                    using (var doc = JsonDocument.Parse(json))
                    {
                        agreements.Add(AgreementJson.Read(doc.RootElement));
                    }

                    break;
                case BuiltFromKind:
                    builtFrom = JsonSerializer.Deserialize<string>(json);
                    break;
            }
        }

        return ReadEvents(new CorpusSnapshot(duplicateOf, unitOf, [.. stories.OrderBy(s => s.Id, StringComparer.Ordinal)])
        {
            Entities = [.. entities.OrderBy(e => e.Id, StringComparer.Ordinal)],
            DecisionOutcomes = outcomes,
            Claims = [.. claims.OrderBy(c => c.Id, StringComparer.Ordinal)],
            Agreements = [.. agreements.OrderBy(a => a.Id, StringComparer.Ordinal)],
            BuiltFrom = builtFrom,
        }, list);
    }

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Parse(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed record StoryJson(string Title, List<string> Articles, string? First, string? Last);
}
