using Dossier.Events;

namespace Dossier.Claims;

/// <summary>
/// Whether a word in the parse states a fact: not negated ("did not sign", "no interruption"), not under a modal
/// ("would likely be signed", "may be extended") and not the complement of a verb of intent or expectation
/// ("were expected to sign", "refused to sign"). The words are <c>resources/en/claims/irrealis.tsv</c>.
/// </summary>
public static class Realis
{
    /// <summary>Whether a not/no/never hangs off the word (or a verb that governs it negatively: "refused to sign").</summary>
    public static bool IsNegated(SentenceGraph g, int word, ClaimLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(lexicon);
        foreach (int c in g.Children(word))
        {
            if ((g.Is(c, "advmod") || g.Is(c, "det") || g.Is(c, "neg") || g.Is(c, "cc")) && Kind(lexicon, g.Forms[c]) == "negator")
            {
                return true;
            }
        }

        return g.Is(word, "xcomp") && g.Heads[word] >= 0 && Kind(lexicon, g.Lemmas[g.Heads[word]]) == "negative-governor";
    }

    /// <summary>Whether the word is under a modal auxiliary or is the complement of a verb of intent or expectation.</summary>
    public static bool IsIrrealis(SentenceGraph g, int word, ClaimLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(lexicon);
        foreach (int c in g.Children(word))
        {
            if ((g.Is(c, "aux") && Kind(lexicon, g.Forms[c]) == "modal") || (g.Is(c, "advmod") && Kind(lexicon, g.Lemmas[c]) == "governor"))
            {
                return true;
            }
        }

        for (int n = word, depth = 0; n >= 0 && depth < 2; n = g.Heads[n], depth++)
        {
            int head = g.Heads[n];
            if ((g.Is(n, "xcomp") || g.Is(n, "advcl") || g.Is(n, "csubj")) && head >= 0
                && (Kind(lexicon, g.Lemmas[head]) is "governor" or "negative-governor"
                    // "it would be premature to send weapons": the modal sits on the word that governs the infinitive.
                    || g.Children(head).Any(c => g.Is(c, "aux") && Kind(lexicon, g.Forms[c]) == "modal")))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Kind(ClaimLexicon lexicon, string word) => lexicon.Irrealis.GetValueOrDefault(word);
}
