namespace Dossier.Entities.Ner;

/// <summary>A sentence of a NER corpus: its words and gold entity spans with type names.</summary>
public sealed record NerSentence(string[] Words, IReadOnlyList<(int Start, int End, string Type)> Entities);

/// <summary>A document of a NER corpus: sentences in order (document-level features look back over them).</summary>
public sealed record NerDocument(string Id, IReadOnlyList<NerSentence> Sentences);
