namespace Dossier.Entities.Ner;

/// <summary>A sentence of a NER corpus: its words and gold entity spans with type names.</summary>
public sealed record NerSentence(string[] Words, IReadOnlyList<(int Start, int End, string Type)> Entities);
