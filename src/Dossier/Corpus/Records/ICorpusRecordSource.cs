using Dossier.Corpus.Claims;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;

namespace Dossier.Corpus.Records;

/// <summary>
/// The articles' corpus records, read one stage's part at a time: a build reads every article's part for one stage,
/// runs the stage and lets those parts go before it reads the next stage's, so that only one stage's records are in
/// memory at once. Each method gives the articles in ascending ordinal id order, and may be called once per build.
/// </summary>
public interface ICorpusRecordSource
{
    /// <summary>The duplicates stage's part of each article.</summary>
    IEnumerable<ArticleSignature> Signatures();

    /// <summary>The stories stage's part of each article.</summary>
    IEnumerable<ArticleTerms> Terms();

    /// <summary>The entities stage's part of each article.</summary>
    IEnumerable<IReadOnlyList<ArticleEntityNode>> Nodes();

    /// <summary>The event-merging stage's part of each article.</summary>
    IEnumerable<ArticleEvents> Events();

    /// <summary>The claims stage's part of each article, and whether the article is undated.</summary>
    IEnumerable<(ArticleClaims Claims, bool Undated)> Claims();

    /// <summary>The mention listing's part of each article.</summary>
    IEnumerable<ArticleMentions> Mentions();
}
