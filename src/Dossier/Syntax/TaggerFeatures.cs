namespace Dossier.Syntax;

/// <summary>
/// Feature templates of the tagger (after Ratnaparkhi 1996 and Collins 2002, with ambiguity classes of the next
/// words standing in for look-ahead). Tag ids are passed plus one, 0 meaning "before the sentence".
/// </summary>
internal static class TaggerFeatures
{
    /// <summary>Enough room for every template of either pass.</summary>
    public const int Max = 96;

    public static WordAtoms[] Atoms(IReadOnlyList<string> forms, TagLexicon lexicon)
    {
        var atoms = new WordAtoms[forms.Count + 4];

        // Without clusters every atom, padding included, has none, so the cluster templates never fire and a tagger
        // trained without clusters is exactly the one trained before they existed.
        var padding = lexicon.ClusterCount > 0 ? WordAtoms.Padding : WordAtoms.Padding with { Cluster = WordCluster.None };
        padding = lexicon.Names.Count > 0 ? padding : padding with { Names = 0 };
        atoms[0] = atoms[1] = atoms[^1] = atoms[^2] = padding;
        int letters = 0, capitalized = 0, allCaps = 0;
        for (int i = 0; i < forms.Count; i++)
        {
            atoms[i + 2] = WordAtoms.Of(forms[i], lexicon);
            string f = forms[i];
            if (f.Length > 0 && char.IsLetter(f[0]))
            {
                letters++;
                capitalized += char.IsUpper(f[0]) ? 1 : 0;
                allCaps += f.Length > 1 && !HasLower(f) ? 1 : 0;
            }
        }

        // How capitalized the sentence is (headlines and shouting capitalize common nouns, web text often
        // lower-cases names): kept in the first padding slot, whose flags no feature reads otherwise.
        ulong profile = letters == 0 ? 1 : 2 + (ulong)(3 * capitalized / (letters + 1)) + (allCaps * 2 > letters ? 8UL : 0UL);
        atoms[0] = atoms[0] with { Flags = profile };
        return atoms;
    }

