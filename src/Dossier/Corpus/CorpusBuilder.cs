using System.Diagnostics;
using Dossier.Pipeline;

namespace Dossier.Corpus;

/// <summary>Runs the corpus stages over the stored articles and returns the snapshot the store keeps.</summary>
public sealed class CorpusBuilder
{
    private readonly DuplicateDetector duplicates = new();
    private readonly StoryClusterer stories = new();
    private readonly EventMerging.EventMergingStage events = new();

    /// <param name="timings">When given, receives the time each corpus stage took (for <c>dossier bench</c>).</param>
    public CorpusSnapshot Build(IReadOnlyList<CorpusArticle> articles, StageTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var ordered = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var dup = Timed(timings, "duplicates", () => duplicates.Detect(ordered));
        var clustered = Timed(timings, "stories", () => stories.Cluster(ordered));
        var merged = Timed(timings, "events", () => events.Run(ordered, dup, clustered));
        return new CorpusSnapshot(dup.DuplicateOf, dup.UnitOf, clustered).WithEvents(merged);
    }

    private static T Timed<T>(StageTimings? timings, string stage, Func<T> run)
    {
        long start = Stopwatch.GetTimestamp();
        var result = run();
        timings?.Add(stage, Stopwatch.GetElapsedTime(start));
        return result;
    }
}
