using System.Collections.Concurrent;
using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Web.Storage;

/// <summary>
/// The stored articles with their annotated documents, as the pages and the API read them. Documents are cached by
/// (id, version): a stored version never changes, so the cache never goes stale; a new version is a new key.
/// </summary>
internal sealed class DocumentCache(IArticleStore store)
{
    private readonly ConcurrentDictionary<(string Id, int Version), Document> documents = new();

    public IArticleStore Store => store;

    public IReadOnlyList<ArticleRecord> Articles() => store.ListArticles();

    /// <summary>What the corpus stages established last (stories, entities, merged events, claims, agreements); the web layer never recomputes them.</summary>
    public Dossier.Corpus.CorpusSnapshot Corpus(Dossier.Corpus.CorpusParts parts = Dossier.Corpus.CorpusParts.All) => store.LoadCorpus(parts);

    /// <summary>Current articles by id (for titles, outlets and dates next to corpus items).</summary>
    public IReadOnlyDictionary<string, ArticleRecord> ArticlesById() => Articles().ToDictionary(a => a.Id, StringComparer.Ordinal);

    /// <summary>The current version of an article by its id, or null. Only ids are accepted: never paths or file names.</summary>
    public ArticleRecord? Article(string id)
    {
        var found = store.FindArticle(id);
        return found is not null && string.Equals(found.Id, id, StringComparison.Ordinal) ? found : null;
    }

    public Document Document(ArticleRecord article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return documents.GetOrAdd((article.Id, article.Version), _ => store.LoadDocument(article));
    }

    /// <summary>Every current article with its document, in the store's order (by date, undated last).</summary>
    public IEnumerable<(ArticleRecord Article, Document Doc)> All() => Articles().Select(a => (a, Document(a)));
}
