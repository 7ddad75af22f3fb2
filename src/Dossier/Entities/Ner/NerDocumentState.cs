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
            for (int i = 1; i < sentence.Length; i++)
            {
                string w = sentence[i];
                if (w.Length > 0 && char.IsLower(w[0]))
                {
                    LowerCaseWords.Add(w);
                }
            }
        }
    }

    public HashSet<string> LowerCaseWords { get; } = new(StringComparer.Ordinal);

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
