using Dossier.Corpus;

namespace Dossier.Storage;

/// <summary>Saving a whole corpus snapshot through a store's <see cref="IArticleStore.WriteCorpus"/>.</summary>
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
}
