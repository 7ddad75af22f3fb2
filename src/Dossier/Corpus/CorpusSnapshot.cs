using Dossier.Corpus.Entities;
using Dossier.Corpus.Agreements;
using Dossier.Corpus.Claims;

namespace Dossier.Corpus;

/// <summary>
/// What the corpus stages established over all stored articles: copies and reporting units, and stories. It is a
/// deterministic function of the set of current articles, so ingest order never changes it, and rebuilding it from
/// the same articles changes nothing.
/// </summary>
public sealed partial record CorpusSnapshot(
    IReadOnlyDictionary<string, string> DuplicateOf,
    IReadOnlyDictionary<string, string> UnitOf,
    IReadOnlyList<Story> Stories)
{
    public static readonly CorpusSnapshot Empty = new(new Dictionary<string, string>(), new Dictionary<string, string>(), []);

    /// <summary>
    /// The fingerprint of the article versions the snapshot was built from (<see cref="Storage.CorpusFingerprint"/>),
    /// or null for a snapshot built before fingerprints were kept or not from a store.
    /// </summary>
    public string? BuiltFrom { get; init; }

    /// <summary>Entities resolved across the articles, with the analysts' decisions applied.</summary>
    public IReadOnlyList<CorpusEntity> Entities { get; init; } = [];

    /// <summary>What became of each analyst decision (by sequence) when it was last re-applied.</summary>
    public IReadOnlyDictionary<long, string> DecisionOutcomes { get; init; } = new Dictionary<long, string>();
    /// <summary>Claims with every source's stance on them (the claims corpus stage).</summary>
    public IReadOnlyList<Claim> Claims { get; init; } = [];

    /// <summary>Agreements tracked across articles (the agreements corpus stage).</summary>
    public IReadOnlyList<Agreement> Agreements { get; init; } = [];

    /// <summary>
    /// The articles' entity mentions grouped across articles (<see cref="MentionListing"/>), when the snapshot was built
    /// here; null for one read from a store, which keeps them as its mention listing.
    /// </summary>
    public IReadOnlyList<MentionGroup>? Mentions { get; init; }

    /// <summary>The story an article belongs to, or null.</summary>
    public Story? StoryOf(string articleId) => Stories.FirstOrDefault(s => s.Articles.Contains(articleId, StringComparer.Ordinal));

    public int IndependentSources(IEnumerable<string> articleIds) => IndependentSources(UnitOf, articleIds);

    /// <summary>How many independent sources articles are: their distinct reporting units (<paramref name="unitOf"/>), an article without one its own.</summary>
    public static int IndependentSources(IReadOnlyDictionary<string, string> unitOf, IEnumerable<string> articleIds)
    {
        ArgumentNullException.ThrowIfNull(unitOf);
        ArgumentNullException.ThrowIfNull(articleIds);
        return articleIds.Select(id => unitOf.TryGetValue(id, out var u) ? u : id).Distinct(StringComparer.Ordinal).Count();
    }
}
