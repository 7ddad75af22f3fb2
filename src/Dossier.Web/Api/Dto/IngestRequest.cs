namespace Dossier.Web.Api.Dto;

/// <summary>An article sent to <c>POST /api/articles</c>: only <c>text</c> is required (as in JSON Lines ingest).</summary>
public sealed record IngestRequest(string? Text, string? Source, string? Title, string? Published, string? Outlet, string? Url);

/// <summary>A page to fetch and ingest, for <c>POST /api/articles/fetch</c>.</summary>
public sealed record FetchRequest(string? Url);
