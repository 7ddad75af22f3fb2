using System.Diagnostics;
using Dossier.Pipeline;
using Dossier.Corpus.Entities;
using Dossier.Corpus.Claims;

namespace Dossier.Corpus;

/// <summary>Runs the corpus stages over the stored articles and returns the snapshot the store keeps.</summary>
public sealed class CorpusBuilder
{
    private readonly DuplicateDetector duplicates = new();
    private readonly StoryClusterer stories = new();
    private readonly EventMerging.EventMergingStage events = new();

    private readonly CorpusEntityResolver entities = new();

    /// <summary>Runs the corpus stages; <paramref name="decisions"/> are the analysts' entity corrections, re-applied in order.</summary>
    /// <param name="timings">When given, receives the time each corpus stage took (for <c>dossier bench</c>).</param>
    public CorpusSnapshot Build(IReadOnlyList<CorpusArticle> articles, IReadOnlyList<EntityDecision>? decisions = null, StageTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var ordered = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var dup = Timed(timings, "duplicates", () => duplicates.Detect(ordered));
        var clustered = Timed(timings, "stories", () => stories.Cluster(ordered));
        var (resolved, outcomes) = Timed(timings, "entities", () => EntityDecisionApplier.Apply(entities.Resolve(ordered), decisions ?? []));
        var merged = Timed(timings, "events", () => events.Run(ordered, dup, clustered));
        var snapshot = new CorpusSnapshot(dup.DuplicateOf, dup.UnitOf, clustered) { Entities = resolved, DecisionOutcomes = outcomes }.WithEvents(merged);
        var (claims, agreements) = Timed(timings, "claims", () => ClaimsAndAgreements.Default.Build(ordered, snapshot.IndependentSources, merged.PublishedRanges));
        return snapshot with { Claims = claims, Agreements = agreements };
    }

    private static T Timed<T>(StageTimings? timings, string stage, Func<T> run)
    {
        long start = Stopwatch.GetTimestamp();
        var result = run();
        timings?.Add(stage, Stopwatch.GetElapsedTime(start));
        return result;
    }
}
