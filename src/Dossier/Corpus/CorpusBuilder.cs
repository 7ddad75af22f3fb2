using System.Diagnostics;
using Dossier.Corpus.Claims;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;
using Dossier.Corpus.Records;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Temporal;

namespace Dossier.Corpus;

/// <summary>Runs the corpus stages over the stored articles and returns the snapshot the store keeps.</summary>
public sealed class CorpusBuilder
{
    private readonly DuplicateDetector duplicates = new();
    private readonly StoryClusterer stories = new();
    private readonly EventMergingStage events = new();

    private readonly CorpusEntityResolver entities = new();

    /// <summary>Runs the corpus stages; <paramref name="decisions"/> are the analysts' entity corrections, re-applied in order.</summary>
    /// <param name="timings">When given, receives the time each corpus stage took (for <c>dossier bench</c>).</param>
    public CorpusSnapshot Build(IReadOnlyList<CorpusArticle> articles, IReadOnlyList<EntityDecision>? decisions = null, StageTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var ordered = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var byId = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var a in ordered)
        {
            byId.TryAdd(a.Id, a.Document);
        }

        return Build(ordered, id => byId[id], decisions, timings);
    }

    /// <summary>
    /// Runs the corpus stages over articles read one at a time, so that only what the stages need stays in memory:
    /// as each article comes, each stage takes its own record of it (a MinHash signature, term counts, entity nodes,
    /// event reports and dates; claims and agreements) from its full document, and the document can then go. The
    /// snapshot is the same as <see cref="Build(IReadOnlyList{CorpusArticle}, IReadOnlyList{EntityDecision}?, StageTimings?)"/> gives.
    /// </summary>
    /// <param name="articles">The articles in ascending ordinal id order (the store's records sorted, each document loaded as it is reached).</param>
    /// <param name="reload">The full document of an article again: the few undated articles whose dates other
    /// articles or known-date events pin have their event reports read again, and those whose publication range is
    /// narrowed have their claims read again against that range.</param>
    /// <param name="decisions">The analysts' entity corrections, re-applied in order.</param>
    /// <param name="timings">When given, receives the time each corpus stage took (for <c>dossier bench</c>).</param>
    public CorpusSnapshot Build(IEnumerable<CorpusArticle> articles, Func<string, Document> reload, IReadOnlyList<EntityDecision>? decisions = null, StageTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var pool = new StringPool();
        return Build(articles.Select(a => ArticleCorpusRecord.Read(a, events, pool, timings)), reload, decisions, timings);
    }

    /// <summary>
    /// Runs the corpus stages over the articles' records (<see cref="ArticleCorpusRecord"/>), read from documents or
    /// kept by the store; the snapshot is the same either way.
    /// </summary>
    /// <param name="records">The articles' records in ascending ordinal id order.</param>
    /// <param name="reload">The full document of an article again (only undated articles that other articles or
    /// known-date events date are reloaded, each once).</param>
    /// <param name="decisions">The analysts' entity corrections, re-applied in order.</param>
    /// <param name="timings">When given, receives the time each corpus stage took (for <c>dossier bench</c>).</param>
    public CorpusSnapshot Build(IEnumerable<ArticleCorpusRecord> records, Func<string, Document> reload, IReadOnlyList<EntityDecision>? decisions = null, StageTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(reload);
        var claimStage = ClaimsAndAgreements.Default;
        var signatures = new List<ArticleSignature>();
        var terms = new List<ArticleTerms>();
        var nodes = new List<ArticleEntityNode>();
        var reports = new List<ArticleEvents>();
        var read = new List<ArticleClaims>();
        // Undated articles: their claims are read again from the store when other articles narrow their range.
        var undated = new HashSet<string>(StringComparer.Ordinal);
        string? last = null;
        foreach (var record in records)
        {
            if (last is not null && string.CompareOrdinal(last, record.Id) > 0)
            {
                throw new ArgumentException($"DOS0803: corpus articles must come in ascending id order, but {record.Id} follows {last}.", nameof(records));
            }

            last = record.Id;
            signatures.Add(record.Signature);
            terms.Add(record.Terms);
            nodes.AddRange(record.Nodes);
            reports.Add(record.Events);
            read.Add(record.Claims);
            if (record.Undated)
            {
                undated.Add(record.Id);
            }
        }

        // Each stage's records go once it ran: the stages after it, the claims and the save need none of them.
        var dup = Timed(timings, "duplicates", () => duplicates.Detect(signatures));
        Release(signatures);
        var clustered = Timed(timings, "stories", () => stories.Cluster(terms));
        Release(terms);
        var (resolved, outcomes) = Timed(timings, "entities", () => EntityDecisionApplier.Apply(entities.Resolve(nodes), decisions ?? []));
        Release(nodes);
        var merged = Timed(timings, "events", () => events.Run(reports, dup, clustered, reload));
        Release(reports);
        var snapshot = new CorpusSnapshot(dup.DuplicateOf, dup.UnitOf, clustered) { Entities = resolved, DecisionOutcomes = outcomes }.WithEvents(merged);
        var (claimList, agreements) = Timed(timings, "claims", () =>
        {
            // An undated article whose range other articles narrowed reads its dates against that range.
            for (int i = 0; i < read.Count; i++)
            {
                string id = read[i].Id;
                if (undated.Contains(id) && merged.PublishedRanges.TryGetValue(id, out var range))
                {
                    read[i] = claimStage.Read(new CorpusArticle(id, reload(id)), range);
                }
            }

            return claimStage.Combine(read, snapshot.IndependentSources);
        });
        return snapshot with { Claims = claimList, Agreements = agreements };
    }

    /// <summary>Empties a list of records so that they can be collected (the lambdas that read it keep the list itself).</summary>
    private static void Release<T>(List<T> records)
    {
        records.Clear();
        records.TrimExcess();
    }

    private static T Timed<T>(StageTimings? timings, string stage, Func<T> run)
    {
        long start = Stopwatch.GetTimestamp();
        var result = run();
        timings?.Add(stage, Stopwatch.GetElapsedTime(start));
        return result;
    }
}
