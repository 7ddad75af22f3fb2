namespace Dossier.Storage;

/// <summary>Which stored version of an article: its id and version number, without its body or metadata.</summary>
public readonly record struct ArticleVersion(string Id, int Version);
