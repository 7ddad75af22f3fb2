using System.Diagnostics;
using Dossier.Corpus.Entities;
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
    /// Builds the corpus snapshot of the store's current articles without saving it, reading one document at a time
    /// (<see cref="CorpusBuilder.Build(IEnumerable{CorpusArticle}, Func{string, Model.Document}, IReadOnlyList{EntityDecision}?, StageTimings?)"/>).
    /// </summary>
    /// <param name="store">The store whose articles are read.</param>
    /// <param name="builder">The corpus stages (the default ones when null).</param>
    /// <param name="timings">When given, receives the time of each corpus stage and of loading the documents (<c>load</c>).</param>
    /// <param name="seen">When given, is shown each article as it is loaded (for counts), before the builder reads it.</param>
    public static CorpusSnapshot Build(IArticleStore store, CorpusBuilder? builder = null, StageTimings? timings = null, Action<CorpusArticle>? seen = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var decisions = store is IEntityDecisionStore d ? d.EntityDecisions() : [];
        // Listed without bodies (IArticleStore.CurrentVersions: ids and versions, in ordinal id order, each once):
        // listed records carry each article's body, and every stored body at once would grow with the store.
        var versions = store.CurrentVersions();
        var versionOf = new Dictionary<string, int>(versions.Count, StringComparer.Ordinal);
        foreach (var v in versions)
        {
            versionOf.TryAdd(v.Id, v.Version);
        }

        var snapshot = (builder ?? new CorpusBuilder()).Build(Articles(store, versions, timings, seen), id => store.LoadDocument(Record(store, id, versionOf[id])), decisions, timings);
        return snapshot with { BuiltFrom = CorpusFingerprint.Of(versions) };
    }

    /// <summary>The stored record of one version of an article, body included.</summary>
    private static ArticleRecord Record(IArticleStore store, string id, int version) =>
        store.Versions(id).FirstOrDefault(v => v.Version == version)
            ?? throw new InvalidOperationException($"DOS0804: article {id} version {version} was listed but is no longer in the store; run the rebuild again.");

    /// <summary>
    /// The store's articles in id order, each document loaded only when the builder reaches it, so that the builder
    /// can keep what it needs of one article and let the rest go before the next is read.
    /// </summary>
    private static IEnumerable<CorpusArticle> Articles(IArticleStore store, IReadOnlyList<ArticleVersion> versions, StageTimings? timings, Action<CorpusArticle>? seen)
    {
        foreach (var (id, version) in versions)
        {
            long start = Stopwatch.GetTimestamp();
            var document = store.LoadDocument(Record(store, id, version));
            timings?.Add("load", Stopwatch.GetElapsedTime(start));
            var article = new CorpusArticle(id, document);
            seen?.Invoke(article);
            yield return article;
        }
    }
}
