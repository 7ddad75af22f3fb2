using Dossier.Claims;

namespace Dossier.Corpus.Claims;

/// <summary>
/// The status of a claim from its stances: a source that retracts takes back its own earlier assertions; then
/// assertions (or confirmations) against denials make it <c>disputed</c>; denials alone <c>denied</c>; a
/// confirmation without denial <c>confirmed</c>; assertions alone <c>asserted</c>; anything else (questions only,
/// everything retracted) <c>unresolved</c>.
/// </summary>
public static class ClaimStatus
{
    public const string Asserted = "asserted";
    public const string Denied = "denied";
    public const string Disputed = "disputed";
    public const string Confirmed = "confirmed";
    public const string Unresolved = "unresolved";

    public static string Of(IReadOnlyList<Stance> stances)
    {
        ArgumentNullException.ThrowIfNull(stances);
        var retracted = stances.Where(s => s.Position == Positions.Retracts).Select(s => s.By ?? s.ByText).ToHashSet(StringComparer.Ordinal);
        var standing = stances.Where(s => s.Position != Positions.Retracts && !(s.Position is Positions.Asserts or Positions.Confirms && retracted.Contains(s.By ?? s.ByText))).ToList();
        bool asserts = standing.Any(s => s.Position is Positions.Asserts or Positions.Confirms);
        bool denies = standing.Any(s => s.Position == Positions.Denies);
        return (asserts, denies) switch
        {
            (true, true) => Disputed,
            (false, true) => Denied,
            (true, false) when standing.Any(s => s.Position == Positions.Confirms) => Confirmed,
            (true, false) => Asserted,
            _ => Unresolved,
        };
    }
}
