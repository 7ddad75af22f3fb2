namespace Dossier.Storage;

/// <summary>A sentence that matched a search, with its place in its article.</summary>
public sealed record SearchHit(string ArticleId, int Version, int Sentence, int Start, int End, string Text, string Snippet, double Rank);
