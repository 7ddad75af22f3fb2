namespace Dossier.Events.Lexicon;

/// <summary>
/// A verb pattern: elements that must appear before the verb, elements that must appear in the verb's own phrase
/// after it, and the CAMEO code it gives (<see cref="PairedCode"/> is the code of the reverse event, for
/// <c>[042:043]</c>-style pairs). <see cref="Origin"/> names the file and line it came from.
/// </summary>
public sealed record VerbPattern(IReadOnlyList<PatternElement> Before, IReadOnlyList<PatternElement> After, string Code, string? PairedCode, string Origin)
{
    /// <summary>
    /// The literal words the pattern cannot match without (synsets aside), upper case without plural marks: a
    /// sentence lacking any of them is skipped before matching, which keeps large dictionaries fast.
    /// </summary>
    public IReadOnlyList<string> Anchors { get; } = Before.Concat(After).SelectMany(AnchorsOf).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>The number of words the pattern requires; the most specific matching pattern wins.</summary>
    public int Weight => Before.Sum(e => e.Weight) + After.Sum(e => e.Weight);

    private static IEnumerable<string> AnchorsOf(PatternElement e) => e.Kind switch
    {
        PatternElementKind.Term => e.Words.Where(w => !w.StartsWith('&')).Select(w => w.TrimEnd('_')),
        PatternElementKind.Preposition => (e.Preposition is { } p ? [p] : Array.Empty<string>()).Concat(e.Inner is null ? [] : AnchorsOf(e.Inner)),
        _ => [],
    };

    public bool HasMarker(PatternElementKind kind) => Before.Any(e => e.Kind == kind) || After.Any(e => e.Kind == kind || e.Inner?.Kind == kind);

    /// <summary>The pattern in PETRARCH's notation (<c>* (FOR AID)</c>), for reports and the derived lexicon.</summary>
    public string Text => string.Join(' ', Before.Select(e => e.ToString()).Append("*").Concat(After.Select(e => e.ToString())));
}
