namespace Dossier.Claims;

/// <summary>A verb that attributes a proposition to its subject, with the position it takes and its kind.</summary>
/// <param name="Lemma">The verb's lemma, lower case.</param>
/// <param name="Position">One of <see cref="Positions"/>.</param>
/// <param name="Kind"><c>report</c> (plain reporting), <c>stance</c> (an explicit stance) or <c>accusation</c>.</param>
public sealed record CueVerb(string Lemma, string Position, string Kind)
{
    /// <summary>Whether a proposition under this verb is a claim whatever its predicate is.</summary>
    public bool AlwaysClaim => Kind is "stance" or "accusation";
}
