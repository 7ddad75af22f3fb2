using System.Diagnostics;
using Dossier.Corpus.Claims;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;
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
    /// each article's claims, agreements and re-datable expressions are read from its full document as it comes, and
    /// the stages then hold the document without its tokens and tags (<see cref="Document.WithoutTokens"/>). The snapshot is the
    /// same as <see cref="Build(IReadOnlyList{CorpusArticle}, IReadOnlyList{EntityDecision}?, StageTimings?)"/> gives.
    /// </summary>
    /// <param name="articles">The articles in ascending ordinal id order (the store's records sorted, each document loaded as it is reached).</param>
    /// <param name="reload">The full document of an article again: the few undated articles whose publication range
    /// other articles narrow have their claims read again against that range.</param>
    /// <param name="decisions">The analysts' entity corrections, re-applied in order.</param>
    /// <param name="timings">When given, receives the time each corpus stage took (for <c>dossier bench</c>).</param>
    public CorpusSnapshot Build(IEnumerable<CorpusArticle> articles, Func<string, Document> reload, IReadOnlyList<EntityDecision>? decisions = null, StageTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(reload);
        var claimStage = ClaimsAndAgreements.Default;
        var lean = new List<CorpusArticle>();
        var read = new List<ArticleClaims>();
        var dated = new Dictionary<string, ArticleDating>(StringComparer.Ordinal);
        foreach (var article in articles)
        {
            if (lean.Count > 0 && string.CompareOrdinal(lean[^1].Id, article.Id) > 0)
            {
                throw new ArgumentException($"DOS0803: corpus articles must come in ascending id order, but {article.Id} follows {lean[^1].Id}.", nameof(articles));
            }

            var claims = Timed(timings, "claims", () => claimStage.Read(article));
            if (Timed(timings, "events", () => EventMergingStage.Dating(article)) is { } dating)
            {
                dated[article.Id] = dating;
            }

            // Quotes are read only for the claims, above; the stages below read text, sentences, entities, dates and events.
            var kept = new CorpusArticle(article.Id, article.Document.WithoutTokens(quotes: false));
            lean.Add(kept);
            read.Add(claims);
        }

        var dup = Timed(timings, "duplicates", () => duplicates.Detect(lean));
        var clustered = Timed(timings, "stories", () => stories.Cluster(lean));
        var (resolved, outcomes) = Timed(timings, "entities", () => EntityDecisionApplier.Apply(entities.Resolve(lean), decisions ?? []));
        var merged = Timed(timings, "events", () => events.Run(lean, dup, clustered, dated));
        var snapshot = new CorpusSnapshot(dup.DuplicateOf, dup.UnitOf, clustered) { Entities = resolved, DecisionOutcomes = outcomes }.WithEvents(merged);
        var (claimList, agreements) = Timed(timings, "claims", () =>
        {
            // An undated article whose range other articles narrowed reads its dates against that range.
            for (int i = 0; i < lean.Count; i++)
            {
                if (lean[i].Metadata.Published is null && merged.PublishedRanges.TryGetValue(lean[i].Id, out var range))
                {
                    read[i] = claimStage.Read(new CorpusArticle(lean[i].Id, reload(lean[i].Id)), range);
                }
            }

            return claimStage.Combine(read, snapshot.IndependentSources);
        });
        return snapshot with { Claims = claimList, Agreements = agreements };
    }

    private static T Timed<T>(StageTimings? timings, string stage, Func<T> run)
    {
        long start = Stopwatch.GetTimestamp();
        var result = run();
        timings?.Add(stage, Stopwatch.GetElapsedTime(start));
        return result;
    }
}
