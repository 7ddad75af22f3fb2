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
    private readonly EventMergingStage events;

    /// <param name="events">The event-merging stage (the default one when null).</param>
    public CorpusBuilder(EventMergingStage? events = null) => this.events = events ?? new EventMergingStage();

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
        return Build(articles.Select(a => Read(a, pool, timings)), reload, decisions, timings);
    }

    /// <summary>
    /// The record the stages need of one article, taken from its full document (tokens and tags included), its
    /// strings shared through <paramref name="pool"/> (one pool per build).
    /// </summary>
    public ArticleCorpusRecord Read(CorpusArticle article, StringPool pool, StageTimings? timings = null) =>
        ArticleCorpusRecord.Read(article, events, pool, timings);

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
        return Build(new CorpusRecordList([.. records]), reload, decisions, timings);
    }

    /// <summary>
    /// Runs the corpus stages over the articles' records one stage at a time: each stage's part of every article is
    /// read, the stage runs, and those parts go before the next stage's are read (a store's kept records are read once
    /// per stage), so only one stage's records are in memory at once. The snapshot is the same as over documents.
    /// </summary>
    /// <param name="source">The articles' records.</param>
    /// <param name="reload">The full document of an article again (only undated articles that other articles or
    /// known-date events date are reloaded, each once).</param>
    /// <param name="decisions">The analysts' entity corrections, re-applied in order.</param>
    /// <param name="timings">When given, receives the time each corpus stage took (for <c>dossier bench</c>).</param>
    public CorpusSnapshot Build(ICorpusRecordSource source, Func<string, Document> reload, IReadOnlyList<EntityDecision>? decisions = null, StageTimings? timings = null)
    {
        var collected = new CorpusSnapshotCollector();
        Build(source, reload, collected, decisions, timings);
        return collected.Snapshot();
    }

    /// <summary>
    /// Runs the corpus stages over the articles' records one stage at a time, as
    /// <see cref="Build(ICorpusRecordSource, Func{string, Document}, IReadOnlyList{EntityDecision}?, StageTimings?)"/>
    /// does, giving each stage's result to <paramref name="sink"/> as soon as it is established (entities one by one as
    /// they are folded when there are no decisions, merged events one by one as their partition is merged) and keeping
    /// only what later stages need: copies, reporting units and stories.
    /// </summary>
    /// <param name="source">The articles' records.</param>
    /// <param name="reload">The full document of an article again (only undated articles that other articles or
    /// known-date events date are reloaded, each once).</param>
    /// <param name="sink">Receives the stages' results.</param>
    /// <param name="decisions">The analysts' entity corrections, re-applied in order.</param>
    /// <param name="timings">When given, receives the time each corpus stage took (for <c>dossier bench</c>), giving
    /// the results to <paramref name="sink"/> included.</param>
    public void Build(ICorpusRecordSource source, Func<string, Document> reload, ICorpusSink sink, IReadOnlyList<EntityDecision>? decisions = null, StageTimings? timings = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(reload);
        ArgumentNullException.ThrowIfNull(sink);
        var claimStage = ClaimsAndAgreements.Default;
        var dup = Stage(timings, "duplicates", source.Signatures(), duplicates.Detect);
        sink.Duplicates(dup);
        // The stories stage reads its parts as it goes (it keeps each article's terms as numbers as they come), so its
        // time includes reading them.
        var clustered = StageTimings.Time(timings, "stories", () => stories.Cluster(source.Terms()));
        sink.Stories(clustered);
        Entities(source, sink, decisions, timings);
        // Event merging reads its parts as it goes (it keeps each article's reports encoded until their partition is
        // merged), so its time includes reading them.
        var ranges = StageTimings.Time(timings, "events", () => events.Run(source.Events(), dup, clustered, reload, sink));
        sink.PublishedRanges(ranges);
        var parts = source.Claims().ToList();
        StageTimings.Time(timings, "claims", () =>
        {
            var read = new List<ArticleClaims>(parts.Count);
            foreach (var (claims, undated) in parts)
            {
                // An undated article whose range other articles narrowed reads its dates against that range.
                read.Add(undated && ranges.TryGetValue(claims.Id, out var range)
                    ? claimStage.Read(new CorpusArticle(claims.Id, reload(claims.Id)), range)
                    : claims);
            }

            var (claimList, agreements) = claimStage.Combine(read, dup.IndependentSources);
            sink.Claims(claimList, agreements);
        });
        parts.Clear();
        // The mentions are grouped as they are read, so the time includes reading them (and giving the groups to the sink).
        StageTimings.Time(timings, "mentions", () => sink.Mentions(MentionListing.Combine(source.Mentions())));
    }

    /// <summary>
    /// The entities stage: the nodes are kept in compact form as they are read (<see cref="EntityNodeTable"/>; not timed
    /// as the stage, as other stages' parts are not), never as a list of node objects, and without decisions each
    /// entity goes to the sink as it is folded, so the folded entities are never held all at once; with decisions, all
    /// are folded first and the decisions applied to them.
    /// </summary>
    private static void Entities(ICorpusRecordSource source, ICorpusSink sink, IReadOnlyList<EntityDecision>? decisions, StageTimings? timings)
    {
        var nodes = EntityNodeTable.Read(source.Nodes().SelectMany(n => n));
        StageTimings.Time(timings, "entities", () =>
        {
            var resolved = CorpusEntityResolver.Resolve(nodes);
            IReadOnlyDictionary<long, string> outcomes = new Dictionary<long, string>();
            if (decisions is { Count: > 0 })
            {
                (var applied, outcomes) = EntityDecisionApplier.Apply([.. resolved], decisions);
                resolved = applied;
            }

            foreach (var entity in resolved)
            {
                sink.Entity(entity);
            }

            sink.DecisionOutcomes(outcomes);
        });
    }

    /// <summary>
    /// Reads one stage's part of every article (not timed as the stage: the source times reading), runs the stage,
    /// and returns its result; the parts are unreachable once it returns.
    /// </summary>
    private static TResult Stage<TPart, TResult>(StageTimings? timings, string stage, IEnumerable<TPart> parts, Func<List<TPart>, TResult> run)
    {
        List<TPart> read = [.. parts];
        return StageTimings.Time(timings, stage, () => run(read));
    }
}
