namespace Dossier.Corpus.EventMerging;

/// <summary>An actor of a merged event: its entity id (or actor code when unresolved), country, actor code and the names it goes by.</summary>
public sealed record EventParticipant(string Id, string? Country, string? Code, string Name)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>True for a person or an organisation: sharing one says more than sharing a country.</summary>
    public bool Specific { get; init; }

    /// <summary>
    /// Whether a query names this actor: an entity id; a country or actor code in capitals (<c>IRN</c> matches every
    /// Iranian actor, <c>RUSGOV</c> the Russian government's), or an exact name; otherwise part of a name or alias.
    /// </summary>
    public bool Matches(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (string.Equals(Id, query, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        if (query.Length >= 3 && query.All(char.IsAsciiLetterUpper))
        {
            return string.Equals(Country, query, StringComparison.Ordinal)
                || (Code is { } code && code.StartsWith(query, StringComparison.Ordinal))
                || string.Equals(Name, query, StringComparison.OrdinalIgnoreCase)
                || Aliases.Any(a => string.Equals(a, query, StringComparison.OrdinalIgnoreCase));
        }

        return Name.Contains(query, StringComparison.OrdinalIgnoreCase) || Aliases.Any(a => a.Contains(query, StringComparison.OrdinalIgnoreCase));
    }
}
