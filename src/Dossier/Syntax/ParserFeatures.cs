namespace Dossier.Syntax;

/// <summary>
/// The parser's feature templates: those of Zhang &amp; Nivre (2011) for arc-eager (words and tags of the stack top,
/// the buffer front and its successors, their heads and outermost children, distance, valency and label sets) and a
/// few more (the second stack item, universal tags, whether the stack top has its head).
/// </summary>
internal static class ParserFeatures
{
    public const int Max = 100;

    /// <summary>How many features <see cref="Extract"/> writes: 94 with cluster features, 84 without.</summary>
    public static int Count(bool clusters) => clusters ? 94 : 84;

    /// <summary>
    /// The templates (numbered from 1, as <see cref="Extract"/> writes them: template t at position t - 1) grouped by
    /// the part of the state they read, for <see cref="BeamScoreMemo"/>: the states of a beam, and the same state's
    /// successors, share most of these parts (the same buffer front, the same stack top), so a group's summed weights
    /// are looked up once and reused. Every template is in exactly one group; the grouping changes which sums are
    /// shared, never a score.
    /// </summary>
    public static readonly int[][] Groups =
    [
        // The buffer alone: words, tags and clusters of n0, n1, n2 (and the bias).
        [4, 5, 6, 7, 8, 9, 10, 11, 12, 20, 21, 78, 81, 84, 86, 92],

        // The stack top's word and tag.
        [1, 2, 3, 77, 85],

        // The stack top's and the buffer's words and tags together, without arcs.
        [13, 14, 15, 16, 17, 18, 19, 22, 27, 28, 29, 30, 31, 32, 76, 79, 87, 88, 89, 90, 91],

        // The stack top's head and grandparent (fixed once the stack top has its head).
        [39, 40, 41, 51, 52, 53, 65],

        // The stack top's left children (fixed once it is on the stack).
        [35, 36, 42, 43, 44, 54, 55, 56, 63, 69, 70],

        // The stack top's right children.
        [33, 34, 45, 46, 47, 57, 58, 59, 64, 67, 68],

        // The stack top's head with the buffer front.
        [23, 80, 82, 93, 94],

        // The outermost children of the stack top and the buffer front, with both.
        [24, 25, 26],

        // The buffer front's left children.
        [37, 38, 48, 49, 50, 60, 61, 62, 66, 71, 72],

        // The second stack item.
        [73, 74, 75, 83],
    ];

    /// <summary>
    /// Feature templates over the state. <paramref name="w"/>, <paramref name="p"/> and <paramref name="u"/> hold
    /// word hashes, Penn tag ids and universal tag ids per word (index 0 the root), all nonzero; <paramref name="clusters"/>
    /// their word clusters, or null for a parser without cluster features. Template t is written at position t - 1.
    /// </summary>
    public static int Extract(ParserState c, ulong[] w, ulong[] p, ulong[] u, WordCluster[]? clusters, Span<ulong> f)
    {
        var a = new ParserAtoms(c);
        for (int g = 0; g < Groups.Length; g++)
        {
            ExtractGroup(g, in a, w, p, u, clusters, f);
        }

        return Count(clusters is not null);
    }

    // The positions (template t at t - 1) of the features of one item's children on one side, in the order
    // Children writes them: valency with the item's word and tag; the word, tag and label of the outermost child and
    // of the one next to it; the item's tag with both children's tags; the set of child labels with word and tag.
    private static readonly int[] LeftOfStackTop = [34, 35, 41, 42, 43, 53, 54, 55, 62, 68, 69];
    private static readonly int[] RightOfStackTop = [32, 33, 44, 45, 46, 56, 57, 58, 63, 66, 67];
    private static readonly int[] LeftOfBufferFront = [36, 37, 47, 48, 49, 59, 60, 61, 65, 70, 71];

