using Dossier.Claims;

namespace Dossier.Agreements;

/// <summary>Everything one article says about agreements: the phrases, grouped into agreements, with their states and provisions.</summary>
public sealed class ArticleAgreementFinder(AgreementLexicon lexicon, ClaimLexicon claims)
{
    private readonly AgreementMentionFinder mentions = new(lexicon, claims);
    private readonly StateFinder states = new(lexicon, claims);
    private readonly ProvisionFinder provisions = new(lexicon, claims);

    private static readonly Lazy<ArticleAgreementFinder> Shared = new(() => new(AgreementLexicon.Default, ClaimLexicon.Default));

    public static ArticleAgreementFinder Default => Shared.Value;

    public ArticleAgreements Find(ParsedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (!article.HasParse)
        {
            return ArticleAgreements.Empty;
        }

        var found = LocalAgreementClusterer.Cluster(mentions.Find(article), article.Text, lexicon);
        states.Find(article, found);
        provisions.Find(article, found);
        return found;
    }
}
