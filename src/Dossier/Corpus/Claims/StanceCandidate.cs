using Dossier.Claims;

namespace Dossier.Corpus.Claims;

/// <summary>A stance found in an article, keyed for grouping: predicate class, what it is about, and its participants.</summary>
internal sealed record StanceCandidate(string Article, ArticleExcerpts Excerpts, int Index, StanceMention Mention, string Object, IReadOnlySet<string> Participants)
{
    public string Class => Mention.Proposition.Class;

    /// <summary>The grouping key: class and object.</summary>
    public string Key => Class + "|" + Object;
}
