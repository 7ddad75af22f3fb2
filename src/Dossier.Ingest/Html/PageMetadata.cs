namespace Dossier.Ingest.Html;

/// <summary>The metadata read from a page's markup before its body is extracted.</summary>
internal sealed record PageMetadata(
    string? Title,
    DateOnly? Published,
    DateOnly? Modified,
    string? Outlet,
    IReadOnlyList<string> Authors,
    string? CanonicalUrl,
    string? Language,
    string? JsonLdArticleBody = null,
    string? Description = null);
