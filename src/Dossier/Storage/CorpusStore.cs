using System.Text.Json;
using Dossier.Corpus;
using Dossier.Corpus.EventMerging;

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
        writer.Commit();
    }

    /// <summary>What the corpus stages established last (empty before they first ran): <paramref name="parts"/> of it, the rest left empty.</summary>
    public static CorpusSnapshot LoadCorpus(this IArticleStore store, CorpusParts parts = CorpusParts.All) => CorpusSnapshotJson.Load(store, parts);

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
}
