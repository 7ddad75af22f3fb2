namespace Dossier.Syntax.Training;

/// <summary>
/// MASC's written sentences (one a line in <c>nltk/masc_tagged.zip</c>) as extra training data for the tagger's Penn
/// passes. MASC's tags are partly automatic and its conventions differ from EWT's (<c>''</c> for both quotes, no
/// HYPH, NFP, ADD or GW), so a sentence is kept only when every word's tag is one EWT and GUM give that word (or, for a
/// word they never show, an open-class tag): what is left agrees with the treebanks' conventions word by word.
/// </summary>
public static class MascSentences
{
    // Tags a word the treebanks never show may take in a kept sentence: the open classes, where MASC adds new words.
    private static readonly HashSet<string> OpenTags = new(StringComparer.Ordinal)
    {
        "NN", "NNS", "NNP", "NNPS", "JJ", "JJR", "JJS", "RB", "VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "CD",
    };

    /// <summary>
    /// The written sentences of MASC whose every tag agrees with the tags <paramref name="treebank"/> gives the word;
    /// with <paramref name="majority"/> only the word's most frequent treebank tag (or tags, when tied) agrees, and "to"
    /// tagged TO must come before a verb (MASC tags the preposition TO, EWT IN).
    /// </summary>
    public static List<TreebankSentence> Agreeing(string zipPath, IReadOnlyList<TreebankSentence> treebank, bool majority = false)
    {
        ArgumentNullException.ThrowIfNull(treebank);
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var s in treebank)
        {
            for (int i = 0; i < s.Length; i++)
            {
                TagLexicon.Tally(counts, s.Forms[i], s.Xpos[i]);
            }
        }

        var known = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (form, tags) in counts)
        {
            int most = tags.Values.Max();
            known[form] = new HashSet<string>(tags.Where(t => !majority || t.Value == most).Select(t => t.Key), StringComparer.Ordinal);
        }

        var kept = new List<TreebankSentence>();
        // Written documents only: the spoken transcripts' conventions are further still from EWT's.
        foreach (var (_, forms, xpos) in MascReader.Sentences(zipPath).Where(s => s.Entry.Contains("/written/", StringComparison.Ordinal)))
        {
            // MASC tags every straight quote '', opening ones too; EWT tells `` from '', so such sentences are dropped.
            if (forms.Length > 1 && !forms.Contains("\"") && Agrees(forms, xpos, known) && (!majority || ToBeforeVerbs(forms, xpos)))
            {
                var none = new string[forms.Length];
                Array.Fill(none, "_");
                kept.Add(new TreebankSentence(forms, none, none, xpos, new int[forms.Length], none, "masc"));
            }
        }

        return kept;
    }

    private static bool Agrees(string[] forms, string[] xpos, Dictionary<string, HashSet<string>> known)
    {
        for (int i = 0; i < forms.Length; i++)
        {
            bool ok = known.TryGetValue(forms[i], out var tags) ? tags.Contains(xpos[i]) : OpenTags.Contains(xpos[i]) && forms[i].Any(char.IsLetterOrDigit);
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool ToBeforeVerbs(string[] forms, string[] xpos)
    {
        for (int i = 0; i < forms.Length; i++)
        {
            if (string.Equals(xpos[i], "TO", StringComparison.Ordinal) && (i + 1 == forms.Length || !xpos[i + 1].StartsWith("VB", StringComparison.Ordinal)))
            {
                return false;
            }
        }

        return true;
    }
}
