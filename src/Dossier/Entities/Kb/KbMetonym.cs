namespace Dossier.Entities.Kb;

/// <summary>A seat of government or institution standing for a country's government (or military, legislature).</summary>
public sealed record KbMetonym(string Iso3, string Sector, string Note);
