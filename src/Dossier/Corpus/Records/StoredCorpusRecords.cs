using System.Diagnostics;
using Dossier.Corpus.Claims;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;
using Dossier.Pipeline;
using Dossier.Storage;

namespace Dossier.Corpus.Records;

/// <summary>
/// A store's current articles as a <see cref="ICorpusRecordSource"/>: each stage's part is read from the record the
/// store kept for the article (<see cref="IArticleStore.CorpusRecord"/>). The first pass (signatures) takes the record
/// of every article that has none kept by this build, or a damaged one, from its document, loaded then and let go,
/// and keeps it (in batches); a later pass that finds a part damaged takes the record again the same way.
/// </summary>
internal sealed class StoredCorpusRecords : ICorpusRecordSource
{
    /// <summary>How many records taken from documents are kept in one transaction.</summary>
    private const int KeepBatch = 256;

    private readonly IArticleStore store;
    private readonly IReadOnlyList<ArticleVersion> versions;
    private readonly CorpusBuilder builder;
    private readonly StageTimings? timings;
    private readonly Action<string, bool>? seen;
    private readonly string producer = ArticleCorpusRecordCodec.Producer;

    /// <param name="store">The store.</param>
    /// <param name="versions">Its current versions, in ascending ordinal id order.</param>
    /// <param name="builder">Takes the record of an article whose document had to be loaded.</param>
    /// <param name="timings">When given, receives the time of loading documents (<c>load</c>) and of reading kept records (<c>records</c>).</param>
    /// <param name="seen">When given, is told of each article in the first pass, and whether its document was loaded.</param>
    public StoredCorpusRecords(IArticleStore store, IReadOnlyList<ArticleVersion> versions, CorpusBuilder builder, StageTimings? timings, Action<string, bool>? seen)
    {
        this.store = store;
        this.versions = versions;
        this.builder = builder;
        this.timings = timings;
        this.seen = seen;
    }

    /// <summary>How many documents were loaded to take records from them.</summary>
    public int DocumentsLoaded { get; private set; }

    public IEnumerable<ArticleSignature> Signatures()
    {
        var pool = new StringPool();
        var taken = new List<CorpusRecordBlob>();
        foreach (var version in versions)
        {
            long start = Stopwatch.GetTimestamp();
            byte[]? data = store.CorpusRecord(version, producer);
            ArticleSignature? signature = null;
            if (data is not null)
            {
                try
                {
                    signature = ArticleCorpusRecordCodec.Read(data, version.Id, CorpusRecordPart.Signature, SignatureRecordCodec.Read, pool);
                }
                catch (InvalidDataException)
                {
                    // A record is a cache of what the stored annotations give: a damaged one costs a reload, not the build.
                }
            }

            timings?.Add("records", Stopwatch.GetElapsedTime(start));
            seen?.Invoke(version.Id, signature is null);
            if (signature is null)
            {
                var (record, blob) = Take(version, pool);
                signature = record.Signature;
                if (blob is not null)
                {
                    taken.Add(blob);
                }

                if (taken.Count == KeepBatch)
                {
                    store.SaveCorpusRecords(producer, taken);
                    taken.Clear();
                }
            }

            yield return signature;
        }

        if (taken.Count > 0)
        {
            store.SaveCorpusRecords(producer, taken);
        }
    }

    public IEnumerable<ArticleTerms> Terms() =>
        Parts((data, id, pool) => ArticleCorpusRecordCodec.Read(data, id, CorpusRecordPart.Terms, TermsRecordCodec.Read, pool), r => r.Terms);

    public IEnumerable<IReadOnlyList<ArticleEntityNode>> Nodes() =>
        Parts((data, id, pool) => ArticleCorpusRecordCodec.Read(data, id, CorpusRecordPart.Nodes, EntityNodesRecordCodec.Read, pool), r => r.Nodes);

    public IEnumerable<ArticleEvents> Events() =>
        Parts((data, id, pool) => ArticleCorpusRecordCodec.Read(data, id, CorpusRecordPart.Events, EventsRecordCodec.Read, pool), r => r.Events);

    public IEnumerable<(ArticleClaims Claims, bool Undated)> Claims() =>
        Parts((data, id, pool) => (ArticleCorpusRecordCodec.Read(data, id, CorpusRecordPart.Claims, ClaimsRecordCodec.Read, pool), ArticleCorpusRecordCodec.Undated(data, id)), r => (r.Claims, r.Undated));

    /// <summary>One part of every article's kept record, each pass with strings of its own (let go with its parts).</summary>
    private IEnumerable<T> Parts<T>(Func<byte[], string, StringPool, T> read, Func<ArticleCorpusRecord, T> fromRecord)
    {
        var pool = new StringPool();
        foreach (var version in versions)
        {
            long start = Stopwatch.GetTimestamp();
            byte[]? data = store.CorpusRecord(version, producer);
            T value = default!;
            bool found = false;
            if (data is not null)
            {
                try
                {
                    value = read(data, version.Id, pool);
                    found = true;
                }
                catch (InvalidDataException)
                {
                    // Damaged since the first pass read its signature: taken again from the document below.
                }
            }

            timings?.Add("records", Stopwatch.GetElapsedTime(start));
            if (!found)
            {
                var (record, blob) = Take(version, pool);
                if (blob is not null)
                {
                    store.SaveCorpusRecords(producer, [blob]);
                }

                value = fromRecord(record);
            }

            yield return value;
        }
    }

    /// <summary>
    /// The record of an article taken from its document, and its encoding; null when the record holds a value the
    /// encoding refuses (a span that ends before it starts): it is then used but not kept, and its document is loaded
    /// again by the next build.
    /// </summary>
    private (ArticleCorpusRecord Record, CorpusRecordBlob? Blob) Take(ArticleVersion version, StringPool pool)
    {
        long start = Stopwatch.GetTimestamp();
        var document = store.LoadDocument(CorpusService.Record(store, version.Id, version.Version));
        timings?.Add("load", Stopwatch.GetElapsedTime(start));
        DocumentsLoaded++;
        var record = builder.Read(new CorpusArticle(version.Id, document), pool, timings);
        try
        {
            return (record, new CorpusRecordBlob(version, ArticleCorpusRecordCodec.Encode(record)));
        }
        catch (ArgumentException)
        {
            return (record, null);
        }
    }
}
