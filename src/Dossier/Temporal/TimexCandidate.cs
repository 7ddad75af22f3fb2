namespace Dossier.Temporal;

/// <summary>
/// A phase-one match: the span, the rule that found it and its underspecified value (the rule's template filled
/// from the match, still holding functions such as <c>near(weekday,4)</c> for phase two), or null when the template
/// could not be filled.
/// </summary>
public sealed record TimexCandidate(int Start, int End, TemporalRule Rule, string? RawValue)
{
    /// <summary>The rule's point template filled from the match (<c>anchor(year,-6)</c>), when the rule has one.</summary>
    public string? RawPoint { get; init; }

    public int Length => End - Start;
}
