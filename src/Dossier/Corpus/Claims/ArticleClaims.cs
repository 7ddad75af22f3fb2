using Dossier.Agreements;
using Dossier.Claims;

namespace Dossier.Corpus.Claims;

/// <summary>
/// What one article gives the claims and agreements stage: the agreements it speaks of and the stances it reports,
/// read from its parse, and the few words of it that grouping quotes afterwards (<see cref="ArticleExcerpts"/>).
/// It refers to no document, so a corpus build can keep every article's claims and let each document go once read;
/// an article with no agreements and no stances keeps only its id and shared empty values.
/// </summary>
public sealed record ArticleClaims(string Id, ArticleExcerpts Excerpts, ArticleAgreements Local, IReadOnlyList<StanceMention> Stances);
