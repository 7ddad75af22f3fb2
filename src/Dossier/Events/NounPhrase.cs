namespace Dossier.Events;

/// <summary>
/// The tokens of a noun phrase as actor dictionaries see it: the head with its compounds, flat names, adjectives,
/// determiners, numbers and possessors, plus <c>of</c>/<c>from</c>/<c>in</c> phrases ("the government of Arnor",
/// "soldiers from Gondor", "lawmakers in Arnor"); relative clauses, other prepositional phrases and conjuncts stay
/// out (conjuncts are separate actors, see <see cref="Conjoined"/>).
/// </summary>
public static class NounPhrase
{
    private static readonly string[] Inside = ["compound", "flat", "amod", "nmod:poss", "det", "nummod", "fixed", "goeswith", "case"];
    private static readonly string[] Attached = ["FROM", "IN"];

    /// <summary>The phrase's local token indexes in sentence order; <paramref name="swap"/> puts one token's phrase in place of another's.</summary>
    /// <param name="located">Also take in <c>from</c>/<c>in</c> phrases ("soldiers from Gondor"); callers ask for this
    /// only when the bare phrase names a role but no actor, so "an attack in Ithilen" does not become Ithilen.</param>
    public static List<int> Tokens(SentenceGraph graph, int head, PhraseSwap? swap = null, bool located = false)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var tokens = new List<int>();
        Collect(graph, head, tokens, top: true, swap, located);
        tokens.Sort();
        return tokens;
    }

    /// <summary>
    /// A token inside the phrase that has conjuncts ("ambassadors of Arnor, Osgiliath and Gondor", "Eriadori and
    /// Calenardhon leaders"), with those conjuncts: each gives its own actor with the rest of the phrase; or null.
    /// </summary>
    public static (int Member, List<int> Conjuncts)? Conjoined(SentenceGraph graph, int head)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (int t in Tokens(graph, head, located: true))
        {
            if (t == head)
            {
                continue;
            }

            var conj = graph.ChildrenWith(t, "conj").Where(c => graph.Upos[c] is "PROPN" or "NOUN" or "ADJ").ToList();
            if (conj.Count > 0)
            {
                return (t, conj);
            }
        }

        return null;
    }

    private static void Collect(SentenceGraph g, int i, List<int> into, bool top, PhraseSwap? swap, bool located)
    {
        if (swap is { } s && i == s.From)
        {
            if (!s.HeadOnly)
            {
                Collect(g, s.To, into, top, null, located);
                return;
            }

            // "Danish media and government": the second head takes the first one's modifiers.
            into.Add(s.To);
        }
        else
        {
            into.Add(i);
        }

        foreach (int c in g.Children(i))
        {
            bool inside = false;
            foreach (string rel in Inside)
            {
                if (g.Is(c, rel))
                {
                    inside = true;
                    break;
                }
            }

            if (!inside && top && (g.Is(c, "nmod") || g.Is(c, "obl")) && g.CaseOf(c) is { } prep
                && (string.Equals(prep, "OF", StringComparison.Ordinal) || (located && Attached.Contains(prep, StringComparer.Ordinal))))
            {
                inside = true;
            }

            if (inside)
            {
                Collect(g, c, into, top && !g.Is(c, "nmod"), swap, located);
            }
        }
    }
}
