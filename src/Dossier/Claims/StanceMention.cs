using Dossier.Model;

namespace Dossier.Claims;

/// <summary>
/// One source's stance towards one proposition in one article: who (when the text says), which position, through
/// which cue ("reported", "denied", "not the case", a quotation), about what, when, and the evidence.
/// </summary>
/// <param name="Position">One of <see cref="Positions"/>.</param>
/// <param name="Cue">The lemma of the word that carries the stance.</param>
/// <param name="Evidence">The sentence (or the sentences of a quotation) that says so.</param>
/// <param name="Date">The date the stance was taken, when the sentence gives one.</param>
public sealed record StanceMention(SourceRef Source, string Position, string Cue, PropositionRef Proposition, TextSpan Evidence, string? Date)
{
    /// <summary>Whether the cue makes it a claim whatever its predicate (an explicit stance, an accusation, a falsity word).</summary>
    public bool Explicit { get; init; }

    /// <summary>The index (in the article's list) of the stance whose proposition this one answers ("this was not the case").</summary>
    public int? Answers { get; init; }

    /// <summary>Whether the position was read from a contrary predicate ("work continues" against "work was suspended").</summary>
    public bool Contrary { get; init; }
}