    /// <summary>
    /// Writes the features of one side's children of an item (word <paramref name="word"/>, tag
    /// <paramref name="tag"/>) at <paramref name="slots"/>: the stack top's left and right children and the buffer
    /// front's left children use the same templates at different positions.
    /// </summary>
    private static void Children(Span<ulong> f, ReadOnlySpan<int> slots, ulong word, ulong tag, ulong valency, ulong labels, in ParserAtoms a, int first, int second, ulong[] w, ulong[] p)
    {
        ulong W(int i) => i >= 0 ? w[i] : 0;
        ulong P(int i) => i >= 0 ? p[i] : 0;
        f[slots[0]] = FeatureHash.Of(slots[0] + 1, word, valency);
        f[slots[1]] = FeatureHash.Of(slots[1] + 1, tag, valency);
        f[slots[2]] = FeatureHash.Of(slots[2] + 1, W(first));
        f[slots[3]] = FeatureHash.Of(slots[3] + 1, P(first));
        f[slots[4]] = FeatureHash.Of(slots[4] + 1, a.L(first));
        f[slots[5]] = FeatureHash.Of(slots[5] + 1, W(second));
        f[slots[6]] = FeatureHash.Of(slots[6] + 1, P(second));
        f[slots[7]] = FeatureHash.Of(slots[7] + 1, a.L(second));
        f[slots[8]] = FeatureHash.Of(slots[8] + 1, tag, P(first), P(second));
        f[slots[9]] = FeatureHash.Of(slots[9] + 1, word, labels);
        f[slots[10]] = FeatureHash.Of(slots[10] + 1, tag, labels);
    }

