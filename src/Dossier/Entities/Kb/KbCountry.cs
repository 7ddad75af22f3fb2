namespace Dossier.Entities.Kb;

/// <summary>A country of the knowledge base.</summary>
public sealed record KbCountry(string Iso3, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Adjectives, IReadOnlyList<string> Demonyms, IReadOnlyList<string> Capitals);
