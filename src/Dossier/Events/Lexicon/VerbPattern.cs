namespace Dossier.Events.Lexicon;

/// <summary>
/// A verb pattern: elements that must appear before the verb, elements that must appear in the verb's own phrase
/// after it, and the CAMEO code it gives (<see cref="PairedCode"/> is the code of the reverse event, for
/// <c>[042:043]</c>-style pairs). <see cref="Origin"/> names the file and line it came from.
/// </summary>
public sealed record VerbPattern(IReadOnlyList<PatternElement> Before, IReadOnlyList<PatternElement> After, string Code, string? PairedCode, string Origin)
{
    /// <summary>The number of words the pattern requires; the most specific matching pattern wins.</summary>
    public int Weight => Before.Sum(e => e.Weight) + After.Sum(e => e.Weight);

    public bool HasMarker(PatternElementKind kind) => Before.Any(e => e.Kind == kind) || After.Any(e => e.Kind == kind || e.Inner?.Kind == kind);

    /// <summary>The pattern in PETRARCH's notation (<c>* (FOR AID)</c>), for reports and the derived lexicon.</summary>
    public string Text => string.Join(' ', Before.Select(e => e.ToString()).Append("*").Concat(After.Select(e => e.ToString())));
}
