namespace Dossier.Revisions;

/// <summary>A metadata field whose value differs between two versions (null where it was unset).</summary>
public sealed record FieldChange(string Field, string? Old, string? New);
