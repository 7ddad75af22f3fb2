using Dossier.Corpus;

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
}
