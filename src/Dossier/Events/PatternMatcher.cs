using Dossier.Events.Lexicon;

namespace Dossier.Events;

/// <summary>
/// Matches a verb pattern around a verb token. Elements before <c>*</c> are sought, in order, among the sentence's
/// words before the verb; elements after <c>*</c> among the words of the verb's own phrase after it (its subtree
/// without conjoined or paratactic clauses). Words may be separated by other words, as in PETRARCH; a word
/// matches a token's form or lemma, or its regular plural. Synsets match any of their phrases.
/// </summary>
public sealed class PatternMatcher
{
    private const int MaxGapInPhrase = 1;
    private readonly EventLexicon lexicon;

    public PatternMatcher(EventLexicon lexicon) => this.lexicon = lexicon;

    /// <summary>The tokens after the verb that belong to its phrase, in order.</summary>
    public static List<int> AfterTokens(SentenceGraph g, int verb)
    {
        ArgumentNullException.ThrowIfNull(g);
        var list = new List<int>();
        Walk(g, verb, verb, list);
        list.Sort();
        return list;

        static void Walk(SentenceGraph g, int node, int verb, List<int> into)
        {
            foreach (int c in g.Children(node))
            {
                if (node == verb && (g.Is(c, "conj") || g.Is(c, "parataxis") || g.Is(c, "nsubj") || g.Is(c, "csubj") || g.Is(c, "punct") || g.Is(c, "cc") || (g.Is(c, "advcl") && Mark(g, c) is not "TO")))
                {
                    continue;
                }

                if (c > verb)
                {
                    into.Add(c);
                }

                Walk(g, c, verb, into);
            }
        }
    }

    private static string? Mark(SentenceGraph g, int node)
    {
        foreach (int c in g.Children(node))
        {
            if (g.Is(c, "mark"))
            {
                return g.Forms[c];
            }
        }

        return null;
    }

    /// <summary>Tries a pattern; null when it does not match.</summary>
    public PatternMatch? Match(VerbPattern pattern, SentenceGraph g, int verb, IReadOnlyList<int> after)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(after);
        foreach (string anchor in pattern.Anchors)
        {
            if (!g.Words.Contains(anchor))
            {
                return null;
            }
        }

        int source = -1, target = -1;
        bool subjectIsTarget = false, compound = false;

        // Before the verb: the sentence's words before it, in order.
        int pos = 0;
        foreach (var e in pattern.Before)
        {
            switch (e.Kind)
            {
                case PatternElementKind.Target:
                    subjectIsTarget = true;
                    continue;
                case PatternElementKind.Compound:
                    compound = true;
                    continue;
                case PatternElementKind.Source or PatternElementKind.Skip:
                    continue;
            }

            int found = -1, end = -1;
            for (int p = pos; p < verb && found < 0; p++)
            {
                // Words before the verb are nouns and particles of its clause; adverbs and other verbs do not count
                // ("recently allowed" is not "- RECENTLY *").
                if (g.Upos[p] is "ADV" or "VERB" or "AUX")
                {
                    continue;
                }

                end = MatchElementAt(e, g, p, verb, null);
                if (end >= 0)
                {
                    found = p;
                }
            }

            if (found < 0)
            {
                return null;
            }

            pos = end;
        }

        // After the verb: the verb's own phrase.
        int cursor = 0;
        int lastMatched = -1;
        foreach (var e in pattern.After)
        {
            if (e.Kind is PatternElementKind.Source or PatternElementKind.Target)
            {
                int actorToken = NextNominal(g, after, cursor);
                if (e.Kind == PatternElementKind.Source)
                {
                    source = actorToken;
                }
                else
                {
                    target = actorToken;
                }

                continue;
            }

            if (e.Kind == PatternElementKind.Skip)
            {
                // ^ passes over the next noun phrase.
                int skipped = NextNominal(g, after, cursor);
                if (skipped >= 0)
                {
                    int end = g.SubtreeEnd(skipped);
                    while (cursor < after.Count && after[cursor] <= end)
                    {
                        cursor++;
                    }
                }

                continue;
            }

            if (e.Kind == PatternElementKind.Compound)
            {
                compound = true;
                continue;
            }

            int found = -1, endIndex = -1;
            for (int k = cursor; k < after.Count && found < 0; k++)
            {
                int endToken = MatchElementAt(e, g, after[k], g.Count, after);
                if (endToken >= 0)
                {
                    found = k;
                    endIndex = after.Count;
                    for (int m = k; m < after.Count; m++)
                    {
                        if (after[m] >= endToken)
                        {
                            endIndex = m;
                            break;
                        }
                    }
                }
            }

            if (found < 0)
            {
                return null;
            }

            lastMatched = after[found];
            if (e.Kind == PatternElementKind.Preposition && e.Inner?.Kind is PatternElementKind.Source or PatternElementKind.Target)
            {
                int obj = g.Heads[after[found]];
                if (obj >= 0)
                {
                    if (e.Inner.Kind == PatternElementKind.Source)
                    {
                        source = obj;
                    }
                    else
                    {
                        target = obj;
                    }
                }
            }

            cursor = Math.Max(endIndex, found + 1);
        }

