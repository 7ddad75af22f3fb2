using Dossier.Corpus.Claims;

namespace Dossier.Corpus;

/// <summary>Runs the corpus stages over the stored articles and returns the snapshot the store keeps.</summary>
public sealed class CorpusBuilder
{
    private readonly DuplicateDetector duplicates = new();
    private readonly StoryClusterer stories = new();

    public CorpusSnapshot Build(IReadOnlyList<CorpusArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var ordered = articles.OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        var dup = duplicates.Detect(ordered);
        var snapshot = new CorpusSnapshot(dup.DuplicateOf, dup.UnitOf, stories.Cluster(ordered));
        var (claims, agreements) = ClaimsAndAgreements.Default.Build(ordered, snapshot.IndependentSources);
        return snapshot with { Claims = claims, Agreements = agreements };
    }
}
