using Dossier.Agreements;
using Dossier.Claims;
using Dossier.Model;

namespace Dossier.Corpus.Claims;

/// <summary>
/// What one article gives the claims and agreements stage: the agreements it speaks of and the stances it reports,
/// read from its parse, and the article as the grouping reads it afterwards (text, entities and the dates' metadata).
/// </summary>
public sealed record ArticleClaims(string Id, ParsedArticle Parsed, ArticleAgreements Local, IReadOnlyList<StanceMention> Stances)
{
    /// <summary>
    /// The same reading over another copy of the article's document (one without its tokens and tags, <see cref="Document.WithoutTokens"/>):
    /// grouping reads only the text, the entity mentions and the metadata, so the parse can be let go once read.
    /// </summary>
    public ArticleClaims Over(Document document) => this with { Parsed = new ParsedArticle(document, Parsed.Metadata) };
}
