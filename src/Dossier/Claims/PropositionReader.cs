using Dossier.Agreements;
using Dossier.Events;
using Dossier.Model;

namespace Dossier.Claims;

/// <summary>
/// Reads the propositions in a stance's content from the parse: the predicates of known classes in it (with what
/// they are about and who takes part), whether each is negated or sits under a report noun called false ("false
/// claims about weapons transfers"), and its words; or, under an explicit stance, the content's own head.
/// </summary>
public sealed class PropositionReader(ClaimLexicon lexicon)
{
    private static readonly HashSet<string> Clauses = new(StringComparer.Ordinal) { ",", ";", "—", "–", ":", "(", ")" };

    /// <summary>The predicates of known classes under <paramref name="root"/>, not entering <paramref name="stop"/> nodes.</summary>
    public List<(PropositionRef Proposition, bool Falsified)> Listed(ParsedArticle article, ArticleAgreements agreements, SentenceGraph g, int root, Func<int, bool> stop, IReadOnlyList<string> controller)
    {
        ArgumentNullException.ThrowIfNull(g);
        var found = new List<(PropositionRef, bool)>();
        var accepted = new List<(int Node, string Class)>();
        // falsifier: the report noun called false on the way down ("false claims about …"), whose words the proposition takes.
        void Visit(int n, int falsifier)
        {
            if (n != root && stop(n))
            {
                return;
            }

            if (falsifier < 0 && IsReportNoun(g, n) && g.Children(n).Any(c => g.Is(c, "amod") && IsFalsityWord(g.Lemmas[c], "adjective")))
            {
                falsifier = n;
            }

            if (g.Upos[n] is "VERB" or "NOUN" or "ADJ" && lexicon.PredicateWords.TryGetValue(g.Lemmas[n], out var cls)
                && !accepted.Any(a => a.Class == cls.Name && TreeWalk.IsUnder(g, n, a.Node))
                && Build(article, agreements, g, falsifier >= 0 ? falsifier : root, n, cls, stop, n == root ? controller : []) is { } p)
            {
                found.Add((p, falsifier >= 0));
                accepted.Add((n, cls.Name));
            }

            foreach (int c in g.Children(n))
            {
                Visit(c, falsifier);
            }
        }

        Visit(root, -1);
        return found;
    }

    /// <summary>The content's own head as a proposition of its lemma, for explicit stances on predicates the lexicon does not list.</summary>
    public PropositionRef Generic(ParsedArticle article, SentenceGraph g, int root, Func<int, bool> stop, IReadOnlyList<string> controller)
    {
        ArgumentNullException.ThrowIfNull(g);
        var (agents, others) = Participants(article, g, root, controller);
        return new PropositionRef("lemma:" + g.Lemmas[root].ToLowerInvariant(), SpanOf(article, g, root, root, stop), Realis.IsNegated(g, root, lexicon))
        {
            Head = g.First + root,
            Agents = agents,
            Others = others,
        };
    }

    /// <summary>Whether a content head calls what it refers to false: "(this was) not the case", "untrue", "a lie".</summary>
    public bool IsFalsity(SentenceGraph g, int node)
    {
        ArgumentNullException.ThrowIfNull(g);
        bool negated = Realis.IsNegated(g, node, lexicon);
        return lexicon.Falsity.TryGetValue(g.Lemmas[node], out string? part) && (part == "negated" ? negated : !negated);
    }

    public bool IsReportNoun(SentenceGraph g, int node) => g.Upos[node] == "NOUN" && lexicon.ReportNouns.ContainsKey(g.Lemmas[node]);

    /// <summary>
    /// Whether a node starts a stance of its own, which a proposition search must not enter: a reporting or stance
    /// verb, or a report noun with a maker ("a charge that Ukraine and the West have levelled").
    /// </summary>
    public bool IsBoundary(SentenceGraph g, int node)
    {
        ArgumentNullException.ThrowIfNull(g);
        return (g.Upos[node] == "VERB" && lexicon.Verbs.ContainsKey(g.Lemmas[node]))
            || (IsReportNoun(g, node) && g.Children(node).Any(c => (g.Is(c, "acl") || g.Is(c, "acl:relcl")) && g.Upos[c] == "VERB"));
    }

    /// <summary>The proposition's words: the content's subtree around the predicate, cut at the first clause break after it.</summary>
    public static TextSpan SpanOf(ParsedArticle article, SentenceGraph g, int root, int predicate, Func<int, bool> stop)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(g);
        var nodes = TreeWalk.Subtree(g, root, c => stop(c)).ToHashSet();
        int last = predicate;
        while (last + 1 < g.Count && nodes.Contains(last + 1) && !Clauses.Contains(g.Forms[last + 1]))
        {
            last++;
        }

