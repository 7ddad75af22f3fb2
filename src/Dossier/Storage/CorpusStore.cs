using System.Text.Json;
using Dossier.Corpus;
using Dossier.Corpus.EventMerging;
using Dossier.Corpus.Timelines;

namespace Dossier.Storage;

/// <summary>
/// Saving a whole corpus snapshot through a store's <see cref="IArticleStore.WriteCorpus"/>, and reading it (or some of
/// its parts) through <see cref="IArticleStore.ReadCorpusItems"/>.
/// </summary>
public static class CorpusStore
{
    /// <summary>Replaces what the corpus stages established with <paramref name="snapshot"/>, atomically.</summary>
    public static void SaveCorpus(this IArticleStore store, CorpusSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(snapshot);
        using var writer = store.WriteCorpus();
        CorpusSnapshotJson.Write(snapshot, new CorpusItemSink(writer));
        WriteReadingItems(writer, store);
        writer.Commit();
    }

    /// <summary>
    /// Stages what a snapshot is saved with besides its stages' results, made from what <paramref name="writer"/> has
    /// staged, so that the snapshot is read a page at a time: the timeline index (<see cref="EventTimeline.WriteIndex"/>),
    /// the story listing (<see cref="StoryListing.Write"/>, from the stored articles too), the country pairs
    /// (<see cref="Corpus.Dyads.DyadPairs.Write"/>) and the entity listing (<see cref="Corpus.Entities.EntityListing.Write"/>);
    /// <paramref name="timings"/>, when given, receives the time of each (<c>timeline</c>, <c>listing</c>, <c>dyads</c>,
    /// <c>entity-list</c>).
    /// </summary>
    public static void WriteReadingItems(ICorpusWriter writer, IArticleStore store, Pipeline.StageTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(store);
        var events = Pipeline.StageTimings.Time(timings, "timeline", () => EventTimeline.WriteIndex(writer));
        Pipeline.StageTimings.Time(timings, "listing", () => StoryListing.Write(writer, store, events));
        Pipeline.StageTimings.Time(timings, "dyads", () => Corpus.Dyads.DyadPairs.Write(writer));
        Pipeline.StageTimings.Time(timings, "entity-list", () => Corpus.Entities.EntityListing.Write(writer));
    }

    /// <summary>
    /// The items of one kind of the saved snapshot (at most <paramref name="limit"/>, from id <paramref name="from"/>
    /// on) and its marker item (<paramref name="markerKind"/>, <paramref name="markerId"/>), read together so that
    /// both come from the same snapshot; <paramref name="marker"/> is the marker's JSON, null when there is none. A
    /// marker's id must not sort before the items' ids it is read with from a start (the limit and the start apply to
    /// each kind).
    /// </summary>
    public static List<T> ReadItemsWithMarker<T>(this IArticleStore store, string markerKind, string markerId, string kind, Func<string, T> read, int? limit, string? from, out string? marker)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(read);
        var items = new List<T>();
        if (limit == 0)
        {
            marker = store.CorpusItem(markerKind, markerId);
            return items;
        }

        string? found = null;
        store.ReadCorpusItems([markerKind, kind], (k, id, json) =>
        {
            if (k != markerKind)
            {
                items.Add(read(json));
            }
            else if (id == markerId)
            {
                found = json;
            }
        }, limit, from);
        marker = found;
        return items;
    }

    /// <summary>What the corpus stages established last (empty before they first ran): <paramref name="parts"/> of it, the rest left empty.</summary>
    public static CorpusSnapshot LoadCorpus(this IArticleStore store, CorpusParts parts = CorpusParts.All) => CorpusSnapshotJson.Load(store, parts);

    /// <summary>
    /// The saved snapshot without its entities, holding only the merged events that <paramref name="keep"/> (made from
    /// the rest of the snapshot) accepts, in the snapshot's order: the events are streamed, so only those are kept.
    /// <paramref name="stored"/> is how many merged events the snapshot holds in all.
    /// </summary>
    public static CorpusSnapshot LoadCorpusKeeping(this IArticleStore store, Func<CorpusSnapshot, Func<MergedEvent, bool>> keep, out int stored)
    {
        ArgumentNullException.ThrowIfNull(keep);
        var kept = new List<MergedEvent>();
        int count = 0;
        var corpus = CorpusSnapshotJson.Load(store, CorpusParts.Core, core =>
        {
            var accepts = keep(core);
            return e =>
            {
                count++;
                if (accepts(e))
                {
                    kept.Add(e);
                }
            };
        });
        stored = count;
        return corpus with { Events = [.. CorpusSnapshot.InOrder(kept)] };
    }

    /// <summary>
    /// The fingerprint of the article versions the saved snapshot was built from (<see cref="CorpusSnapshot.BuiltFrom"/>),
    /// or null when no snapshot was saved or it has none; reads that one item, not the snapshot.
    /// </summary>
    public static string? CorpusBuiltFrom(this IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.CorpusItem(CorpusSnapshotJson.BuiltFromKind, CorpusSnapshotJson.BuiltFromId) is { } json ? JsonSerializer.Deserialize<string>(json) : null;
    }

    /// <summary>One merged event of the saved snapshot by its id, or null; reads that one item, not the snapshot.</summary>
    public static MergedEvent? LoadEvent(this IArticleStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(id);
        return store.CorpusItem(CorpusItemSink.EventKind, id) is { } json ? CorpusSnapshotJson.ReadEvent(json) : null;
    }

    /// <summary>What a page lists of the merged events of the saved snapshot with these ids (<see cref="EventBrief"/>), by id (an id without one is absent); reads those items at once.</summary>
    public static Dictionary<string, EventBrief> LoadEventBriefs(this IArticleStore store, IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(ids);
        return store.CorpusItems(CorpusItemSink.EventKind, [.. ids])
            .ToDictionary(i => i.Key, i => EventBrief.Read(i.Value), StringComparer.Ordinal);
    }

    /// <summary>The reporting unit of an article in the saved snapshot, or null when it has none; reads that one item, not the snapshot.</summary>
    public static string? LoadUnit(this IArticleStore store, string articleId)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(articleId);
        return store.CorpusItem("unit", articleId) is { } json ? JsonSerializer.Deserialize<string>(json) : null;
    }

    /// <summary>What became of the entity decision numbered <paramref name="sequence"/> when the saved snapshot was made, or null; reads that one item.</summary>
    public static string? LoadDecisionOutcome(this IArticleStore store, long sequence)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.CorpusItem("decision", sequence.ToString("D12", System.Globalization.CultureInfo.InvariantCulture)) is { } json ? JsonSerializer.Deserialize<string>(json) : null;
    }

    /// <summary>One story of the saved snapshot by its id, or null; reads that one item, not the snapshot.</summary>
    public static Story? LoadStory(this IArticleStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(id);
        return store.CorpusItem("story", id) is { } json ? CorpusSnapshotJson.ReadStory(id, json) : null;
    }
}
