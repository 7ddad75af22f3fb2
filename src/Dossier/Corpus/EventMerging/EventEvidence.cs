namespace Dossier.Corpus.EventMerging;

/// <summary>One report's evidence: the sentence of an article (character offsets into its body) that reports the event.</summary>
public sealed record EventEvidence(string Article, int Start, int End);
