namespace Dossier.Entities.Kb;

/// <summary>What a place name means: a country, its capital, or its adjective/demonym.</summary>
public enum PlaceKind
{
    Country,
    Capital,
    Adjective,

    /// <summary>Another place in the country (a city, a region).</summary>
    City,
}
