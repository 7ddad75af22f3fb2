namespace Dossier.Web.Api.Dto;

/// <summary>An event found in one article: CAMEO code, actors, date, modality, and the sentence that reports it.</summary>
public sealed record EventItem(string Code, string Label, SpanItem Trigger, SpanItem Evidence, string? Date, string Modality,
    IReadOnlyList<ActorItem> Sources, IReadOnlyList<ActorItem> Targets, string? Outlet);

/// <summary>An event actor: the text naming it, its entity and actor code.</summary>
public sealed record ActorItem(string Text, string? Entity, string? Code);
