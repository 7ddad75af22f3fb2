namespace Dossier.Syntax;

/// <summary>
/// A configuration of the arc-eager transition system: a stack, the front of the buffer and the arcs built so far,
/// with the bookkeeping the features need (outermost children, valencies, label sets). Word 0 is the artificial
/// root, words 1..n the sentence.
/// </summary>
internal sealed class ParserState
{
    public ParserState(int words)
    {
        N = words;
        int size = words + 1;
        Stack = new int[size];
        Head = new int[size];
        Label = new int[size];
        Left1 = new int[size];
        Left2 = new int[size];
        Right1 = new int[size];
        Right2 = new int[size];
        LeftCount = new int[size];
        RightCount = new int[size];
        LeftLabels = new ulong[size];
        RightLabels = new ulong[size];
        Array.Fill(Head, -1);
        Array.Fill(Label, -1);
        Array.Fill(Left1, -1);
        Array.Fill(Left2, -1);
        Array.Fill(Right1, -1);
        Array.Fill(Right2, -1);
        Stack[0] = 0;
        Depth = 1;
        Front = 1;
    }

    /// <summary>The number of words (without the root).</summary>
    public int N { get; }

    public int[] Stack { get; }

    /// <summary>How many items are on the stack.</summary>
    public int Depth { get; set; }

    /// <summary>The first word of the buffer; the buffer is empty when it exceeds <see cref="N"/>.</summary>
    public int Front { get; set; }

    public int[] Head { get; }

    public int[] Label { get; }

    public int[] Left1 { get; }

    public int[] Left2 { get; }

    public int[] Right1 { get; }

    public int[] Right2 { get; }

    public int[] LeftCount { get; }

    public int[] RightCount { get; }

    public ulong[] LeftLabels { get; }

    public ulong[] RightLabels { get; }

    /// <summary>True once the root has a dependent (the sentence gets exactly one).</summary>
    public bool RootTaken { get; private set; }

    public bool Done => Front > N;

    /// <summary>The stack item <paramref name="i"/> from the top (0 = top), or -1.</summary>
    public int S(int i) => Depth - 1 - i >= 0 ? Stack[Depth - 1 - i] : -1;

    /// <summary>The buffer item <paramref name="i"/> from the front, or -1.</summary>
    public int B(int i) => Front + i <= N ? Front + i : -1;

    /// <summary>
    /// Makes this state a copy of <paramref name="other"/> (a state of the same sentence), reusing the arrays: the
    /// beam copies a few states per step and should not allocate.
    /// </summary>
    public void CopyFrom(ParserState other)
    {
        if (other.N != N)
        {
            throw new ArgumentException("DOS0218: parser states of different sentences cannot be copied.", nameof(other));
        }

        Array.Copy(other.Stack, Stack, other.Depth);
        Array.Copy(other.Head, Head, Head.Length);
        Array.Copy(other.Label, Label, Label.Length);
        Array.Copy(other.Left1, Left1, Left1.Length);
        Array.Copy(other.Left2, Left2, Left2.Length);
        Array.Copy(other.Right1, Right1, Right1.Length);
        Array.Copy(other.Right2, Right2, Right2.Length);
        Array.Copy(other.LeftCount, LeftCount, LeftCount.Length);
        Array.Copy(other.RightCount, RightCount, RightCount.Length);
        Array.Copy(other.LeftLabels, LeftLabels, LeftLabels.Length);
        Array.Copy(other.RightLabels, RightLabels, RightLabels.Length);
        Depth = other.Depth;
        Front = other.Front;
        RootTaken = other.RootTaken;
    }

    public void AddArc(int head, int dependent, int label)
    {
        Head[dependent] = head;
        Label[dependent] = label;
        ulong bit = 1UL << (label & 63);
        if (head == 0)
        {
            RootTaken = true;
        }

        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= bit;
            if (Left1[head] == -1 || dependent < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dependent;
            }
            else if (Left2[head] == -1 || dependent < Left2[head])
            {
                Left2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= bit;
            if (Right1[head] == -1 || dependent > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dependent;
            }
            else if (Right2[head] == -1 || dependent > Right2[head])
            {
                Right2[head] = dependent;
            }
        }
    }
}
