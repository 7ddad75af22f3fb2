namespace Dossier.Entities.Ner;

/// <summary>
/// Document-level memory for non-local features (Ratinov and Roth 2009): which types earlier mentions of the same
/// word received, and which capitalised words the document also uses in lower case (so are probably common words).
/// </summary>
internal sealed class NerDocumentState
{
    private readonly Dictionary<string, int[]> history = new(StringComparer.Ordinal);
    private readonly int typeCount;

    public NerDocumentState(IEnumerable<string[]> sentences, int typeCount)
    {
        this.typeCount = typeCount;
        foreach (var sentence in sentences)
        {
            bool headline = IsHeadline(sentence);
            for (int i = 0; i < sentence.Length; i++)
            {
                string w = sentence[i];
                if (w.Length == 0)
                {
                    continue;
                }

                if (i > 0 && char.IsLower(w[0]))
                {
                    LowerCaseWords.Add(w);
                }

                if (i > 0 && !headline && char.IsUpper(w[0]) && !WordShape.IsAllCaps(w))
                {
                    MidSentenceCapitalised.Add(w.ToLowerInvariant());
                }

                if (char.IsUpper(w[0]))
                {
                    // Context aggregation (Ratinov and Roth 2009): the neighbours of every capitalised occurrence of a
                    // word, so each occurrence sees the contexts of the others ("Mr. Smith" lends PER to "Smith said").
                    string lower = w.ToLowerInvariant();
                    if (!contexts.TryGetValue(lower, out var list))
                    {
                        list = [];
                        contexts[lower] = list;
                    }

                    if (list.Count < 24)
                    {
                        ulong prev = i > 0 ? FeatureHash.Of(sentence[i - 1].ToLowerInvariant()) : 0;
                        ulong next = i + 1 < sentence.Length ? FeatureHash.Of(sentence[i + 1].ToLowerInvariant()) : 0;
                        list.Add((prev, next));
                    }
                }
            }
        }
    }

    private readonly Dictionary<string, List<(ulong Previous, ulong Next)>> contexts = new(StringComparer.Ordinal);

    /// <summary>The left and right neighbours of the capitalised occurrences of a word in the document.</summary>
    public IReadOnlyList<(ulong Previous, ulong Next)> ContextsOf(string lower) =>
        contexts.TryGetValue(lower, out var list) ? list : [];

    public HashSet<string> LowerCaseWords { get; } = new(StringComparer.Ordinal);

    /// <summary>Lower-cased forms of the words the document capitalises inside a sentence that is not a headline.</summary>
    public HashSet<string> MidSentenceCapitalised { get; } = new(StringComparer.Ordinal);

    private static bool IsHeadline(string[] sentence)
    {
        int letters = 0, caps = 0;
        foreach (string w in sentence)
        {
            if (WordShape.HasLetter(w))
            {
                letters++;
                caps += WordShape.IsAllCaps(w) ? 1 : 0;
            }
        }

        return letters >= 2 && caps == letters;
    }

    /// <summary>A first pass's labels for the whole document, when tagging in two passes; else null.</summary>
    public int[][]? FirstPass { get; private set; }

    private readonly Dictionary<string, int[]> firstPassCounts = new(StringComparer.Ordinal);

    /// <summary>
    /// Sets the first pass's labels and counts, over the whole document (before and after), which types each
    /// capitalised word received, for Ratinov and Roth's extended prediction history.
    /// </summary>
    public void SetFirstPass(IReadOnlyList<string[]> sentences, int[][] labels)
    {
        FirstPass = labels;
        for (int s = 0; s < sentences.Count; s++)
        {
            for (int i = 0; i < sentences[s].Length; i++)
            {
                string w = sentences[s][i];
                if (w.Length == 0 || !char.IsUpper(w[0]))
                {
                    continue;
                }

                string lower = w.ToLowerInvariant();
                if (!firstPassCounts.TryGetValue(lower, out int[]? counts))
                {
                    counts = new int[typeCount + 1];
                    firstPassCounts[lower] = counts;
                }

                int type = NerLabels.TypeOf(labels[s][i]);
                counts[type < 0 ? typeCount : type]++;
            }
        }
    }

    /// <summary>The type the first pass gave most often to the word elsewhere in the document (typeCount = O), or -1.</summary>
    public int FirstPassMajority(string lower, int ownLabel)
    {
        if (!firstPassCounts.TryGetValue(lower, out int[]? counts))
        {
            return -1;
        }

        int own = NerLabels.TypeOf(ownLabel);
        own = own < 0 ? typeCount : own;
        int best = -1, bestCount = 0;
        for (int t = 0; t < counts.Length; t++)
        {
            int c = counts[t] - (t == own ? 1 : 0);
            if (c > bestCount)
            {
                best = t;
                bestCount = c;
            }
        }

        return best;
    }

    /// <summary>The type most often given to earlier occurrences of a word (index typeCount = O), or -1 if unseen.</summary>
    public int MajorityType(string lower)
    {
        if (!history.TryGetValue(lower, out int[]? counts))
        {
            return -1;
        }

        int best = 0;
        for (int t = 1; t < counts.Length; t++)
        {
            if (counts[t] > counts[best])
            {
                best = t;
            }
        }

        return best;
    }

    /// <summary>Records the label given to a capitalised word.</summary>
    public void Record(string word, string lower, int label)
    {
        if (word.Length == 0 || !char.IsUpper(word[0]))
        {
            return;
        }

        if (!history.TryGetValue(lower, out int[]? counts))
        {
            counts = new int[typeCount + 1];
            history[lower] = counts;
        }

        int type = NerLabels.TypeOf(label);
        counts[type < 0 ? typeCount : type]++;
    }
}
