namespace Dossier.Events.Petrarch;

/// <summary>An actor code valid between two days (inclusive; either end open), as PETRARCH's <c>[USAGOV 450703-470121]</c>.</summary>
public sealed record DatedCode(string Code, DateOnly? From, DateOnly? To)
{
    public bool Covers(DateOnly day) => (From is null || day >= From) && (To is null || day <= To);

    public bool IsDefault => From is null && To is null;
}
