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
/// Each pass reads the parts lazily, so a stage holds one part per article, never the records.
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

    /// <summary>Records taken from documents this build that the encoding refused to keep, for the later passes.</summary>
    private readonly Dictionary<string, ArticleCorpusRecord> unkept = new(StringComparer.Ordinal);

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

    public IEnumerable<ArticleSignature> Signatures() =>
        Parts((data, id, pool) => ArticleCorpusRecordCodec.Read(data, id, CorpusRecordPart.Signature, SignatureRecordCodec.Read, pool), r => r.Signature, seen);

    public IEnumerable<ArticleTerms> Terms() =>
        Parts((data, id, pool) => ArticleCorpusRecordCodec.Read(data, id, CorpusRecordPart.Terms, TermsRecordCodec.Read, pool), r => r.Terms);

    public IEnumerable<IReadOnlyList<ArticleEntityNode>> Nodes() =>
        Parts((data, id, pool) => ArticleCorpusRecordCodec.Read(data, id, CorpusRecordPart.Nodes, EntityNodesRecordCodec.Read, pool), r => r.Nodes);

    public IEnumerable<ArticleEvents> Events() =>
        Parts((data, id, pool) => ArticleCorpusRecordCodec.Read(data, id, CorpusRecordPart.Events, EventsRecordCodec.Read, pool), r => r.Events);

    public IEnumerable<(ArticleClaims Claims, bool Undated)> Claims() =>
        Parts((data, id, pool) => (ArticleCorpusRecordCodec.Read(data, id, CorpusRecordPart.Claims, ClaimsRecordCodec.Read, pool), ArticleCorpusRecordCodec.Undated(data, id)), r => (r.Claims, r.Undated));

    public IEnumerable<ArticleMentions> Mentions() =>
        Parts((data, id, pool) => ArticleCorpusRecordCodec.Read(data, id, CorpusRecordPart.Mentions, MentionsRecordCodec.Read, pool), r => r.Mentions);

    /// <summary>
    /// One part of every article's kept record, each pass with strings of its own (let go with its parts). An article
    /// without a readable record has its record taken from its document and kept (in batches); one the encoding
    /// refuses is held for the build's later passes instead, so its document is loaded once per build.
    /// </summary>
    /// <param name="read">Reads the part from a kept record.</param>
    /// <param name="fromRecord">The part of a record taken from the document.</param>
    /// <param name="told">When given, is told of each article and whether its document was loaded.</param>
    private IEnumerable<T> Parts<T>(Func<byte[], string, StringPool, T> read, Func<ArticleCorpusRecord, T> fromRecord, Action<string, bool>? told = null)
    {
        var pool = new StringPool();
        var taken = new List<CorpusRecordBlob>();
        foreach (var version in versions)
        {
            long start = Stopwatch.GetTimestamp();
            var value = Kept(version, read, pool, out bool found);
            timings?.Add("records", Stopwatch.GetElapsedTime(start));
            told?.Invoke(version.Id, !found && !unkept.ContainsKey(version.Id));
            if (!found)
            {
                if (!unkept.TryGetValue(version.Id, out var record))
                {
                    (record, var blob) = Take(version, pool);
                    if (blob is null)
                    {
                        unkept[version.Id] = record;
                    }
                    else
                    {
                        taken.Add(blob);
                    }
                }

                if (taken.Count == KeepBatch)
                {
                    store.SaveCorpusRecords(producer, taken);
                    taken.Clear();
                }

                value = fromRecord(record);
            }

            yield return value;
        }

        if (taken.Count > 0)
        {
            store.SaveCorpusRecords(producer, taken);
        }
    }

    /// <summary>The part read from the article's kept record, when this build kept one and it reads.</summary>
    private T Kept<T>(ArticleVersion version, Func<byte[], string, StringPool, T> read, StringPool pool, out bool found)
    {
        found = false;
        if (store.CorpusRecord(version, producer) is not { } data)
        {
            return default!;
        }

        try
        {
            var value = read(data, version.Id, pool);
            found = true;
            return value;
        }
        catch (InvalidDataException)
        {
            // A record is a cache of what the stored annotations give: a damaged one costs a reload, not the build.
            return default!;
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
