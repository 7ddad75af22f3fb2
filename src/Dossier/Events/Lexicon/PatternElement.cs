namespace Dossier.Events.Lexicon;

/// <summary>What a pattern element stands for.</summary>
public enum PatternElementKind
{
    /// <summary>A word or phrase (<c>AID</c>, <c>{FINANCIAL AID}</c>, <c>&amp;CURRENCY</c>); its last word is the head.</summary>
    Term,

    /// <summary>A prepositional phrase <c>(FOR AID)</c>, or a bare preposition <c>(WITH)</c>.</summary>
    Preposition,

    /// <summary><c>$</c>: the source actor sits here.</summary>
    Source,

    /// <summary><c>+</c>: the target actor sits here.</summary>
    Target,

    /// <summary><c>^</c>: a word to skip (PETRARCH's location/skip marker).</summary>
    Skip,

    /// <summary><c>%</c>: the subject is a compound actor acting on itself.</summary>
    Compound,
}

/// <summary>
/// One element of a verb pattern. A term's <see cref="Words"/> are upper-case literals or synset references
/// (<c>&amp;NAME</c>); a literal ending in <c>_</c> takes no plural. A preposition keeps its word in
/// <see cref="Preposition"/> and its object, if any, in <see cref="Inner"/>.
/// </summary>
public sealed record PatternElement(PatternElementKind Kind, IReadOnlyList<string> Words, string? Preposition = null, PatternElement? Inner = null)
{
    public static PatternElement Marker(PatternElementKind kind) => new(kind, []);

    /// <summary>How many words this element needs to match: the pattern's specificity.</summary>
    public int Weight => Kind switch
    {
        PatternElementKind.Term => Words.Count,
        PatternElementKind.Preposition => 1 + (Inner?.Weight ?? 0),
        _ => 0,
    };

    public override string ToString() => Kind switch
    {
        PatternElementKind.Term => Words.Count == 1 ? Words[0] : "{" + string.Join(' ', Words) + "}",
        PatternElementKind.Preposition => Inner is null ? $"({Preposition})" : $"({Preposition} {Inner})",
        PatternElementKind.Source => "$",
        PatternElementKind.Target => "+",
        PatternElementKind.Skip => "^",
        _ => "%",
    };
}
