using Dossier.Corpus.Entities;
using Dossier.Corpus.Claims;

namespace Dossier.Corpus;

/// <summary>Runs the corpus stages over the stored articles and returns the snapshot the store keeps.</summary>
public sealed class CorpusBuilder
{
    private readonly DuplicateDetector duplicates = new();
    private readonly StoryClusterer stories = new();

    private readonly CorpusEntityResolver entities = new();

    /// <summary>Runs the corpus stages; <paramref name="decisions"/> are the analysts' entity corrections, re-applied in order.</summary>
    public CorpusSnapshot Build(IReadOnlyList<CorpusArticle> articles, IReadOnlyList<EntityDecision>? decisions = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var ordered = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var dup = duplicates.Detect(ordered);
        var (resolved, outcomes) = EntityDecisionApplier.Apply(entities.Resolve(ordered), decisions ?? []);
        var snapshot = new CorpusSnapshot(dup.DuplicateOf, dup.UnitOf, stories.Cluster(ordered)) { Entities = resolved, DecisionOutcomes = outcomes };
        var (claims, agreements) = ClaimsAndAgreements.Default.Build(ordered, snapshot.IndependentSources);
        return snapshot with { Claims = claims, Agreements = agreements };
    }
}
