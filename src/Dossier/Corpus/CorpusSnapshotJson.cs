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
    /// <summary>The snapshot's items, in the order its stages establish them.</summary>
    public static IReadOnlyList<(string Kind, string Id, string Json)> ToItems(CorpusSnapshot snapshot)
    {
        var items = new ItemList();
        Write(snapshot, new CorpusItemSink(items));
        return items.Items;
    }

    /// <summary>Gives a whole snapshot to <paramref name="sink"/>, stage by stage, and its fingerprint when it has one.</summary>
    public static void Write(CorpusSnapshot snapshot, CorpusItemSink sink)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(sink);
        sink.Duplicates(new DuplicateResult(snapshot.DuplicateOf, snapshot.UnitOf));
        sink.Stories(snapshot.Stories);
        foreach (var entity in snapshot.Entities)
        {
            sink.Entity(entity);
        }

        sink.DecisionOutcomes(snapshot.DecisionOutcomes);
        foreach (var e in snapshot.Events)
        {
            sink.Event(e);
        }

        sink.PublishedRanges(snapshot.PublishedRanges);
        sink.Claims(snapshot.Claims, snapshot.Agreements);
        if (snapshot.BuiltFrom is { } builtFrom)
        {
            sink.BuiltFrom(builtFrom);
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

    internal static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class ItemList : Storage.ICorpusWriter
    {
        public List<(string Kind, string Id, string Json)> Items { get; } = [];

        public void Write(string kind, string id, string json) => Items.Add((kind, id, json));

        public void Discard(string kind) => Items.RemoveAll(i => i.Kind == kind);

        public void Commit()
        {
        }

        public void Dispose()
        {
        }
    }

    private static DateOnly? Parse(string? s) => s is null ? null : DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    internal sealed record StoryJson(string Title, List<string> Articles, string? First, string? Last);
}
