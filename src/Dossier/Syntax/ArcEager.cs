namespace Dossier.Syntax;

/// <summary>
/// The arc-eager transition system (Nivre 2003) with the root at the bottom of the stack and a single-root
/// constraint, and its dynamic oracle (Goldberg &amp; Nivre 2012): the cost of a transition is the number of gold
/// arcs it makes unreachable. Transition ids: 0 shift, 1 reduce, 2 + 2l left-arc with label l, 3 + 2l right-arc.
/// </summary>
internal static class ArcEager
{
    public const int Shift = 0;
    public const int Reduce = 1;

    public static int Count(int labels) => 2 + (2 * labels);

    public static bool IsLeft(int t) => t >= 2 && (t & 1) == 0;

    public static bool IsRight(int t) => t >= 2 && (t & 1) == 1;

    public static int LabelOf(int t) => (t - 2) >> 1;

    public static int Left(int label) => 2 + (2 * label);

    public static int Right(int label) => 3 + (2 * label);

    /// <summary>Whether transition <paramref name="t"/> is of a kind <see cref="Valid"/> allows.</summary>
    public static bool Allows((bool Shift, bool Reduce, bool Left, bool Right) valid, int t) =>
        t == Shift ? valid.Shift : t == Reduce ? valid.Reduce : IsLeft(t) ? valid.Left : valid.Right;

    /// <summary>Which kinds of transition are allowed: shift, reduce, left-arc, right-arc.</summary>
    public static (bool Shift, bool Reduce, bool Left, bool Right) Valid(ParserState c)
    {
        int s0 = c.S(0);
        bool buffer = !c.Done;
        bool hasHead = s0 > 0 && c.Head[s0] >= 0;
        return (
            buffer,
            s0 > 0 && hasHead,
            buffer && s0 > 0 && !hasHead,
            buffer && s0 >= 0 && (s0 != 0 || !c.RootTaken));
    }

    public static void Apply(ParserState c, int t)
    {
        int s0 = c.S(0);
        int b = c.Front;
        if (t == Shift)
        {
            c.Stack[c.Depth++] = b;
            c.Front++;
        }
        else if (t == Reduce)
        {
            c.Depth--;
        }
        else if (IsLeft(t))
        {
            c.AddArc(b, s0, LabelOf(t));
            c.Depth--;
        }
        else
        {
            c.AddArc(s0, b, LabelOf(t));
            c.Stack[c.Depth++] = b;
            c.Front++;
        }
    }

    /// <summary>
    /// The unlabeled costs of shift, reduce, left-arc and right-arc under a projective gold tree
    /// (<paramref name="gold"/>[d] is the gold head of word d, 0 for the root).
    /// </summary>
    public static (int Shift, int Reduce, int Left, int Right) Costs(ParserState c, int[] gold)
    {
        int s0 = c.S(0);
        int b = c.Front;
        int shift = 0, reduce = 0, left = 0, right = 0;
        if (!c.Done)
        {
            // Shift: b can no longer take a head or headless dependents from the stack.
            // Right-arc: b takes s0 as head, losing its gold head elsewhere and headless dependents on the stack.
            int gb = gold[b];
            for (int i = 0; i < c.Depth; i++)
            {
                int k = c.Stack[i];
                if (gb == k)
                {
                    shift++;
                    if (k != s0)
                    {
                        right++;
                    }
                }

                if (k > 0 && c.Head[k] < 0 && gold[k] == b)
                {
                    shift++;
                    right++;
                }
            }

            if (gb > b)
            {
                right++;
            }
        }

        if (s0 > 0)
        {
            // Reduce and left-arc pop s0: its gold dependents in the buffer are lost; left-arc also loses a gold
            // head of s0 further in the buffer.
            int lostDependents = 0;
            for (int k = b; k <= c.N; k++)
            {
                if (gold[k] == s0)
                {
                    lostDependents++;
                }
            }

            reduce = lostDependents;
            left = lostDependents + (gold[s0] > b ? 1 : 0);
        }

        return (shift, reduce, left, right);
    }

    /// <summary>
    /// The gold derivation of a projective tree (the static oracle the beam is trained towards): from each state, the
    /// first zero-cost transition of left-arc, right-arc, reduce, shift, with the gold relation on arcs. Reduce comes
    /// before shift, so a word is popped as soon as it has its head and all its dependents.
    /// </summary>
    public static List<int> GoldDerivation(int words, int[] gold, int[] goldLabels)
    {
        var state = new ParserState(words);
        var path = new List<int>(2 * words);
        while (!state.Done)
        {
            var (shift, reduce, left, right) = Valid(state);
            var (cs, cr, cl, cra) = Costs(state, gold);
            int t = left && cl == 0 ? Left(goldLabels[state.S(0)])
                : right && cra == 0 ? Right(goldLabels[state.Front])
                : reduce && cr == 0 ? Reduce
                : shift && cs == 0 ? Shift
                : throw new InvalidOperationException("DOS0219: the tree has no zero-cost derivation; is it projective?");
            Apply(state, t);
            path.Add(t);
        }

        return path;
    }
}
