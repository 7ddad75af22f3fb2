using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Web.Storage;

/// <summary>
/// Serializes calls to a store that holds one connection (SQLite's does), so concurrent requests never share it at
/// once. Each call is short; the pipeline runs outside the lock, so an ingest does not stall the pages. It passes the
/// analysts' entity decisions through too, so that a corpus rebuild after a web ingest re-applies them.
/// </summary>
internal sealed class SynchronizedArticleStore(IArticleStore inner) : IArticleStore, IEntityDecisionStore
{
    private readonly Lock gate = new();

    public ArticleRecord? FindBySource(string source)
    {
        lock (gate)
        {
            return inner.FindBySource(source);
        }
    }

    public SaveOutcome Save(ArticleRecord article, Document annotated)
    {
        lock (gate)
        {
            return inner.Save(article, annotated);
        }
    }

    public IReadOnlyList<ArticleRecord> ListArticles()
    {
        lock (gate)
        {
            return inner.ListArticles();
        }
    }

    public IReadOnlyList<ArticleRecord> ListArticles(int skip, int take)
    {
        lock (gate)
        {
            return inner.ListArticles(skip, take);
        }
    }

    public int CountArticles()
    {
        lock (gate)
        {
            return inner.CountArticles();
        }
    }

    public IReadOnlyList<ArticleVersion> CurrentVersions()
    {
        lock (gate)
        {
            return inner.CurrentVersions();
        }
    }

    public ArticleRecord? FindArticle(string key)
    {
        lock (gate)
        {
            return inner.FindArticle(key);
        }
    }

    public IReadOnlyList<ArticleHead> ArticleHeads(IReadOnlyCollection<string> ids)
    {
        lock (gate)
        {
            return inner.ArticleHeads(ids);
        }
    }

    public IReadOnlyList<string?> BodySpans(IReadOnlyList<ArticleSpan> spans)
    {
        lock (gate)
        {
            return inner.BodySpans(spans);
        }
    }

    public IReadOnlyList<ArticleRecord> Versions(string articleId)
    {
        lock (gate)
        {
            return inner.Versions(articleId);
        }
    }

    public Dossier.Contracts.AnnotationCounts CountAnnotations(ArticleRecord article)
    {
        lock (gate)
        {
            return inner.CountAnnotations(article);
        }
    }

    public QuotePage ListQuotes(QuoteFilter filter, QuoteOrder order, int skip, int take)
    {
        lock (gate)
        {
            return inner.ListQuotes(filter, order, skip, take);
        }
    }

    public EventPage ListEvents(EventFilter filter, int skip, int take)
    {
        lock (gate)
        {
            return inner.ListEvents(filter, skip, take);
        }
    }

    public Document LoadDocument(ArticleRecord article)
    {
        lock (gate)
        {
            return inner.LoadDocument(article);
        }
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        lock (gate)
        {
            return inner.Search(query, limit);
        }
    }

    public IReadOnlyList<SearchHit> FindSentences(string query, int limit = 20)
    {
        lock (gate)
        {
            return inner.FindSentences(query, limit);
        }
    }

    public IReadOnlyList<StoredDiagnostic> Diagnostics()
    {
        lock (gate)
        {
            return inner.Diagnostics();
        }
    }

    public ICorpusWriter WriteCorpus()
    {
        lock (gate)
        {
            return new SynchronizedCorpusWriter(inner.WriteCorpus(), gate);
        }
    }

    public byte[]? CorpusRecord(ArticleVersion article, string producer)
    {
        lock (gate)
        {
            return inner.CorpusRecord(article, producer);
        }
    }

    public byte[]? CorpusRecordStart(ArticleVersion article, string producer, int length)
    {
        lock (gate)
        {
            return inner.CorpusRecordStart(article, producer, length);
        }
    }

    public void SaveCorpusRecords(string producer, IReadOnlyList<CorpusRecordBlob> records)
    {
        lock (gate)
        {
            inner.SaveCorpusRecords(producer, records);
        }
    }

    public string? CorpusItem(string kind, string id)
    {
        lock (gate)
        {
            return inner.CorpusItem(kind, id);
        }
    }

    public IReadOnlyDictionary<string, string> CorpusItems(string kind, IReadOnlyCollection<string> ids)
    {
        lock (gate)
        {
            return inner.CorpusItems(kind, ids);
        }
    }

    public void ReadCorpusItems(IReadOnlyList<string> kinds, Action<string, string, string> item, int? limit = null, string? from = null)
    {
        lock (gate)
        {
            inner.ReadCorpusItems(kinds, item, limit, from);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            inner.Dispose();
        }
    }

    /// <summary>Whether the wrapped store keeps entity decisions (both real stores do).</summary>
    public bool KeepsDecisions => inner is IEntityDecisionStore;

    public EntityDecision AddEntityDecision(EntityDecision decision)
    {
        lock (gate)
        {
            return Decisions().AddEntityDecision(decision);
        }
    }

    public IReadOnlyList<EntityDecision> EntityDecisions()
    {
        lock (gate)
        {
            return inner is IEntityDecisionStore d ? d.EntityDecisions() : [];
        }
    }

    private IEntityDecisionStore Decisions() =>
        inner as IEntityDecisionStore ?? throw new NotSupportedException("DOS1144: this store keeps no entity decisions.");

    /// <summary>A store's corpus writer whose every call holds the store's lock.</summary>
    private sealed class SynchronizedCorpusWriter(ICorpusWriter inner, Lock gate) : ICorpusWriter
    {
        public void Write(string kind, string id, string json)
        {
            lock (gate)
            {
                inner.Write(kind, id, json);
            }
        }

        public void Write(string kind, string id, byte[] utf8Json)
        {
            lock (gate)
            {
                inner.Write(kind, id, utf8Json);
            }
        }

        public void ReadStaged(IReadOnlyList<string> kinds, Action<string, string, string> item)
        {
            lock (gate)
            {
                inner.ReadStaged(kinds, item);
            }
        }

        public void Discard(string kind)
        {
            lock (gate)
            {
                inner.Discard(kind);
            }
        }

        public void Commit()
        {
            lock (gate)
            {
                inner.Commit();
            }
        }

        public void Dispose()
        {
            lock (gate)
            {
                inner.Dispose();
            }
        }
    }
}
