namespace Dossier.Syntax;

/// <summary>
/// One sentence as the parser's features see it: word hashes, Penn and universal tag hashes per word (index 0 the
/// root), and word clusters (null for a parser without cluster features).
/// </summary>
internal sealed record ParserInput(ulong[] W, ulong[] P, ulong[] U, WordCluster[]? Clusters);
