namespace Dossier.Syntax;

/// <summary>
/// The hashed pieces of one word that the tagger's features combine: forms, affixes, shape and the word's ambiguity
/// class (the set of tags a lexicon allows it) and its cluster. Computed once per word, so each feature is a cheap mix of hashes.
/// </summary>
internal readonly record struct WordAtoms(
    ulong Lower, ulong Exact, ulong Shape, ulong Suffix1, ulong Suffix2, ulong Suffix3, ulong Suffix4, ulong Prefix1,
    ulong Prefix2, ulong Prefix3, ulong Ambiguity, ulong Flags, WordCluster Cluster, ulong LowerClass, ulong TitleClass,
    ulong Suffix5, ulong HyphenLast, ulong Names = 0)
{
    /// <summary>Stands for the words before the start and after the end of a sentence.</summary>
    public static readonly WordAtoms Padding = new(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, new WordCluster(1, 1, 1), 1, 1, 1, 1, 1);

    public static WordAtoms Of(string form, TagLexicon lexicon)
    {
        var s = form.AsSpan();
        int n = s.Length;
        ulong flags = 0;
        foreach (char c in s)
        {
            if (char.IsDigit(c))
            {
                flags |= 1;
            }
            else if (c == '-')
            {
                flags |= 2;
            }
            else if (char.IsUpper(c))
            {
                flags |= 4;
            }
            else if (char.IsLower(c))
            {
                flags |= 8;
            }
            else
            {
                flags |= 16;
            }
        }

        if (n > 0 && char.IsUpper(s[0]))
        {
            flags |= 32;
        }

        var (lowerClass, titleClass) = lexicon.CaseClasses(form);
        int hyphen = s.LastIndexOf('-');
        return new WordAtoms(
            FeatureHash.Chars(s, lower: true),
            FeatureHash.Chars(s, lower: false),
            ShapeOf(s),
            Suffix(s, 1),
            Suffix(s, 2),
            Suffix(s, 3),
            Suffix(s, 4),
            FeatureHash.Chars(s[..Math.Min(1, n)], lower: false),
            FeatureHash.Chars(s[..Math.Min(2, n)], lower: true),
            FeatureHash.Chars(s[..Math.Min(3, n)], lower: true),
            lexicon.AmbiguityClass(form),
            flags + 1,
            lexicon.ClusterOf(form),
            lowerClass,
            titleClass,
            Suffix(s, 5),
            hyphen > 0 && hyphen < n - 1 ? FeatureHash.Chars(s[(hyphen + 1)..], lower: true) : 0,

            // Kinds of name plus one, so a word of no kind still fires the name features; 0 (no features) when the
            // tagger has no name classes.
            lexicon.Names.Count > 0 ? lexicon.Names.Of(form) + 1UL : 0);
    }

    private static ulong Suffix(ReadOnlySpan<char> s, int k) => FeatureHash.Chars(s[Math.Max(0, s.Length - k)..], lower: true) + (ulong)k;

    /// <summary>The word's shape with runs of a character class cut to two: "Iran-2024" becomes "Xx-dd".</summary>
    private static ulong ShapeOf(ReadOnlySpan<char> s)
    {
        ulong h = 0x84222325UL;
        char last = '\0';
        int run = 0;
        foreach (char c in s)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = k == last ? run + 1 : 1;
            last = k;
            if (run <= 2)
            {
                h = FeatureHash.Mix(h, k);
            }
        }

        return h;
    }
}