    /// <summary>
    /// Writes the templates of group <paramref name="group"/> of <see cref="Groups"/> at their positions (template t
    /// at t - 1) and no others.
    /// </summary>
    public static void ExtractGroup(int group, in ParserAtoms a, ulong[] w, ulong[] p, ulong[] u, WordCluster[]? clusters, Span<ulong> f)
    {
        var c = a.State;
        int s0 = a.S0, s1 = a.S1, n0 = a.N0, n1 = a.N1, n2 = a.N2;
        ulong W(int i) => i >= 0 ? w[i] : 0;
        ulong P(int i) => i >= 0 ? p[i] : 0;
        ulong U(int i) => i >= 0 ? u[i] : 0;
        ulong s0w = W(s0), s0p = P(s0), n0w = W(n0), n0p = P(n0), n1w = W(n1), n1p = P(n1), n2p = P(n2);
        ulong s0HasHead = a.S0HasHead ? 2UL : 1UL;

        // Cluster features after Koo et al. (2008): a middle prefix (a fine word class) and a long one (near the word
        // itself) stand in for words, alone and paired with the other item's tag, so rare words share weights with
        // frequent words of the same distribution.
        var none = new WordCluster(0, 0, 0);
        WordCluster K(int i) => i >= 0 && clusters is not null ? clusters[i] : none;
        switch (group)
        {
            case 0:
                f[3] = FeatureHash.Of(4, n0w, n0p);
                f[4] = FeatureHash.Of(5, n0w);
                f[5] = FeatureHash.Of(6, n0p);
                f[6] = FeatureHash.Of(7, n1w, n1p);
                f[7] = FeatureHash.Of(8, n1w);
                f[8] = FeatureHash.Of(9, n1p);
                f[9] = FeatureHash.Of(10, W(n2), n2p);
                f[10] = FeatureHash.Of(11, W(n2));
                f[11] = FeatureHash.Of(12, n2p);
                f[19] = FeatureHash.Of(20, n0p, n1p);
                f[20] = FeatureHash.Of(21, n0p, n1p, n2p);
                f[77] = FeatureHash.Of(78, U(n0), n0w);
                f[80] = FeatureHash.Of(81, n0w, n1w);
                f[83] = FeatureHash.Of(84, 1);
                if (clusters is not null)
                {
                    f[85] = FeatureHash.Of(86, K(n0).Middle);
                    f[91] = FeatureHash.Of(92, K(n0).Middle, K(n1).Middle);
                }

                break;
            case 1:
                f[0] = FeatureHash.Of(1, s0w, s0p);
                f[1] = FeatureHash.Of(2, s0w);
                f[2] = FeatureHash.Of(3, s0p);
                f[76] = FeatureHash.Of(77, U(s0), s0w);
                if (clusters is not null)
                {
                    f[84] = FeatureHash.Of(85, K(s0).Middle);
                }

                break;
            case 2:
            {
                ulong d = s0 >= 0 && n0 >= 0 ? (ulong)Math.Min(n0 - s0, 10) : 0;
                f[12] = FeatureHash.Of(13, s0w, s0p, n0w, n0p);
                f[13] = FeatureHash.Of(14, s0w, s0p, n0w);
                f[14] = FeatureHash.Of(15, s0w, n0w, n0p);
                f[15] = FeatureHash.Of(16, s0w, s0p, n0p);
                f[16] = FeatureHash.Of(17, s0p, n0w, n0p);
                f[17] = FeatureHash.Of(18, s0w, n0w);
                f[18] = FeatureHash.Of(19, s0p, n0p);
                f[21] = FeatureHash.Of(22, s0p, n0p, n1p);
                f[26] = FeatureHash.Of(27, s0w, d);
                f[27] = FeatureHash.Of(28, s0p, d);
                f[28] = FeatureHash.Of(29, n0w, d);
                f[29] = FeatureHash.Of(30, n0p, d);
                f[30] = FeatureHash.Of(31, s0w, n0w, d);
                f[31] = FeatureHash.Of(32, s0p, n0p, d);
                f[75] = FeatureHash.Of(76, U(s0), U(n0));
                f[78] = FeatureHash.Of(79, U(s0), U(n0), U(n1));
                if (clusters is not null)
                {
                    WordCluster k0 = K(s0), kn0 = K(n0);
                    f[86] = FeatureHash.Of(87, k0.Long, kn0.Long);
                    f[87] = FeatureHash.Of(88, k0.Middle, kn0.Middle);
                    f[88] = FeatureHash.Of(89, k0.Middle, n0p);
                    f[89] = FeatureHash.Of(90, s0p, kn0.Middle);
                    f[90] = FeatureHash.Of(91, k0.Long, n0p, d);
                }

                break;
            }

            case 3:
                f[38] = FeatureHash.Of(39, W(a.S0h));
                f[39] = FeatureHash.Of(40, P(a.S0h));
                f[40] = FeatureHash.Of(41, a.L(s0));
                f[50] = FeatureHash.Of(51, W(a.S0h2));
                f[51] = FeatureHash.Of(52, P(a.S0h2));
                f[52] = FeatureHash.Of(53, a.L(a.S0h));
                f[64] = FeatureHash.Of(65, s0p, P(a.S0h), P(a.S0h2));
                break;
            case 4:
                Children(f, LeftOfStackTop, s0w, s0p, s0 >= 0 ? (ulong)c.LeftCount[s0] : 99, s0 >= 0 ? c.LeftLabels[s0] : 1, in a, a.S0l, a.S0l2, w, p);
                break;
            case 5:
                Children(f, RightOfStackTop, s0w, s0p, s0 >= 0 ? (ulong)c.RightCount[s0] : 99, s0 >= 0 ? c.RightLabels[s0] : 1, in a, a.S0r, a.S0r2, w, p);
                break;
            case 6:
                f[22] = FeatureHash.Of(23, P(a.S0h), s0p, n0p);
                f[79] = FeatureHash.Of(80, s0p, n0p, s0HasHead);
                f[81] = FeatureHash.Of(82, s0HasHead, a.L(s0), n0p);
                if (clusters is not null)
                {
                    f[92] = FeatureHash.Of(93, K(a.S0h).Middle, K(s0).Middle, K(n0).Middle);
                    f[93] = FeatureHash.Of(94, K(s0).Short, K(n0).Long, s0HasHead);
                }

                break;
            case 7:
                f[23] = FeatureHash.Of(24, s0p, P(a.S0l), n0p);
                f[24] = FeatureHash.Of(25, s0p, P(a.S0r), n0p);
                f[25] = FeatureHash.Of(26, s0p, n0p, P(a.N0l));
                break;
            case 8:
                Children(f, LeftOfBufferFront, n0w, n0p, n0 >= 0 ? (ulong)c.LeftCount[n0] : 99, n0 >= 0 ? c.LeftLabels[n0] : 1, in a, a.N0l, a.N0l2, w, p);
                break;
            case 9:
                f[72] = FeatureHash.Of(73, W(s1));
                f[73] = FeatureHash.Of(74, P(s1));
                f[74] = FeatureHash.Of(75, P(s1), s0p, n0p);
                f[82] = FeatureHash.Of(83, P(s1), s0HasHead, s0p, n0p);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(group), group, "DOS0226: the parser has 10 template groups.");
        }
    }

    /// <summary>
    /// The key of one side's children of an item (<see cref="Children"/>): the item, its valency on that side, its set
    /// of child labels (two halves), and the two outermost children with their labels. Returns the key's length.
    /// </summary>
    private static int ChildKey(Span<int> key, int item, int valency, ulong labels, int first, int second, in ParserAtoms a)
    {
        key[0] = item;
        key[1] = valency;
        key[2] = (int)labels;
        key[3] = (int)(labels >> 32);
        key[4] = first;
        key[5] = second;
        key[6] = (int)a.L(first);
        key[7] = (int)a.L(second);
        return 8;
    }

    /// <summary>
    /// Writes what group <paramref name="group"/>'s templates read of the state, as ints, to <paramref name="key"/>
    /// and returns how many: within one sentence (fixed words, tags and clusters) two states with equal keys have
    /// equal features in the group, so <see cref="BeamScoreMemo"/> keys its sums by this instead of hashing features.
    /// </summary>
    public static int Key(int group, in ParserAtoms a, Span<int> key)
    {
        var c = a.State;
        int s0 = a.S0, n0 = a.N0;
        switch (group)
        {
            case 0:
                key[0] = n0;
                return 1;
            case 1:
                key[0] = s0;
                return 1;
            case 2:
                key[0] = s0;
                key[1] = n0;
                return 2;
            case 3:
                key[0] = s0;
                key[1] = a.S0h;
                key[2] = a.S0h2;
                key[3] = (int)a.L(s0);
                key[4] = (int)a.L(a.S0h);
                return 5;
            case 4:
                return ChildKey(key, s0, s0 >= 0 ? c.LeftCount[s0] : -1, s0 >= 0 ? c.LeftLabels[s0] : 1, a.S0l, a.S0l2, in a);

            case 5:
                return ChildKey(key, s0, s0 >= 0 ? c.RightCount[s0] : -1, s0 >= 0 ? c.RightLabels[s0] : 1, a.S0r, a.S0r2, in a);

            case 6:
                key[0] = s0;
                key[1] = n0;
                key[2] = a.S0h;
                key[3] = (int)a.L(s0);
                key[4] = a.S0HasHead ? 1 : 0;
                return 5;
            case 7:
                key[0] = s0;
                key[1] = n0;
                key[2] = a.S0l;
                key[3] = a.S0r;
                key[4] = a.N0l;
                return 5;
            case 8:
                return ChildKey(key, n0, n0 >= 0 ? c.LeftCount[n0] : -1, n0 >= 0 ? c.LeftLabels[n0] : 1, a.N0l, a.N0l2, in a);

            case 9:
                key[0] = a.S1;
                key[1] = s0;
                key[2] = n0;
                key[3] = a.S0HasHead ? 1 : 0;
                return 4;
            default:
                throw new ArgumentOutOfRangeException(nameof(group), group, "DOS0226: the parser has 10 template groups.");
        }
    }

    /// <summary>The longest key <see cref="Key"/> writes.</summary>
    public const int MaxKey = 8;
}
