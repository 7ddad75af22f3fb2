using Dossier.Storage;

namespace Dossier.Corpus;

/// <summary>Rebuilds the corpus snapshot from the store's current articles and saves it (one transaction).</summary>
public static class CorpusService
{
    public static CorpusSnapshot Rebuild(IArticleStore store, CorpusBuilder? builder = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var articles = store.ListArticles().Select(a => new CorpusArticle(a.Id, store.LoadDocument(a))).ToList();
        var decisions = store is IEntityDecisionStore d ? d.EntityDecisions() : [];
        var snapshot = (builder ?? new CorpusBuilder()).Build(articles, decisions);
        store.SaveCorpus(snapshot);
        return snapshot;
    }
}
