namespace Dossier.Web.Api.Dto;

/// <summary>A sentence (or line, before the sentence splitter) that matched a search.</summary>
public sealed record SearchItem(SpanItem Span, string? Title, double Rank);
