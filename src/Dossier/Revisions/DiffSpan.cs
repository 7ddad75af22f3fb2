namespace Dossier.Revisions;

/// <summary>A run of words in a changed paragraph, with how it fares (equal, removed or added).</summary>
public sealed record DiffSpan(DiffKind Kind, string Text);