        int first = Math.Min(predicate, root);
        while (first - 1 >= 0 && nodes.Contains(first - 1))
        {
            first--;
        }

        while (first < last && (g.Upos[first] == "PUNCT" || g.Is(first, "mark") || g.Is(first, "cc") || g.Is(first, "case")))
        {
            first++;
        }

        while (last > first && g.Upos[last] == "PUNCT")
        {
            last--;
        }

        return article.Span(g.First + first, g.First + last);
    }

    private bool IsFalsityWord(string lemma, string part) => lexicon.Falsity.TryGetValue(lemma, out string? p) && p == part;

    private PropositionRef? Build(ParsedArticle article, ArticleAgreements agreements, SentenceGraph g, int root, int x, PredicateClass cls, Func<int, bool> stop, IReadOnlyList<string> controller)
    {
        var below = TreeWalk.Subtree(g, x, stop);
        int? agreement = null;
        if (cls.NeedsAgreement)
        {
            // The agreement is named under the predicate or beside it ("maintained no interruption in its preparation").
            var near = below.Concat(Near(g, x)).Where(n => !stop(n) || n == x).ToList();
            agreement = near.Select(n => agreements.At(g.First + n)).FirstOrDefault(a => a is not null)?.Index
                ?? (near.Any(n => lexicon.ProcessNouns.Contains(g.Lemmas[n]) || lexicon.ProcessNouns.Contains(g.Forms[n])) || g.Upos[x] == "ADJ"
                    ? agreements.Recent(g.SentenceIndex, g.First + x)?.Index
                    : null);
            if (agreement is null)
            {
                return null;
            }
        }

        var themeWords = new List<string>();
        if (cls.Theme is { } theme)
        {
            themeWords.AddRange(below.Where(n => lexicon.ThemeWords.TryGetValue(g.Lemmas[n], out var t) && t == theme)
                .OrderBy(n => n).Select(n => g.Forms[n].ToLowerInvariant()).Distinct(StringComparer.Ordinal));
            if (themeWords.Count == 0)
            {
                return null;
            }
        }

        var (agents, others) = Participants(article, g, x, controller);
        return new PropositionRef(cls.Name, SpanOf(article, g, root, x, stop), Realis.IsNegated(g, x, lexicon))
        {
            Head = g.First + x,
            Agreement = agreement,
            Theme = cls.Theme,
            ThemeWords = themeWords,
            Agents = agents,
            Others = others,
        };
    }

    /// <summary>The words at most two arcs from a predicate: its children and grandchildren, its head and its siblings.</summary>
    private static IEnumerable<int> Near(SentenceGraph g, int x)
    {
        foreach (int c in g.Children(x))
        {
            yield return c;
            foreach (int d in g.Children(c))
            {
                yield return d;
            }
        }

        if (g.Heads[x] >= 0 && (g.Is(x, "obj") || g.Is(x, "nsubj") || g.Is(x, "nsubj:pass")))
        {
            foreach (int sibling in g.Children(g.Heads[x]).Where(c => c != x && (g.Is(c, "obl") || g.Is(c, "obj") || g.Is(c, "nsubj"))))
            {
                yield return sibling;
            }
        }
    }

    /// <summary>
    /// Who does it (the subject, a noun's possessor, else the controller: the accused of "accuses Iran of
    /// providing", the subject of "denied giving") and to whom (object, indirect object, "to"/"with" obliques).
    /// </summary>
    private static (List<string> Agents, List<string> Others) Participants(ParsedArticle article, SentenceGraph g, int x, IReadOnlyList<string> controller)
    {
        var agents = new List<string>();
        var others = new List<string>();
        foreach (int c in g.Children(x))
        {
            if ((g.Is(c, "nsubj") && !g.Is(c, "nsubj:pass")) || (g.Upos[x] == "NOUN" && g.Is(c, "nmod:poss")))
            {
                agents.AddRange(PartyKeys.Of(article, g, c));
            }
            else if (g.Is(c, "obj") || g.Is(c, "iobj") || g.Is(c, "nsubj:pass") || ((g.Is(c, "obl") || g.Is(c, "nmod")) && g.CaseOf(c) is "TO" or "WITH" or "FROM" or "AGAINST"))
            {
                others.AddRange(PartyKeys.Of(article, g, c));
            }
        }

        if (agents.Count == 0)
        {
            agents.AddRange(controller);
        }

        return ([.. agents.Distinct(StringComparer.Ordinal)], [.. others.Distinct(StringComparer.Ordinal).Where(o => !agents.Contains(o))]);
    }
}
