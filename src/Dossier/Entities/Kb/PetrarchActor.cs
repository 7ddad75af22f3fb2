namespace Dossier.Entities.Kb;

/// <summary>
/// One entry of a PETRARCH/TABARI actors dictionary: its names (underscores read as spaces) and codes, each
/// optionally dated (<c>[RUSGOV 000507-080507]</c>). <see cref="InlineCode"/> is a code given on the name line,
/// which marks countries and organisations; people carry only dated, indented codes.
/// </summary>
public sealed record PetrarchActor(IReadOnlyList<string> Names, string? InlineCode, IReadOnlyList<string> Codes)
{
    /// <summary>
    /// The entry's current country code when it is a country: the inline code, or a dated open-ended one
    /// (<c>[KAZ &gt;911221]</c>); null for people and organisations.
    /// </summary>
    public string? CountryCode =>
        InlineCode is { Length: 3 } ? InlineCode
        : Codes.Select(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(p => p.Length == 2 && p[0].Length == 3 && p[1].StartsWith('>') && p[0].All(char.IsAsciiLetterUpper))
            .Select(p => p[0])
            .LastOrDefault();
}
