namespace Dossier.Entities.Kb;

/// <summary>A place-name match: the country it belongs to and what kind of name it is.</summary>
public sealed record KbPlace(string Iso3, PlaceKind Kind, string Name);
