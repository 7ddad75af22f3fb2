namespace Dossier.Claims;

/// <summary>
/// A proposition predicate of <c>resources/en/claims/predicates.tsv</c>: its name, what it must be about
/// (<c>agreement</c>, <c>theme:NAME</c> or <c>-</c>), the class it contradicts, the agreement state it gives when
/// asserted, and the template a claim about it is worded with.
/// </summary>
public sealed record PredicateClass(string Name, string Object, string? Contrary, string? AgreementState, string Template)
{
    /// <summary>Whether the predicate only counts when it is about an agreement.</summary>
    public bool NeedsAgreement => Object == "agreement";

    /// <summary>The theme its arguments must name (<c>weapons</c>), or null.</summary>
    public string? Theme => Object.StartsWith("theme:", StringComparison.Ordinal) ? Object["theme:".Length..] : null;
}
