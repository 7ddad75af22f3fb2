namespace Dossier.Events;

/// <summary>
/// Decides an event's modality from the parse around its trigger, in this order: negated ("did not sign", "refused
/// to sign", content of a denial), hypothetical ("if", "could", "might"), future ("will", "would", "is slated/expected/
/// set to", "plans to"), reported (content of "said", "accused … of", "claimed"), else asserted.
/// </summary>
public static class ModalityAnalyzer
{
    private static readonly HashSet<string> Negators = new(StringComparer.Ordinal) { "NOT", "N'T", "NEVER", "NO", "NT" };
    private static readonly HashSet<string> NegativeGovernors = new(StringComparer.Ordinal) { "REFUSE", "FAIL", "DENY", "DECLINE", "REJECT", "DISMISS", "AVOID" };
    private static readonly HashSet<string> Hypothetical = new(StringComparer.Ordinal) { "COULD", "MIGHT", "MAY", "SHOULD", "MUST" };
    private static readonly HashSet<string> Conditionals = new(StringComparer.Ordinal) { "IF", "UNLESS", "WHETHER" };
    private static readonly HashSet<string> FutureAux = new(StringComparer.Ordinal) { "WILL", "SHALL", "'LL", "WOULD", "WO", "'D" };
    private static readonly HashSet<string> FutureGovernors = new(StringComparer.Ordinal)
    {
        "SLATE", "SLATED", "EXPECT", "EXPECTED", "PLAN", "SCHEDULE", "SCHEDULED", "SET", "DUE", "INTEND", "PREPARE", "AIM", "POISE",
        "POISED", "ABOUT", "GO", "HOPE", "SEEK", "WANT", "PROMISE", "PLEDGE", "VOW", "AGREE", "PROPOSE", "THREATEN", "LIKELY", "READY",
    };

    private static readonly HashSet<string> Reporting = new(StringComparer.Ordinal)
    {
        "SAY", "TELL", "REPORT", "CLAIM", "ALLEGE", "ACCUSE", "ANNOUNCE", "STATE", "ADD", "NOTE", "INSIST", "ARGUE", "SUGGEST",
        "BELIEVE", "THINK", "ASSERT", "QUOTE", "CITE", "WRITE", "EXPLAIN", "ACKNOWLEDGE", "CONFIRM", "BLAME", "CHARGE", "SUSPECT",
    };

    /// <summary>The modality of the event triggered by local token <paramref name="trigger"/>.</summary>
    public static string Analyze(SentenceGraph g, int trigger)
    {
        ArgumentNullException.ThrowIfNull(g);
        if (IsNegated(g, trigger))
        {
            return Modality.Negated;
        }

        bool hypothetical = false, future = false, reported = false;
        for (int node = trigger, depth = 0; node >= 0 && depth < 6; depth++)
        {
            foreach (int c in g.Children(node))
            {
                string form = g.Forms[c];
                if ((g.Is(c, "mark") || g.Is(c, "advmod")) && Conditionals.Contains(form) && node == trigger)
                {
                    hypothetical = true;
                }

                if (g.Is(c, "aux") && node == trigger)
                {
                    hypothetical |= Hypothetical.Contains(form);
                    future |= FutureAux.Contains(form);
                    future |= string.Equals(form, "GOING", StringComparison.Ordinal);
                }
            }

            // "Arnor signed the accord, officials said": the attribution hangs off the main clause.
            foreach (int c in g.Children(node))
            {
                if (g.Is(c, "parataxis") && Reporting.Contains(g.Lemmas[c]) && c > trigger)
                {
                    reported = true;
                }
            }

            int head = g.Heads[node];
            if (head < 0)
            {
                break;
            }

            string rel = g.Rels[node];
            string headLemma = g.Lemmas[head];
            // "is slated to meet" parsed with "meet" an advcl of "slated": a to-clause under a governor of the future or
            // of refusal is its complement however the parser labelled it (a purpose clause under another verb is not).
            bool governed = rel.StartsWith("advcl", StringComparison.Ordinal) && MarkOf(g, node) == "TO" && !g.Children(node).Any(c => g.Is(c, "nsubj"))
                && (FutureGovernors.Contains(headLemma) || FutureGovernors.Contains(g.Forms[head]) || NegativeGovernors.Contains(headLemma));
            if (governed || rel.StartsWith("xcomp", StringComparison.Ordinal) || (rel.StartsWith("ccomp", StringComparison.Ordinal) && g.Upos[head] is "ADJ"))
            {
                if (NegativeGovernors.Contains(headLemma))
                {
                    return Modality.Negated;
                }

                future |= FutureGovernors.Contains(headLemma) || FutureGovernors.Contains(g.Forms[head]);
                if (Reporting.Contains(headLemma))
                {
                    reported = true;
                }

                node = head;
                continue;
            }

            if (rel.StartsWith("ccomp", StringComparison.Ordinal) || (rel.StartsWith("advcl", StringComparison.Ordinal) && MarkOf(g, node) is "OF" or "FOR"))
            {
                if (NegativeGovernors.Contains(headLemma))
                {
                    return Modality.Negated;
                }

                if (Reporting.Contains(headLemma) || Reporting.Contains(g.Forms[head]))
                {
                    reported = true;
                }

                break;
            }

            if (rel.StartsWith("advcl", StringComparison.Ordinal) && MarkOf(g, node) is { } mark && Conditionals.Contains(mark))
            {
                hypothetical = true;
            }

            if (!rel.StartsWith("conj", StringComparison.Ordinal))
            {
                break;
            }

            node = head;
        }

        return hypothetical ? Modality.Hypothetical : future ? Modality.Future : reported ? Modality.Reported : Modality.Asserted;
    }

    private static bool IsNegated(SentenceGraph g, int trigger) => IsNegatedLocally(g, trigger);

    private static bool IsNegatedLocally(SentenceGraph g, int node)
    {
        foreach (int c in g.Children(node))
        {
            if ((g.Is(c, "advmod") || g.Is(c, "neg") || g.Is(c, "det")) && Negators.Contains(g.Forms[c]))
            {
                return true;
            }
        }

        return false;
    }

    private static string? MarkOf(SentenceGraph g, int node)
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
}
