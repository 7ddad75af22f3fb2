namespace Dossier.Corpus.Claims;

/// <summary>Where something was read: an article and the character offsets <c>[Start, End)</c> of its body, with those words.</summary>
public sealed record ArticleEvidence(string Article, int Start, int End, string Text);
