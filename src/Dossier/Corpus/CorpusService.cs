using Dossier.Corpus.Entities;
using Dossier.Corpus.Records;
using Dossier.Corpus.Timelines;
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

    /// <summary>
    /// Rebuilds the corpus snapshot from the store's current articles and saves it, writing each stage's results to
    /// the store as they are established (<see cref="IArticleStore.WriteCorpus"/>), so the whole snapshot is never
    /// held; the timeline index, the story listing and the country pairs are made from what was staged
    /// (<see cref="CorpusStore.WriteReadingItems"/>), and the saved
    /// snapshot is replaced at the end, atomically. <see cref="CorpusStore.LoadCorpus"/> reads it.
    /// </summary>
    /// <param name="store">The store whose articles are read and whose snapshot is replaced.</param>
    /// <param name="builder">The corpus stages (the default ones when null).</param>
    /// <param name="timings">When given, receives what <see cref="Build(IArticleStore, CorpusBuilder?, StageTimings?, Action{string, bool}?)"/>
    /// gives it, the time of making the timeline index, the story listing and the country pairs (<c>timeline</c>,
    /// <c>listing</c>, <c>dyads</c>, <c>entity-list</c>, <see cref="CorpusStore.WriteReadingItems"/>) and of
    /// replacing the saved snapshot (<c>save</c>).</param>
    /// <param name="seen">When given, is told of each article as <see cref="Build(IArticleStore, CorpusBuilder?, StageTimings?, Action{string, bool}?)"/> tells it.</param>
    /// <param name="through">When given, wraps the sink that writes the results (to observe them on their way).</param>
    public static void Rebuild(IArticleStore store, CorpusBuilder? builder = null, StageTimings? timings = null, Action<string, bool>? seen = null, Func<ICorpusSink, ICorpusSink>? through = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var writer = store.WriteCorpus();
        var items = new CorpusItemSink(writer);
        items.BuiltFrom(Build(store, through?.Invoke(items) ?? items, builder, timings, seen));
        CorpusStore.WriteReadingItems(writer, store, timings);
        StageTimings.Time(timings, "save", writer.Commit);
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
        var collected = new CorpusSnapshotCollector();
        string builtFrom = Build(store, collected, builder, timings, seen);
        return collected.Snapshot() with { BuiltFrom = builtFrom };
    }

    /// <summary>
    /// Builds the corpus snapshot of the store's current articles as <see cref="Build(IArticleStore, CorpusBuilder?, StageTimings?, Action{string, bool}?)"/>
    /// does, giving each stage's results to <paramref name="sink"/> as they are established.
    /// </summary>
    /// <returns>The fingerprint of the article versions it was built from (<see cref="CorpusSnapshot.BuiltFrom"/>).</returns>
    public static string Build(IArticleStore store, ICorpusSink sink, CorpusBuilder? builder = null, StageTimings? timings = null, Action<string, bool>? seen = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(sink);
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
        builder.Build(source, id => store.LoadDocument(Record(store, id, versionOf[id])), sink, decisions, timings);
        return CorpusFingerprint.Of(versions);
    }

    /// <summary>The stored record of one version of an article, body included.</summary>
    internal static ArticleRecord Record(IArticleStore store, string id, int version) =>
        store.Versions(id).FirstOrDefault(v => v.Version == version)
            ?? throw new InvalidOperationException($"DOS0804: article {id} version {version} was listed but is no longer in the store; run the rebuild again.");
}
