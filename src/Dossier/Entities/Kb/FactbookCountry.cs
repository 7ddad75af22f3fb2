namespace Dossier.Entities.Kb;

/// <summary>The fields of one CIA World Factbook profile that the knowledge base uses, cleaned of HTML.</summary>
public sealed record FactbookCountry(
    string Gec,
    string Region,
    string? LongName,
    string? ShortName,
    string? LocalLongName,
    string? LocalShortName,
    string? Former,
    string? Abbreviation,
    string? Capital,
    string? NationalityNoun,
    string? Adjective,
    string? ChiefOfState,
    string? HeadOfGovernment,
    IReadOnlyList<string> Divisions,
    IReadOnlyList<string> Parties);
