using System.Collections.Concurrent;
using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Web.Storage;

/// <summary>
/// The stored articles with their annotated documents, as the pages and the API read them. Documents are cached by
/// (id, version): a stored version never changes, so the cache never goes stale; a new version is a new key. The
/// cache keeps the <see cref="DefaultCapacity"/> documents used last, so that a page that reads every article does not keep
/// them all (an annotated document takes hundreds of kilobytes; 100,000 of them would not fit in memory).
/// </summary>
/// <param name="store">The store read.</param>
/// <param name="capacity">How many documents are kept (those used last).</param>
internal sealed class DocumentCache(IArticleStore store, int capacity = DocumentCache.DefaultCapacity)
{
    /// <summary>How many documents are kept unless told otherwise.</summary>
    public const int DefaultCapacity = 256;

    private readonly Lock gate = new();
    private readonly Dictionary<(string Id, int Version), LinkedListNode<((string Id, int Version) Key, Document Doc)>> documents = [];
    private readonly LinkedList<((string Id, int Version) Key, Document Doc)> used = new();
    private readonly ConcurrentDictionary<(string Id, int Version), Dossier.Contracts.AnnotationCounts> counts = new();

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
        var key = (article.Id, article.Version);
        if (Cached(key) is { } cached)
        {
            return cached;
        }

        // Read outside the lock: two requests may read the same document at once, and one of them is kept.
        var doc = store.LoadDocument(article);
        lock (gate)
        {
            if (documents.TryGetValue(key, out var node))
            {
                return node.Value.Doc;
            }

            documents.Add(key, used.AddFirst((key, doc)));
            if (documents.Count > capacity)
            {
                documents.Remove(used.Last!.Value.Key);
                used.RemoveLast();
            }
        }

        return doc;
    }

    /// <summary>The cached document of a version (marked as used last), or null.</summary>
    private Document? Cached((string Id, int Version) key)
    {
        lock (gate)
        {
            if (!documents.TryGetValue(key, out var node))
            {
                return null;
            }

            used.Remove(node);
            used.AddFirst(node);
            return node.Value.Doc;
        }
    }

    /// <summary>
    /// How many entity mentions, quotes and events a stored version holds: its cached document's, else counted by the
    /// store without making the document (<see cref="IArticleStore.CountAnnotations"/>), and kept (three numbers).
    /// </summary>
    public Dossier.Contracts.AnnotationCounts Counts(ArticleRecord article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Cached((article.Id, article.Version)) is { } doc
            ? Dossier.Contracts.AnnotationCounts.Of(doc)
            : counts.GetOrAdd((article.Id, article.Version), _ => store.CountAnnotations(article));
    }

    /// <summary>Every current article with its document, in the store's order (by date, undated last).</summary>
    public IEnumerable<(ArticleRecord Article, Document Doc)> All() => Articles().Select(a => (a, Document(a)));
}
