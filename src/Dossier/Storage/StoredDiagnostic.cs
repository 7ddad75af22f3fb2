namespace Dossier.Storage;

/// <summary>A diagnostic recorded on an article when it was processed.</summary>
public sealed record StoredDiagnostic(string ArticleId, int Version, string Code, string Stage, string Message);
