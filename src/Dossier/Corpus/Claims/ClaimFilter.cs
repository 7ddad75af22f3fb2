namespace Dossier.Corpus.Claims;

/// <summary>Finds the claims about something: the text occurs (ignoring case) in the proposition, the predicate, what it is about, a participant, a source's name or words, or the evidence.</summary>
public static class ClaimFilter
{
    public static bool Matches(Claim claim, string about)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(about);
        bool Has(string? s) => s is not null && s.Contains(about, StringComparison.OrdinalIgnoreCase);
        return Has(claim.Proposition) || Has(claim.Predicate) || Has(claim.About) || claim.Participants.Any(Has)
            || claim.Stances.Any(s => Has(s.ByText) || Has(s.By) || Has(s.Proposition?.Text) || Has(s.Evidence.Text));
    }
}
