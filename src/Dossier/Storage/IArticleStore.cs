using Dossier.Corpus;
using Dossier.Model;

namespace Dossier.Storage;

/// <summary>
/// The store contract. Every store (SQLite, PostgreSQL) honours it: an article and all its annotations are written
/// in one transaction (a crash leaves no half article); re-saving the same source with the same content changes
/// nothing; the same source with new content becomes a new version and the old one is kept.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>The current version for a source, or null: lets ingest skip unchanged inputs before processing them.</summary>
    ArticleRecord? FindBySource(string source);

    /// <summary>Saves an article with its annotations atomically.</summary>
    SaveOutcome Save(ArticleRecord article, Document annotated);

    /// <summary>The current version of each article, by publication date (undated last), then source.</summary>
    IReadOnlyList<ArticleRecord> ListArticles();

    /// <summary>
    /// One page of <see cref="ListArticles()"/>: the <paramref name="take"/> current versions after the first
    /// <paramref name="skip"/>, in the same order, so that a listing holds a page of bodies, not every one.
    /// </summary>
    IReadOnlyList<ArticleRecord> ListArticles(int skip, int take);

    /// <summary>How many articles have a current version (the length of <see cref="ListArticles()"/>), counted without reading them.</summary>
    int CountArticles();

    /// <summary>
    /// The id and version of each current article, in ordinal id order, without bodies: what a corpus rebuild lists
    /// before it loads the articles one at a time (<see cref="ListArticles"/> would hold every body at once).
    /// </summary>
    IReadOnlyList<ArticleVersion> CurrentVersions();

    /// <summary>Finds the current version by id, exact source, or a unique source file name (with or without extension).</summary>
    ArticleRecord? FindArticle(string key);

    /// <summary>
    /// The current versions' identity and metadata, without their bodies, of the articles whose ids are given (ids
    /// only, exactly: never sources), in the order first given; an id not stored is left out. What a page shows next
    /// to corpus items, read at once and without the text (a body is most of an article's row).
    /// </summary>
    IReadOnlyList<ArticleHead> ArticleHeads(IReadOnlyCollection<string> ids) =>
        ArticleReads.HeadsInOrder(ids, distinct => distinct.Select(id => FindArticle(id) is { } a && a.Id == id ? a.Head : null).OfType<ArticleHead>());

    /// <summary>
    /// The text of each span of the current body of its article (by id), in the order given: null where no current
    /// article has that id or the span is not within its body (start from 0, before its end, end at most the body's
    /// length). What a page quotes of evidence, read without loading each body whole into the page.
    /// </summary>
    IReadOnlyList<string?> BodySpans(IReadOnlyList<ArticleSpan> spans) =>
        [.. spans.Select(s => FindArticle(s.Article) is { } a && a.Id == s.Article ? ArticleReads.Cut(a.Body, s) : null)];

    /// <summary>Every stored version of an article, oldest first.</summary>
    IReadOnlyList<ArticleRecord> Versions(string articleId);

    /// <summary>The annotated document of a stored version, rebuilt from the store.</summary>
    Document LoadDocument(ArticleRecord article);

    /// <summary>
    /// How many entity mentions, quotes and events a stored version's annotations hold (all zero when it has none), as
    /// <see cref="LoadDocument"/>'s document would say, without making the document: what a list of articles shows.
    /// </summary>
    Contracts.AnnotationCounts CountAnnotations(ArticleRecord article);

    /// <summary>
    /// A page of the quotes of current articles that <paramref name="filter"/> keeps, in <paramref name="order"/>: the
    /// <paramref name="take"/> after the first <paramref name="skip"/>, and how many it keeps in all. By default every
    /// current article's document is read (<see cref="QuoteListing.FromDocuments"/>); a store that keeps a row per
    /// quote answers from those rows, the same page.
    /// </summary>
    QuotePage ListQuotes(QuoteFilter filter, QuoteOrder order, int skip, int take) => QuoteListing.FromDocuments(this, filter, order, skip, take);

    /// <summary>
    /// A page of the events of current articles that <paramref name="filter"/> keeps, by date (undated last), then in
    /// the articles' order: the <paramref name="take"/> after the first <paramref name="skip"/>, and how many it keeps
    /// in all. By default every current article's document is read (<see cref="EventListing.FromDocuments"/>); a store
    /// that keeps a row per event answers from those rows, the same page.
    /// </summary>
    EventPage ListEvents(EventFilter filter, int skip, int take) => EventListing.FromDocuments(this, filter, skip, take);

    /// <summary>
    /// Full-text search over the sentences of current versions, best first. Only the
    /// <see cref="SearchBounds.Candidates"/> matching sentences stored last are ranked, so its cost does not grow with the store.
    /// </summary>
    IReadOnlyList<SearchHit> Search(string query, int limit = 20);

    /// <summary>
    /// The hits of <see cref="Search"/>, the same sentences in the same order, without their snippets
    /// (<see cref="SearchHit.Snippet"/> is empty): for a caller that shows none, such as the evidence view's comparison of
    /// names. A store whose snippets cost a query each (SQLite's FTS5) answers this without them.
    /// </summary>
    IReadOnlyList<SearchHit> FindSentences(string query, int limit = 20) => [.. Search(query, limit).Select(h => h with { Snippet = string.Empty })];

    /// <summary>Diagnostics recorded on current versions.</summary>
    IReadOnlyList<StoredDiagnostic> Diagnostics();

    /// <summary>
    /// Starts writing a new snapshot of what the corpus stages establish, item by item, to replace the saved one
    /// atomically on <see cref="ICorpusWriter.Commit"/> (<see cref="CorpusStore.SaveCorpus"/> writes a whole snapshot).
    /// </summary>
    ICorpusWriter WriteCorpus();

    /// <summary>
    /// Reads the items of the saved snapshot (none before the corpus stages first ran) of each of
    /// <paramref name="kinds"/>: kind by kind in the order given, each kind's items in ordinal order of id, all from
    /// one state of the store (a snapshot saved meanwhile is not mixed in). Each item goes to <paramref name="item"/>
    /// as (kind, id, JSON) and is not kept, so reading needs no more memory than the consumer keeps; the consumer must
    /// not use the store meanwhile. <see cref="CorpusStore.LoadCorpus(IArticleStore, CorpusParts)"/> reads a snapshot
    /// through it. With <paramref name="from"/>, only the items whose id is at or after it (ordinal order) are read;
    /// with <paramref name="limit"/>, only the first that many items of each kind: together, a page.
    /// </summary>
    void ReadCorpusItems(IReadOnlyList<string> kinds, Action<string, string, string> item, int? limit = null, string? from = null);

    /// <summary>
    /// The corpus record kept for a stored article version, when the code identified by <paramref name="producer"/>
    /// encoded it (<see cref="Corpus.Records.ArticleCorpusRecordCodec.Producer"/>); null when none is kept, or one was
    /// kept by another build, whose readers may take other records from the same document.
    /// </summary>
    byte[]? CorpusRecord(ArticleVersion article, string producer);

    /// <summary>
    /// The first <paramref name="length"/> bytes of <see cref="CorpusRecord"/> (all of them when it is shorter), or null
    /// when none is kept: what reading one part of a large record needs
    /// (<see cref="Corpus.Records.ArticleCorpusRecordCodec.ReadFirst{T}"/>), without carrying the rest out of the store.
    /// </summary>
    byte[]? CorpusRecordStart(ArticleVersion article, string producer, int length) =>
        CorpusRecord(article, producer) is { } data ? data[..Math.Min(Math.Max(0, length), data.Length)] : null;

    /// <summary>
    /// Keeps corpus records for stored article versions, atomically, under <paramref name="producer"/>: each
    /// replaces whatever was kept for its article (any version, any producer), so a store keeps at most one record
    /// per article. Records are a cache of what the article's stored annotations give; losing one costs a reload.
    /// </summary>
    void SaveCorpusRecords(string producer, IReadOnlyList<CorpusRecordBlob> records);

    /// <summary>
    /// The JSON of one item of the saved snapshot, or null when it holds none of that kind and id; reads that one item,
    /// not the snapshot (<see cref="CorpusStore.CorpusBuiltFrom"/> and <see cref="CorpusStore.LoadEvent"/> read through it).
    /// </summary>
    string? CorpusItem(string kind, string id);

    /// <summary>
    /// The JSON of the saved snapshot's items of <paramref name="kind"/> with these ids, by id (an id without an item
    /// is absent; one given twice is read once), read at once, all from the same snapshot.
    /// </summary>
    IReadOnlyDictionary<string, string> CorpusItems(string kind, IReadOnlyCollection<string> ids)
    {
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string id in ids.Distinct(StringComparer.Ordinal))
        {
            if (CorpusItem(kind, id) is { } json)
            {
                items.Add(id, json);
            }
        }

        return items;
    }
}
