namespace Dossier.Events.Lexicon;

/// <summary>
/// A verb as the lexicon knows it: its lemma, the particle words that must follow it (<c>BREAK DOWN</c>) or precede
/// it (<c>WIRE TAP</c>), the code of the bare verb (null: the bare verb is no event) and the patterns of its block.
/// </summary>
public sealed record VerbSense(string Lemma, IReadOnlyList<string> Before, IReadOnlyList<string> After, string? Code, string? PairedCode, IReadOnlyList<VerbPattern> Patterns, string Block)
{
    /// <summary>Words besides the verb itself; multiword senses are preferred when they match.</summary>
    public int ExtraWords => Before.Count + After.Count;
}
