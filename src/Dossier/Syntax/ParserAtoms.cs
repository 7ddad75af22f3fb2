namespace Dossier.Syntax;

/// <summary>
/// The positions of one parser state that its features read (stack top and second item, buffer front and its
/// successors, the stack top's head and grandparent, the outermost children of the stack top and the buffer front),
/// with their labels, valencies and label sets: read once per state, then shared by every template group of
/// <see cref="ParserFeatures"/> and by the memo keys of <see cref="BeamScoreMemo"/>. Positions are word indexes (0
/// the root) or -1 when absent.
/// </summary>
internal readonly struct ParserAtoms
{
    public ParserAtoms(ParserState c)
    {
        State = c;
        S0 = c.S(0);
        S1 = c.S(1);
        N0 = c.B(0);
        N1 = c.B(1);
        N2 = c.B(2);
        S0h = S0 >= 0 ? c.Head[S0] : -1;
        S0h2 = S0h >= 0 ? c.Head[S0h] : -1;
        S0l = S0 >= 0 ? c.Left1[S0] : -1;
        S0l2 = S0 >= 0 ? c.Left2[S0] : -1;
        S0r = S0 >= 0 ? c.Right1[S0] : -1;
        S0r2 = S0 >= 0 ? c.Right2[S0] : -1;
        N0l = N0 >= 0 ? c.Left1[N0] : -1;
        N0l2 = N0 >= 0 ? c.Left2[N0] : -1;
        S0HasHead = S0 > 0 && c.Head[S0] >= 0;
    }

    public ParserState State { get; }

    public int S0 { get; }

    public int S1 { get; }

    public int N0 { get; }

    public int N1 { get; }

    public int N2 { get; }

    public int S0h { get; }

    public int S0h2 { get; }

    public int S0l { get; }

    public int S0l2 { get; }

    public int S0r { get; }

    public int S0r2 { get; }

    public int N0l { get; }

    public int N0l2 { get; }

    public bool S0HasHead { get; }

    /// <summary>The label id of word <paramref name="i"/>'s arc plus one, 0 when it has none or is absent.</summary>
    public ulong L(int i) => i >= 0 ? (ulong)(State.Label[i] + 1) : 0;
}
