namespace Dossier.Revisions;

/// <summary>
/// One paragraph of a revision diff. <see cref="OldIndex"/> and <see cref="NewIndex"/> are 0-based paragraph numbers
/// in each version (null where the paragraph is absent). A changed paragraph carries its word-level spans.
/// </summary>
public sealed record ParagraphDiff(DiffKind Kind, int? OldIndex, int? NewIndex, string? OldText, string? NewText, IReadOnlyList<DiffSpan> Words);
