namespace Dossier.Syntax;

/// <summary>
/// What the Penn-tag passes said about a sentence, as tag ids: the final tags and, when the universal model reads
/// them, the first pass's tags, the final pass's second choices and the verb form ahead of each word
/// (<see cref="ClauseAhead"/>; null otherwise).
/// </summary>
internal readonly record struct PennTags(int[] Final, int[]? First, int[]? RunnerUp, int[]? Ahead = null);
