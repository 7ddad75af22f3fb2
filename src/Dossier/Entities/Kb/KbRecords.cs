namespace Dossier.Entities.Kb;

/// <summary>A country of the knowledge base.</summary>
public sealed record KbCountry(string Iso3, string Name, IReadOnlyList<string> Aliases, IReadOnlyList<string> Adjectives, IReadOnlyList<string> Demonyms, IReadOnlyList<string> Capitals);

/// <summary>An international organisation.</summary>
public sealed record KbOrganization(string Id, string Abbreviation, string Name, IReadOnlyList<string> Aliases, string Kind, string Code);

/// <summary>A dated role of a person in the knowledge base; dates are ISO strings at the known granularity.</summary>
public sealed record KbRole(string Title, string Of, string Sector, string? From, string? To, string Source);

/// <summary>A person the knowledge base knows, with their roles over time.</summary>
public sealed record KbPerson(string Id, string Name, IReadOnlyList<string> Aliases, string Country, IReadOnlyList<KbRole> Roles);

/// <summary>What a place name means: a country, its capital, or its adjective/demonym.</summary>
public enum PlaceKind
{
    Country,
    Capital,
    Adjective,

    /// <summary>Another place in the country (a city, a region).</summary>
    City,
}

/// <summary>A place-name match: the country it belongs to and what kind of name it is.</summary>
public sealed record KbPlace(string Iso3, PlaceKind Kind, string Name);

/// <summary>A seat of government or institution standing for a country's government (or military, legislature).</summary>
public sealed record KbMetonym(string Iso3, string Sector, string Note);
