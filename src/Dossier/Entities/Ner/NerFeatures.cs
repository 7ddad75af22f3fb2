namespace Dossier.Entities.Ner;

/// <summary>
/// The feature templates of the entity tagger: words in a ±2 window, shapes, affixes, the two previous labels,
/// gazetteer marks and cluster prefixes in a ±1 window, and document-level history. No part-of-speech tags: at
/// run time only the text is certain.
/// </summary>
internal static class NerFeatures
{
    /// <summary>An upper bound on the features of one token.</summary>
    public const int MaxFeatures = 140;

    private static readonly ulong Boundary = FeatureHash.Of("<s>");

    /// <summary>An upper bound on the features that depend on the previous labels.</summary>
    public const int MaxHistoryFeatures = 12;

    /// <summary>All features of token <paramref name="i"/> given the two previous labels (training and greedy tagging).</summary>
    public static int Extract(NerSentenceContext s, int i, int p1, int p2, NerDocumentState doc, int sentence, Span<ulong> f)
    {
        int n = ExtractStatic(s, i, doc, sentence, f);
        return n + ExtractHistory(s, i, p1, p2, doc, sentence, f[n..]);
    }

    /// <summary>
    /// The features that depend on the two previous labels: few, so that a beam decoder scores the rest once per
    /// token and only these once per hypothesis.
    /// </summary>
    public static int ExtractHistory(NerSentenceContext s, int i, int p1, int p2, NerDocumentState doc, int sentence, Span<ulong> f)
    {
        int n = 0;
        ulong W(int k) => k < 0 || k >= s.Length ? Boundary : s.LowerHash[k];
        ulong T(int template, ulong a) => FeatureHash.Mix(FeatureHash.Start(template), a);
        ulong T2(int template, ulong a, ulong b) => FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(template), a), b);
        f[n++] = T(40, (ulong)p1);
        f[n++] = T2(41, (ulong)p1, (ulong)p2);
        f[n++] = T2(42, (ulong)p1, s.LowerHash[i]);
        f[n++] = T2(43, (ulong)p1, s.ShortShapeHash[i]);
        f[n++] = T2(44, (ulong)p1, W(i + 1));
        if (s.Extended)
        {
            // Ratinov and Roth's window-by-previous-label conjunction, to the left as well.
            f[n++] = T2(90, (ulong)p1, W(i - 1));
        }

        if (s.IsHeadline)
        {
            f[n++] = T(47, (ulong)p1);
        }

        string word = s.Words[i];
        if (char.IsUpper(word[0]))
        {
            int majority = doc.MajorityType(s.Lower[i]);
            if (majority >= 0)
            {
                f[n++] = T2(71, (ulong)majority, (ulong)p1);
            }
        }

        if (doc.FirstPass is { } first)
        {
            f[n++] = T2(81, (ulong)first[sentence][i], (ulong)p1);
        }

        return n;
    }

    /// <summary>The features that do not depend on the previous labels.</summary>
    public static int ExtractStatic(NerSentenceContext s, int i, NerDocumentState doc, int sentence, Span<ulong> f)
    {
        int n = 0;
        ulong W(int k) => k < 0 || k >= s.Length ? Boundary : s.LowerHash[k];
        ulong Sh(int k) => k < 0 || k >= s.Length ? Boundary : s.ShortShapeHash[k];
        ulong T(int template, ulong a) => FeatureHash.Mix(FeatureHash.Start(template), a);
        ulong T2(int template, ulong a, ulong b) => FeatureHash.Mix(FeatureHash.Mix(FeatureHash.Start(template), a), b);

        string word = s.Words[i];
        string lower = s.Lower[i];
        f[n++] = FeatureHash.Start(1);
        f[n++] = T(2, s.LowerHash[i]);
        f[n++] = T(3, s.ExactHash[i]);
        f[n++] = T(4, W(i - 1));
        f[n++] = T(5, W(i + 1));
        f[n++] = T(6, W(i - 2));
        f[n++] = T(7, W(i + 2));
        f[n++] = T2(8, W(i - 1), s.LowerHash[i]);
        f[n++] = T2(9, s.LowerHash[i], W(i + 1));
        f[n++] = T(10, s.ShortShapeHash[i]);
        f[n++] = T(11, s.LongShapeHash[i]);
        f[n++] = T(12, Sh(i - 1));
        f[n++] = T(13, Sh(i + 1));
        f[n++] = FeatureHash.Mix(T2(14, Sh(i - 1), s.ShortShapeHash[i]), Sh(i + 1));
        if (s.Extended)
        {
            f[n++] = T(91, Sh(i - 2));
            f[n++] = T(92, Sh(i + 2));
            f[n++] = T2(93, s.ShortShapeHash[i], W(i - 1));
            f[n++] = T2(94, s.ShortShapeHash[i], W(i + 1));
            if (lower.Length > 5)
            {
                f[n++] = FeatureHash.Mix(FeatureHash.Start(95), lower.AsSpan(lower.Length - 5));
            }
        }

        for (int k = 1; k <= 4 && k < lower.Length; k++)
        {
            f[n++] = FeatureHash.Mix(FeatureHash.Start(20 + k), lower.AsSpan(0, k));
            f[n++] = FeatureHash.Mix(FeatureHash.Start(30 + k), lower.AsSpan(lower.Length - k));
        }

        if (i == 0)
        {
            f[n++] = T(45, s.ShortShapeHash[i]);
            f[n++] = T(48, s.LowerHash[i]);
        }

        if (word.Length <= 5 && WordShape.IsAllCaps(word))
        {
            f[n++] = T2(49, (ulong)word.Length, s.IsHeadline ? 1UL : 0UL);
        }

        if (s.IsHeadline)
        {
            f[n++] = T(46, s.LowerHash[i]);
        }

        for (int d = -1; d <= 1; d++)
        {
            int k = i + d;
            if (k < 0 || k >= s.Length)
            {
                continue;
            }

            ulong marks = s.GazetteerMarks[k];
            while (marks != 0)
            {
                int bit = System.Numerics.BitOperations.TrailingZeroCount(marks);
                marks &= marks - 1;
                f[n++] = T2(50, (ulong)(d + 1), (ulong)bit);
                if (d == 0)
                {
                    f[n++] = T2(51, (ulong)bit, s.ShortShapeHash[i]);
                    if (s.Extended && n < MaxFeatures - MaxHistoryFeatures - 40)
                    {
                        // "Dynamo Moscow", "the Moscow club": a listed place next to a word that makes it a team or firm.
                        f[n++] = T2(97, (ulong)bit, W(i - 1));
                        f[n++] = T2(98, (ulong)bit, W(i + 1));
                    }
                }
            }
        }

        int kinds = WordClusters.PrefixLengths.Length;
        for (int d = -1; d <= 1; d++)
        {
            int k = i + d;
            if (k < 0 || k >= s.Length || s.ClusterHash[k * kinds] == 0)
            {
                continue;
            }

            for (int c = 0; c < kinds; c++)
            {
                f[n++] = T2(60 + d, s.ClusterHash[(k * kinds) + c], 0);
            }
        }

        if (char.IsUpper(word[0]))
        {
            int majority = doc.MajorityType(lower);
            if (majority >= 0)
            {
                f[n++] = T(70, (ulong)majority);
            }

            if (doc.LowerCaseWords.Contains(lower))
            {
                f[n++] = T(72, i == 0 ? 1UL : 0UL);
            }

            if (s.Extended && (i == 0 || s.IsHeadline) && doc.MidSentenceCapitalised.Contains(lower))
            {
                // A headline or sentence-initial word the document also capitalises mid-sentence is a name there.
                f[n++] = T(96, s.IsHeadline ? 1UL : 0UL);
            }

            var contexts = doc.ContextsOf(lower);
            if (contexts.Count > 1)
            {
                ulong previous = i > 0 ? s.LowerHash[i - 1] : 0, next = i + 1 < s.Length ? s.LowerHash[i + 1] : 0;
                int added = 0;
                foreach (var (p, q) in contexts)
                {
                    if (added >= 8 || n > MaxFeatures - MaxHistoryFeatures - 24)
                    {
                        break;
                    }

                    if (p != previous && p != 0)
                    {
                        f[n++] = T(73, p);
                        added++;
                    }

                    if (q != next && q != 0)
                    {
                        f[n++] = T(74, q);
                        added++;
                    }
                }
            }
        }

        if (doc.FirstPass is { } first)
        {
            var labels = first[sentence];
            int own = labels[i];
            f[n++] = T(80, (ulong)own);
            f[n++] = T2(82, (ulong)(i + 1 < labels.Length ? labels[i + 1] : 99), (ulong)own);
            if (char.IsUpper(word[0]))
            {
                int majority = doc.FirstPassMajority(lower, own);
                f[n++] = T(83, (ulong)(majority + 1));
                f[n++] = T2(84, (ulong)(majority + 1), (ulong)own);
            }
        }

        return n;
    }
}
