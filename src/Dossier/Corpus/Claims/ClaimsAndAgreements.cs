using Dossier.Agreements;
using Dossier.Claims;
using Dossier.Corpus.Agreements;
using Dossier.Model;

namespace Dossier.Corpus.Claims;

/// <summary>
/// The corpus stage for claims and agreements: reads each article's agreements and stances (pure functions of the
/// stored document), tracks the agreements across articles, groups the stances into claims, and adds to each
/// agreement's history the states its claims assert ("reported suspended"). Articles are taken in id order, so the
/// result depends only on the set of articles.
/// </summary>
public sealed class ClaimsAndAgreements(ClaimLexicon claims, ArticleAgreementFinder agreements, StanceExtractor stances)
{
    private static readonly Lazy<ClaimsAndAgreements> Shared = new(() => new(ClaimLexicon.Default, ArticleAgreementFinder.Default, StanceExtractor.Default));

    public static ClaimsAndAgreements Default => Shared.Value;

    /// <param name="independent">How many independent sources a set of articles is (wire copies folded).</param>
    /// <param name="narrowed">Publication ranges of undated articles that other corpus stages narrowed (by article id):
    /// dates in those articles ("on Friday") are read against them.</param>
    public (IReadOnlyList<Claim> Claims, IReadOnlyList<Agreement> Agreements) Build(IReadOnlyList<CorpusArticle> articles, Func<IEnumerable<string>, int> independent, IReadOnlyDictionary<string, DateRange>? narrowed = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(independent);
        // TryGetValue, not GetValueOrDefault: a missing article would read as the default range, 0001-01-01.
        var read = articles.OrderBy(a => a.Id, StringComparer.Ordinal)
            .Select(a => Read(a, narrowed is not null && narrowed.TryGetValue(a.Id, out var range) ? range : null))
            .ToList();
        return Combine(read, independent);
    }

    /// <summary>
    /// Reads one article's agreements and stances (a pure function of its stored document), its dates against
    /// <paramref name="narrowed"/> when the article is undated and other articles narrowed its publication range.
    /// The result holds no reference to the document: what grouping quotes of it is copied out.
    /// </summary>
    public ArticleClaims Read(CorpusArticle article, DateRange? narrowed = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        var parsed = new ParsedArticle(article.Document, article.Metadata.Published is null && narrowed is { } range ? article.Metadata with { PublishedRange = range } : null);
        var local = agreements.Find(parsed);
        var found = stances.Extract(parsed, local);
        // An article that speaks of no agreement and reports no stance (most of a corpus) keeps only shared empty values.
        if (local.Agreements.Count == 0)
        {
            local = ArticleAgreements.Empty;
        }

        if (found.Count == 0)
        {
            found = [];
        }

        return new ArticleClaims(article.Id, ArticleExcerpts.Of(parsed, local, found), local, found);
    }

    /// <summary>
    /// Tracks the articles' agreements across articles and groups their stances into claims. <paramref name="read"/>
    /// must be in article id order (as <see cref="Build"/> gives it), so the result depends only on the set of articles.
    /// </summary>
    public (IReadOnlyList<Claim> Claims, IReadOnlyList<Agreement> Agreements) Combine(IReadOnlyList<ArticleClaims> read, Func<IEnumerable<string>, int> independent)
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(independent);
        var groups = AgreementTracker.Group(read.Select(r => (r.Id, r.Excerpts, r.Local)));
        var byLocal = new Dictionary<(string Article, int Local), AgreementGroup>();
        foreach (var g in groups)
        {
            foreach (var (article, _, local) in g.Members)
            {
                byLocal[(article, local.Index)] = g;
            }
        }

        var claimList = new ClaimBuilder(claims).Build(read.Select(r => (r.Id, r.Excerpts, r.Stances)).ToList(), byLocal, independent);
        var extra = ClaimStates(claimList);
        var agreementList = groups
            .Where(Tracked)
            .Select(g => AgreementAssembler.Assemble(g, extra.Where(e => e.Agreement == g.Id).Select(e => (e.Date, e.State, e.Evidence))))
            .OrderBy(a => a.Id, StringComparer.Ordinal)
            .ToList();
        return (claimList, agreementList);
    }

    /// <summary>
    /// Whether a group is worth tracking as an agreement: it has a state, a proper name, two or more parties, or a
    /// name more than one article uses; "a bipartisan agreement" mentioned once in passing is not.
    /// </summary>
    private static bool Tracked(AgreementGroup g) =>
        g.Members.Any(m => m.Local.States.Count > 0) || g.ProperNames.Count > 0 || g.Parties.Count >= 2
        || (g.Named && g.Members.Select(m => m.Article).Distinct(StringComparer.Ordinal).Count() >= 2);

    /// <summary>The agreement states that claims assert: each asserting stance on a claim whose class gives a state.</summary>
    private List<(string Agreement, string? Date, string State, ArticleEvidence Evidence)> ClaimStates(IEnumerable<Claim> list)
    {
        var result = new List<(string, string?, string, ArticleEvidence)>();
        foreach (var claim in list)
        {
            if (claim.About is { } about && about.StartsWith("agr:", StringComparison.Ordinal)
                && claims.Classes.TryGetValue(claim.Predicate, out var cls) && cls.AgreementState is { } state)
            {
                result.AddRange(claim.Stances.Where(s => s.Position == Positions.Asserts && !s.Contrary).Select(s => (about, s.Date, state, s.Evidence)));
            }
        }

        return result;
    }
}