    // A loop rather than LINQ's All: this runs for every word, and All over a string allocates an enumerator.
    private static bool HasLower(string word)
    {
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Features for the Penn tag of word <paramref name="i"/> given the two previous predicted tags.</summary>
    public static int Xpos(WordAtoms[] a, int i, ulong prev1, ulong prev2, Span<ulong> f)
    {
        int n = History(a, i, prev1, prev2, f);
        f[n++] = FeatureHash.Of(46, prev1, a[i + 3].Ambiguity);
        f[n++] = FeatureHash.Of(47, prev1, prev2, a[i + 2].Ambiguity);
        return n;
    }

    // The word features and those of the two previous Penn tags that both Penn-tag passes read (templates 40-45; the
    // order of features is the order of the model's sums, so it stays as it was).
    private static int History(WordAtoms[] a, int i, ulong prev1, ulong prev2, Span<ulong> f)
    {
        int n = Word(a, i, f);
        var w = a[i + 2];
        f[n++] = FeatureHash.Of(40, prev1);
        f[n++] = FeatureHash.Of(41, prev2);
        f[n++] = FeatureHash.Of(42, prev1, prev2);
        f[n++] = FeatureHash.Of(43, prev1, w.Lower);
        f[n++] = FeatureHash.Of(44, prev1, w.Ambiguity);
        f[n++] = FeatureHash.Of(45, prev1, w.Suffix3);
        return n;
    }

    /// <summary>
    /// Features for the second Penn-tag pass (Tsuruoka &amp; Tsujii 2005 style right context): the word features, this
    /// pass's own two previous tags and the first pass's tags of the word and the two words after it (ids plus one).
    /// </summary>
    public static int XposRight(WordAtoms[] a, int i, ulong prev1, ulong prev2, int[] first, Span<ulong> f)
    {
        int n = History(a, i, prev1, prev2, f);
        var w = a[i + 2];
        ulong n1 = i + 1 < first.Length ? (ulong)first[i + 1] + 1 : 0;
        ulong n2 = i + 2 < first.Length ? (ulong)first[i + 2] + 1 : 0;
        f[n++] = FeatureHash.Of(47, prev1, prev2, w.Ambiguity);
        f[n++] = FeatureHash.Of(80, n1);
        f[n++] = FeatureHash.Of(81, n1, n2);
        f[n++] = FeatureHash.Of(82, prev1, n1);
        f[n++] = FeatureHash.Of(83, n1, w.Lower);
        f[n++] = FeatureHash.Of(84, n1, w.Ambiguity);
        f[n++] = FeatureHash.Of(85, n1, n2, w.Ambiguity);
        f[n++] = FeatureHash.Of(86, n1, w.Suffix3);
        f[n++] = FeatureHash.Of(87, prev1, n1, w.Ambiguity);
        return n;
    }

    /// <summary>
    /// Features for the universal tag of word <paramref name="i"/>: the word features plus the Penn tags already
    /// predicted for the whole sentence (ids plus one) and the previous universal tag; <paramref name="extended"/> adds
    /// the tag-dictionary classes of the word's spellings and of its neighbours, and the word with its neighbours' tags.
    /// </summary>
    public static int Upos(WordAtoms[] a, int i, PennTags penn, ulong prevUpos, bool extended, Span<ulong> f)
    {
        int n = Word(a, i, f);
        var xpos = penn.Final;
        var w = a[i + 2];
        ulong x = (ulong)xpos[i] + 1;
        ulong xp = i > 0 ? (ulong)xpos[i - 1] + 1 : 0;
        ulong xn = i + 1 < xpos.Length ? (ulong)xpos[i + 1] + 1 : 0;
        f[n++] = FeatureHash.Of(50, x);
        f[n++] = FeatureHash.Of(51, xp);
        f[n++] = FeatureHash.Of(52, xn);
        f[n++] = FeatureHash.Of(53, x, w.Lower);
        f[n++] = FeatureHash.Of(54, prevUpos);
        f[n++] = FeatureHash.Of(55, prevUpos, x);
        f[n++] = FeatureHash.Of(56, x, xn);
        f[n++] = FeatureHash.Of(57, xp, x);
        f[n++] = FeatureHash.Of(58, x, a[i + 3].Lower);
        f[n++] = FeatureHash.Of(59, x, a[i + 1].Lower);
        ulong xp2 = i > 1 ? (ulong)xpos[i - 2] + 1 : 0;
        ulong xn2 = i + 2 < xpos.Length ? (ulong)xpos[i + 2] + 1 : 0;
        f[n++] = FeatureHash.Of(60, xp, x, xn);
        f[n++] = FeatureHash.Of(61, x, xn, xn2);
        f[n++] = FeatureHash.Of(62, xp2, xp, x);
        f[n++] = FeatureHash.Of(63, x, w.Suffix3);
        f[n++] = FeatureHash.Of(64, x, w.Ambiguity);
        f[n++] = FeatureHash.Of(65, x, w.Shape, w.Flags);
        if (extended)
        {
            // The splits the Penn tag leaves open: DT "that" as DET or PRON, IN as ADP or SCONJ, NNP as PROPN or
            // NOUN in headlines, VBN as VERB or ADJ; each settled by the word with the tags around it, the classes
            // the dictionary gives its spellings, or how capitalized the sentence is.
            f[n++] = FeatureHash.Of(66, x, w.LowerClass, w.TitleClass);
            f[n++] = FeatureHash.Of(67, x, w.Lower, xn);
            f[n++] = FeatureHash.Of(68, x, w.Lower, xp);
            f[n++] = FeatureHash.Of(69, prevUpos, x, xn);
            f[n++] = FeatureHash.Of(96, x, w.Flags, a[0].Flags, i == 0 ? 1UL : 0UL);
            f[n++] = FeatureHash.Of(97, x, a[i + 3].Ambiguity, a[i + 1].Ambiguity);
            f[n++] = FeatureHash.Of(98, x, xn, xn2, w.Lower);
        }

        if (penn.First is { } first && penn.RunnerUp is { } runner)
        {
            // Where the Penn passes hesitate: the first pass's tag and the final pass's second choice (NN with NNP
            // close behind is a name as often as not), with the spellings' classes and the tag before; and, for
            // names, whether the word sits in a run of capitalized words.
            ulong f1 = (ulong)first[i] + 1;
            ulong r = (ulong)runner[i] + 1;
            f[n++] = FeatureHash.Of(99, x, f1);
            f[n++] = FeatureHash.Of(100, x, r);
            f[n++] = FeatureHash.Of(101, x, r, w.LowerClass, w.TitleClass);
            f[n++] = FeatureHash.Of(102, x, r, xp);
            f[n++] = FeatureHash.Of(103, x, (Capitalized(a[i + 1]) << 2) | (Capitalized(w) << 1) | Capitalized(a[i + 3]), a[0].Flags);
            f[n++] = FeatureHash.Of(104, x, xp, w.LowerClass);
            if (penn.Ahead is { } ahead)
            {
                // IN before a clause is SCONJ, before a noun phrase ADP; likewise "that" and "so".
                f[n++] = FeatureHash.Of(105, x, w.Lower, (ulong)ahead[i] >> 2);
                f[n++] = FeatureHash.Of(106, x, (ulong)ahead[i], xn);
            }
        }

        return n;
    }

    /// <summary>
    /// How many features every pass starts with that read nothing but the word itself and whether it opens the
    /// sentence (<see cref="Own"/>): their sums can be kept per word (<see cref="TaggerWordSums"/>).
    /// </summary>
    public const int OwnCount = 12;

    /// <summary>The first <see cref="OwnCount"/> features of word <paramref name="i"/> in every pass: its forms, affixes, shape and flags.</summary>
    public static int Own(in WordAtoms w, int i, Span<ulong> f)
    {
        f[0] = FeatureHash.Of(1, 1);
        f[1] = FeatureHash.Of(2, w.Lower);
        f[2] = FeatureHash.Of(3, w.Exact);
        f[3] = FeatureHash.Of(4, w.Suffix1);
        f[4] = FeatureHash.Of(5, w.Suffix2);
        f[5] = FeatureHash.Of(6, w.Suffix3);
        f[6] = FeatureHash.Of(7, w.Suffix4);
        f[7] = FeatureHash.Of(8, w.Prefix1);
        f[8] = FeatureHash.Of(9, w.Prefix2);
        f[9] = FeatureHash.Of(10, w.Prefix3);
        f[10] = FeatureHash.Of(11, w.Shape);
        f[11] = FeatureHash.Of(12, w.Flags, i == 0 ? 1UL : 0UL);
        return OwnCount;
    }

    // Flags are stored plus one; bit 32 is an upper-case first letter (padding words have none).
    private static ulong Capitalized(WordAtoms w) => ((w.Flags - 1) & 32) != 0 ? 1UL : 0UL;

    private static int Word(WordAtoms[] a, int i, Span<ulong> f)
    {
        var p2 = a[i];
        var p1 = a[i + 1];
        var w = a[i + 2];
        var n1 = a[i + 3];
        var n2 = a[i + 4];
        int n = Own(w, i, f);
        f[n++] = FeatureHash.Of(13, p1.Lower);
        f[n++] = FeatureHash.Of(14, p2.Lower);
        f[n++] = FeatureHash.Of(15, n1.Lower);
        f[n++] = FeatureHash.Of(16, n2.Lower);
        f[n++] = FeatureHash.Of(17, p1.Lower, w.Lower);
        f[n++] = FeatureHash.Of(18, w.Lower, n1.Lower);
        f[n++] = FeatureHash.Of(19, p1.Suffix3);
        f[n++] = FeatureHash.Of(20, n1.Suffix3);
        f[n++] = FeatureHash.Of(21, n1.Shape);
        f[n++] = FeatureHash.Of(22, p1.Shape);
        f[n++] = FeatureHash.Of(23, w.Ambiguity);
        f[n++] = FeatureHash.Of(24, n1.Ambiguity);
        f[n++] = FeatureHash.Of(25, n2.Ambiguity);
        f[n++] = FeatureHash.Of(26, p1.Ambiguity);
        f[n++] = FeatureHash.Of(27, w.Ambiguity, n1.Ambiguity);
        f[n++] = FeatureHash.Of(28, p1.Lower, n1.Lower);
        f[n++] = FeatureHash.Of(29, w.Shape, w.Suffix3);
        f[n++] = FeatureHash.Of(30, w.Ambiguity, w.Suffix3);
        f[n++] = FeatureHash.Of(31, w.Lower, n1.Ambiguity);
        f[n++] = FeatureHash.Of(32, p1.Ambiguity, w.Ambiguity, n1.Ambiguity);
        ulong profile = a[0].Flags;
        f[n++] = FeatureHash.Of(33, profile, w.Flags, i == 0 ? 1UL : 0UL);
        f[n++] = FeatureHash.Of(34, profile, w.Ambiguity, w.Flags);
        f[n++] = FeatureHash.Of(35, w.Flags, p1.Shape, w.Ambiguity);

        // Names against common nouns: how the other spellings of the word are tagged, the word's flags with the
        // neighbours' shapes (a capitalized word among others), a longer suffix, the last part of a hyphenated word.
        f[n++] = FeatureHash.Of(90, w.LowerClass, w.Flags);
        f[n++] = FeatureHash.Of(91, w.TitleClass, w.Flags);
        f[n++] = FeatureHash.Of(92, w.LowerClass, w.TitleClass, profile);
        f[n++] = FeatureHash.Of(93, w.Flags, n1.Shape, p1.Shape);
        f[n++] = FeatureHash.Of(94, w.Suffix5);
        f[n++] = FeatureHash.Of(95, w.HyphenLast);

        if (w.Names != 0)
        {
            // Kinds of name (first name, country, demonym, place, surname): what tells "kerala" and "punjab" from
            // common nouns, and "Turkey" from "turkey" with the word's other features.
            f[n++] = FeatureHash.Of(110, w.Names, w.Flags);
            f[n++] = FeatureHash.Of(111, w.Names, profile, i == 0 ? 1UL : 0UL);
            f[n++] = FeatureHash.Of(112, p1.Names, w.Names, n1.Names);
            f[n++] = FeatureHash.Of(113, w.Names, w.LowerClass, w.TitleClass);
            f[n++] = FeatureHash.Of(114, w.Names, p1.Flags, n1.Flags);
        }

        if (w.Cluster != WordCluster.None || n1.Cluster != WordCluster.None || p1.Cluster != WordCluster.None)
        {
            // Cluster features (Koo et al. 2008 used them for parsing; for tagging they mostly help rare words).
            f[n++] = FeatureHash.Of(70, w.Cluster.Short);
            f[n++] = FeatureHash.Of(71, w.Cluster.Middle);
            f[n++] = FeatureHash.Of(72, w.Cluster.Long);
            f[n++] = FeatureHash.Of(73, n1.Cluster.Middle);
            f[n++] = FeatureHash.Of(74, p1.Cluster.Middle);
            f[n++] = FeatureHash.Of(75, w.Cluster.Middle, w.Flags);
            f[n++] = FeatureHash.Of(76, p1.Cluster.Short, w.Cluster.Middle, n1.Cluster.Short);
            f[n++] = FeatureHash.Of(77, w.Cluster.Long, w.Suffix2);
        }

        return n;
    }
}
