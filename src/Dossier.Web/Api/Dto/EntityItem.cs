namespace Dossier.Web.Api.Dto;

/// <summary>
/// An entity as the per-article stages see it: mentions grouped by resolved id, or by type and name where no id was
/// given (cross-article resolution is not built yet).
/// </summary>
public sealed record EntityItem(string Key, string? Entity, string Name, string Type, IReadOnlyList<string> Names, int Mentions, IReadOnlyList<string> Articles);
