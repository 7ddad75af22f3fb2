using Dossier.Corpus.Entities;
using Dossier.Corpus.Records;
using Dossier.Pipeline;
using Dossier.Storage;

namespace Dossier.Corpus;

/// <summary>Rebuilds the corpus snapshot from the store's current articles and saves it (one transaction).</summary>
public static class CorpusService
{
    /// <summary>
    /// Whether the store's snapshot was built from other article versions than the store holds now (or holds no
    /// fingerprint): articles were stored by a run whose rebuild did not finish. Reads only the versions and the
    /// snapshot's fingerprint, not the snapshot.
    /// </summary>
    public static bool IsStale(IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return !string.Equals(store.CorpusBuiltFrom(), CorpusFingerprint.Of(store.CurrentVersions()), StringComparison.Ordinal);
    }

    public static CorpusSnapshot Rebuild(IArticleStore store, CorpusBuilder? builder = null)
    {
        var snapshot = Build(store, builder);
        store.SaveCorpus(snapshot);
        return snapshot;
    }

    /// <summary>
    /// Builds the corpus snapshot of the store's current articles without saving it, one stage at a time over the
    /// records the store keeps (<see cref="StoredCorpusRecords"/>): an article without a record kept by this build has
    /// its document loaded (one at a time), its record taken and kept for the next build.
    /// </summary>
    /// <param name="store">The store whose articles are read.</param>
    /// <param name="builder">The corpus stages (the default ones when null).</param>
    /// <param name="timings">When given, receives the time of each corpus stage, of loading documents (<c>load</c>) and
    /// of reading kept records (<c>records</c>).</param>
    /// <param name="seen">When given, is told of each article (its id) as its record is first read, and whether its document was loaded to take it.</param>
    public static CorpusSnapshot Build(IArticleStore store, CorpusBuilder? builder = null, StageTimings? timings = null, Action<string, bool>? seen = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        builder ??= new CorpusBuilder();
        var decisions = store is IEntityDecisionStore d ? d.EntityDecisions() : [];
        // Listed without bodies (IArticleStore.CurrentVersions: ids and versions, in ordinal id order, each once):
        // listed records carry each article's body, and every stored body at once would grow with the store.
        var versions = store.CurrentVersions();
        var versionOf = new Dictionary<string, int>(versions.Count, StringComparer.Ordinal);
        foreach (var v in versions)
        {
            versionOf.TryAdd(v.Id, v.Version);
        }

        var source = new StoredCorpusRecords(store, versions, builder, timings, seen);
        var snapshot = builder.Build(source, id => store.LoadDocument(Record(store, id, versionOf[id])), decisions, timings);
        return snapshot with { BuiltFrom = CorpusFingerprint.Of(versions) };
    }

    /// <summary>The stored record of one version of an article, body included.</summary>
    internal static ArticleRecord Record(IArticleStore store, string id, int version) =>
        store.Versions(id).FirstOrDefault(v => v.Version == version)
            ?? throw new InvalidOperationException($"DOS0804: article {id} version {version} was listed but is no longer in the store; run the rebuild again.");
}