        _ = lastMatched;
        return new PatternMatch(source, target, subjectIsTarget, compound);
    }

    /// <summary>Matches an element at local token <paramref name="p"/>; returns the index just past the match, or -1.</summary>
    private int MatchElementAt(PatternElement e, SentenceGraph g, int p, int limit, IReadOnlyList<int>? allowed)
    {
        switch (e.Kind)
        {
            case PatternElementKind.Term:
                return MatchWords(e.Words, g, p, limit, MaxGapInPhrase);
            case PatternElementKind.Preposition:
                if (!string.Equals(g.Forms[p], e.Preposition, StringComparison.Ordinal))
                {
                    return -1;
                }

                int head = g.Heads[p];
                if (e.Inner?.Kind == PatternElementKind.Skip && head > p)
                {
                    // (IN ^): the preposition's whole phrase is passed over.
                    return Math.Min(limit, g.SubtreeEnd(head) + 1);
                }

                if (e.Inner is null || e.Inner.Kind is not (PatternElementKind.Term or PatternElementKind.Preposition))
                {
                    return p + 1;
                }

                // The object follows the preposition at once, determiners and numbers aside: (FOR ASYLUM) is not
                // "for foreign asylum".
                int end = head > p ? Math.Min(limit, g.SubtreeEnd(head) + 1) : Math.Min(limit, p + 6);
                int q = p + 1;
                while (q < end && g.Upos[q] is "DET" or "NUM" or "PRON" && e.Inner.Kind == PatternElementKind.Term)
                {
                    q++;
                }

                return q < end ? MatchElementAt(e.Inner, g, q, end, allowed) : -1;
            default:
                return p;
        }
    }

    private int MatchWords(IReadOnlyList<string> words, SentenceGraph g, int p, int limit, int maxGap)
    {
        int q = p;
        for (int w = 0; w < words.Count; w++)
        {
            int matchedEnd = -1;
            int stop = w == 0 ? Math.Min(limit, p + 1) : Math.Min(limit, q + maxGap + 1);
            for (int r = q; r < stop && matchedEnd < 0; r++)
            {
                matchedEnd = MatchWord(words[w], g, r, limit);
            }

            if (matchedEnd < 0)
            {
                return -1;
            }

            q = matchedEnd;
        }

        return q;
    }

    private int MatchWord(string word, SentenceGraph g, int p, int limit)
    {
        if (word.StartsWith('&'))
        {
            if (!lexicon.Synsets.TryGetValue(word.TrimEnd('_'), out var synset))
            {
                return -1;
            }

            foreach (var phrase in synset.Phrases)
            {
                int end = MatchWords(phrase, g, p, limit, 0);
                if (end >= 0)
                {
                    return end;
                }
            }

            return -1;
        }

        return WordMatches(word, g.Forms[p], g.Lemmas[p]) ? p + 1 : -1;
    }

    /// <summary>A pattern word against a token: equal form or lemma, or a regular plural unless the word ends in <c>_</c>.</summary>
    public static bool WordMatches(string word, string form, string lemma)
    {
        ArgumentNullException.ThrowIfNull(word);
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(lemma);
        bool exact = word.EndsWith('_');
        string w = exact ? word.TrimEnd('_') : word;
        if (string.Equals(form, w, StringComparison.Ordinal) || string.Equals(lemma, w, StringComparison.Ordinal))
        {
            return true;
        }

        if (exact)
        {
            return false;
        }

        return (form.Length == w.Length + 1 && form[^1] == 'S' && form.StartsWith(w, StringComparison.Ordinal))
            || (form.Length == w.Length + 2 && form.EndsWith("ES", StringComparison.Ordinal) && form.StartsWith(w, StringComparison.Ordinal))
            || (w.EndsWith('Y') && form.Length == w.Length + 2 && form.EndsWith("IES", StringComparison.Ordinal) && form.StartsWith(w[..^1], StringComparison.Ordinal));
    }

    private static int NextNominal(SentenceGraph g, IReadOnlyList<int> after, int from)
    {
        for (int k = from; k < after.Count; k++)
        {
            if (g.Upos[after[k]] is "PROPN" or "NOUN" or "PRON")
            {
                return after[k];
            }
        }

        return -1;
    }
}
