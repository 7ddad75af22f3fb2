namespace Dossier.Web.Api.Dto;

/// <summary>What an ingest did: <c>inserted</c>, <c>new_version</c> or <c>unchanged</c>, and the article.</summary>
public sealed record IngestResponse(string Outcome, ArticleSummary Article);
