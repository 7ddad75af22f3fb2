using System.Globalization;
using System.Text.Json;
using Dossier.Corpus.Entities;
using Dossier.Corpus.Agreements;
using Dossier.Corpus.Claims;
using Dossier.Corpus.EventMerging;
using Dossier.Model;

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
        if (snapshot.Mentions is { } mentions)
        {
            sink.Mentions(mentions);
        }

        if (snapshot.BuiltFrom is { } builtFrom)
        {
            sink.BuiltFrom(builtFrom);
        }
    }

    /// <summary>The item that holds <see cref="CorpusSnapshot.BuiltFrom"/>: its kind and id.</summary>
    public const string BuiltFromKind = "built_from", BuiltFromId = "store";

    /// <summary>A snapshot from its items, in any order.</summary>
    public static CorpusSnapshot FromItems(IEnumerable<(string Kind, string Id, string Json)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var reader = new SnapshotReader(null);
        foreach (var (kind, id, json) in items)
        {
            reader.Add(kind, id, json);
        }

        return reader.Snapshot();
    }

    /// <summary>The kinds of item that hold <paramref name="parts"/>, those of merged events last.</summary>
    private static List<string> KindsOf(CorpusParts parts)
    {
        var kinds = new List<string> { "duplicate", "unit", "story", "decision", "published_range", "claim", "agreement", BuiltFromKind };
        if (parts.HasFlag(CorpusParts.Entities))
        {
            kinds.Add("entity");
        }

        if (parts.HasFlag(CorpusParts.Events))
        {
            kinds.Add(CorpusItemSink.EventKind);
        }

        return kinds;
    }

    /// <summary>
    /// Reads <paramref name="parts"/> of a store's saved snapshot, item by item. With <paramref name="streamEvents"/>,
    /// merged events are not kept in the snapshot: once the other parts are read, it is called with them and each
    /// merged event goes to the consumer it returns, one at a time, so a caller that keeps less than every event needs
    /// less memory than the snapshot.
    /// </summary>
    public static CorpusSnapshot Load(Storage.IArticleStore store, CorpusParts parts, Func<CorpusSnapshot, Action<MergedEvent>>? streamEvents = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var reader = new SnapshotReader(streamEvents);
        store.ReadCorpusItems(KindsOf(streamEvents is null ? parts : parts | CorpusParts.Events), reader.Add);
        return reader.Snapshot();
    }

    /// <summary>
    /// The reporting units and stories a writer has staged (<see cref="Storage.ICorpusWriter.ReadStaged"/>), as a
    /// snapshot without the rest: what the items saved with the snapshot for reading it a page at a time are made from.
    /// </summary>
    public static CorpusSnapshot ReadStaged(Storage.ICorpusWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var reader = new SnapshotReader(null);
        writer.ReadStaged(["unit", "story"], reader.Add);
        return reader.Snapshot();
    }

    /// <summary>A story from its item's id and JSON.</summary>
    public static Story ReadStory(string id, string json)
    {
        var s = JsonSerializer.Deserialize<StoryJson>(json)!;
        return new Story(id, s.Title, s.Articles, Parse(s.First), Parse(s.Last));
    }

    /// <summary>Collects a snapshot's items into the snapshot; merged events go to a stream's consumer when one is given.</summary>
    private sealed class SnapshotReader(Func<CorpusSnapshot, Action<MergedEvent>>? streamEvents)
    {
        private readonly Dictionary<string, string> duplicateOf = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> unitOf = new(StringComparer.Ordinal);
        private readonly List<Story> stories = [];
        private readonly List<CorpusEntity> entities = [];
        private readonly Dictionary<long, string> outcomes = [];
        private readonly List<Claim> claims = [];
        private readonly List<Agreement> agreements = [];
        private readonly Dictionary<string, DateRange> ranges = new(StringComparer.Ordinal);
        private readonly List<MergedEvent> events = [];
        private string? builtFrom;
        private Action<MergedEvent>? eventConsumer;

        public void Add(string kind, string id, string json)
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
                    stories.Add(ReadStory(id, json));
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
                case "published_range":
                    ranges[id] = ReadRange(json);
                    break;
                case CorpusItemSink.EventKind:
                    var merged = ReadEvent(json);
                    if (streamEvents is null)
                    {
                        events.Add(merged);
                    }
                    else
                    {
                        (eventConsumer ??= streamEvents(WithoutEvents()))(merged);
                    }

                    break;
                case BuiltFromKind:
                    builtFrom = JsonSerializer.Deserialize<string>(json);
                    break;
            }
        }

        public CorpusSnapshot Snapshot()
        {
            if (streamEvents is not null && eventConsumer is null)
            {
                eventConsumer = streamEvents(WithoutEvents());
            }

            return WithoutEvents() with { Events = [.. CorpusSnapshot.InOrder(events)] };
        }

        private CorpusSnapshot WithoutEvents() => new(duplicateOf, unitOf, [.. stories.OrderBy(s => s.Id, StringComparer.Ordinal)])
        {
            Entities = [.. entities.OrderBy(e => e.Id, StringComparer.Ordinal)],
            DecisionOutcomes = outcomes,
            Claims = [.. claims.OrderBy(c => c.Id, StringComparer.Ordinal)],
            Agreements = [.. agreements.OrderBy(a => a.Id, StringComparer.Ordinal)],
            PublishedRanges = ranges,
            BuiltFrom = builtFrom,
        };
    }

    internal static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private sealed class ItemList : Storage.ICorpusWriter
    {
        public List<(string Kind, string Id, string Json)> Items { get; } = [];

        public void Write(string kind, string id, string json) => Items.Add((kind, id, json));

        public void ReadStaged(IReadOnlyList<string> kinds, Action<string, string, string> item)
        {
            foreach (string kind in kinds)
            {
                foreach (var (k, id, json) in Items.Where(i => i.Kind == kind).OrderBy(i => i.Id, StringComparer.Ordinal).ToList())
                {
                    item(k, id, json);
                }
            }
        }

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
