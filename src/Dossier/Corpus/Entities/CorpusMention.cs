namespace Dossier.Corpus.Entities;

/// <summary>A mention of an entity: the article, the offsets in its stored body, and the text there.</summary>
public sealed record CorpusMention(string Article, int Start, int End, string Text);
