namespace Dossier.Web.Api.Dto;

/// <summary>A temporal expression with its TimeML type and normalized value.</summary>
public sealed record TimexItem(SpanItem Span, string Type, string? Value, string Anchor);
