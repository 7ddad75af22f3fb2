using Dossier.Claims;
using Dossier.Events;

namespace Dossier.Agreements;

/// <summary>
/// Finds what an article says an agreement provides: the complement of a provision verb whose subject is the
/// agreement ("the treaty encompasses everything from research … to military cooperation"; "it does require every
/// nation to refrain from …", "it" being the agreement just named), or of "agreed to" after "In the agreement, …".
/// A negated verb gives a negated provision ("does not provide for reciprocal support").
/// </summary>
public sealed class ProvisionFinder(AgreementLexicon lexicon, ClaimLexicon claims)
{
    public void Find(ParsedArticle article, ArticleAgreements agreements)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(agreements);
        var near = agreements.Agreements.SelectMany(a => a.Mentions).SelectMany(m => new[] { m.Sentence, m.Sentence + 1 }).ToHashSet();
        for (int s = 0; s < article.Document.Sentences.Count; s++)
        {
            if (!near.Contains(s) || !article.SentenceHas(s, lexicon.ProvisionVerbs.Contains))
            {
                continue;
            }

            var g = article.Graph(s);
            for (int v = 0; v < g.Count; v++)
            {
                if (!lexicon.ProvisionVerbs.Contains(g.Lemmas[v]))
                {
                    continue;
                }

                foreach (int arg in g.Children(v))
                {
                    bool subject = g.Is(arg, "nsubj") && !g.Is(arg, "nsubj:pass");
                    bool inAgreement = g.Is(arg, "obl") && g.CaseOf(arg) == "IN";
                    if (!(subject || inAgreement) || Target(agreements, g, arg, subject) is not { } agreement)
                    {
                        continue;
                    }

                    // "require every nation to refrain from …": object and complement together are the provision.
                    var complements = lexicon.ProvisionVerbs[g.Lemmas[v]].Where(p => subject || p.Complement == "xcomp")
                        .SelectMany(pv => Complements(g, v, pv)).Distinct().ToList();
                    if (complements.Count > 0)
                    {
                        Add(article, agreement, g, v, complements);
                    }
                }
            }
        }
    }

    private static LocalAgreement? Target(ArticleAgreements agreements, SentenceGraph g, int arg, bool subject) =>
        agreements.At(g.First + arg)
        ?? (subject && g.Forms[arg] is "IT" ? agreements.Recent(g.SentenceIndex, g.First + arg, 1) : null);

    private static IEnumerable<int> Complements(SentenceGraph g, int verb, ProvisionVerb pv) => pv.Complement switch
    {
        "obj" => g.ChildrenWith(verb, "obj"),
        "xcomp" => g.Children(verb).Where(c => g.Is(c, "xcomp") || (g.Is(c, "advcl") && g.Children(c).Any(m => g.Is(m, "mark") && g.Forms[m] == "TO"))),
        _ => g.Children(verb).Where(c => (g.Is(c, "obl") || g.Is(c, "nmod")) && string.Equals(g.CaseOf(c), pv.Complement.ToUpperInvariant(), StringComparison.Ordinal)),
    };

    private void Add(ParsedArticle article, LocalAgreement agreement, SentenceGraph g, int verb, List<int> complements)
    {
        var nodes = complements.SelectMany(c => TreeWalk.Subtree(g, c)).ToList();
        int first = nodes.Min(), last = nodes.Max();
        while (first < last && (g.Upos[first] == "PUNCT" || g.Is(first, "case") || g.Is(first, "mark")))
        {
            first++;
        }

        while (last > first && g.Upos[last] == "PUNCT")
        {
            last--;
        }

        string text = article.Slice(g.First + first, g.First + last);
        if (agreement.Provisions.Any(p => string.Equals(p.Text, text, StringComparison.Ordinal)))
        {
            return;
        }

        agreement.AddProvision(new MentionProvision(text, Realis.IsNegated(g, verb, claims), article.Span(g.First + first, g.First + last), article.Document.Sentences[g.SentenceIndex].Span));
    }
}
