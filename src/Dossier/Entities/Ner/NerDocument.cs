namespace Dossier.Entities.Ner;

/// <summary>A document of a NER corpus: sentences in order (document-level features look back over them).</summary>
public sealed record NerDocument(string Id, IReadOnlyList<NerSentence> Sentences);
