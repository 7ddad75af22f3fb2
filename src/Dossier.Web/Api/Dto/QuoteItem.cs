namespace Dossier.Web.Api.Dto;

/// <summary>A quote or reported statement with its speaker, reporting verb and outlet.</summary>
public sealed record QuoteItem(SpanItem Span, string Kind, string? Speaker, string? SpeakerEntity, string? Verb, string? VerbClass, string? Outlet, string? Published);
