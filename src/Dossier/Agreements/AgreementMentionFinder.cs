using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dossier.Claims;
using Dossier.Events;

namespace Dossier.Agreements;

/// <summary>Finds the phrases of an article that name an agreement, with what each phrase says about it.</summary>
public sealed partial class AgreementMentionFinder(AgreementLexicon lexicon, ClaimLexicon claims)
{
    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "of", "the", "and", "between", "on", "for", "in" };

    public IReadOnlyList<AgreementMention> Find(ParsedArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var found = new List<AgreementMention>();
        for (int s = 0; s < article.Document.Sentences.Count; s++)
        {
            if (!article.SentenceHas(s, lexicon.Heads.Contains))
            {
                continue;
            }

            var g = article.Graph(s);
            for (int i = 0; i < g.Count; i++)
            {
                if (IsHead(article, g, i))
                {
                    found.Add(Build(article, g, i));
                }
            }
        }

        return found;
    }

    private bool IsHead(ParsedArticle article, SentenceGraph g, int i) =>
        g.Upos[i] is "NOUN" or "PROPN"
        && lexicon.Heads.Contains(g.Lemmas[i])
        && article.Document.Xpos.ElementAtOrDefault(g.First + i) is not ("NNS" or "NNPS")
        && !g.Is(i, "compound")
        && !g.Forms[i].EndsWith('S');

    private AgreementMention Build(ParsedArticle article, SentenceGraph g, int head)
    {
        int first = LeftEdge(g, head);
        int nameStart = first;
        while (nameStart < head && (g.Is(nameStart, "det") || g.Is(nameStart, "punct") || g.Is(nameStart, "cc") || g.Is(nameStart, "case") || UnderPossessor(g, nameStart, head)))
        {
            nameStart++;
        }

        int last = ProperEnd(article, g, nameStart, head);
        string name = Clean(article.Slice(g.First + nameStart, g.First + last));
        bool proper = last > head || (head > 0 && nameStart < head && Enumerable.Range(nameStart, head - nameStart + 1).All(k => g.Is(k, "punct") || char.IsUpper(article.Document.TokenText(g.First + k)[0])));
        var words = Clean(article.Slice(g.First + nameStart, g.First + head)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        int? term = Term(article, g, nameStart, head);
        var descriptors = words.Take(words.Length - 1)
            .Select(w => w.ToLowerInvariant().TrimEnd('\'', '’'))
            .Where(w => !lexicon.GenericModifiers.Contains(w) && !TermWord().IsMatch(w) && w.Any(char.IsLetterOrDigit) && w is not ("'s" or "’s"))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var (explicitParties, complete) = Explicit(article, g, head);
        string? det = g.Children(head).Where(c => g.Is(c, "det")).Select(c => g.Forms[c]).FirstOrDefault();
        return new AgreementMention(g.SentenceIndex, g.First + head, article.Span(g.First + nameStart, g.First + last), name)
        {
            ProperName = proper && (head > 0 || last > head) ? name : null,
            Descriptors = descriptors,
            Quoted = Enumerable.Range(Math.Max(0, first - 1), head - Math.Max(0, first - 1) + 1).Any(k => g.Forms[k] is "\"" or "“" or "”" or "``" or "''"),
            Definite = det is "THE" or "THIS" or "THAT" or "THESE" || g.Children(head).Any(c => g.Is(c, "nmod:poss")),
            Indefinite = det is "A" or "AN" or "ANOTHER",
            ExplicitParties = explicitParties,
            PartiesComplete = complete,
            ActorParties = Actors(article, g, head, claims.Verbs),
            TermYears = term,
        };
    }

    /// <summary>The first token of the contiguous modifiers before the head ("a “strategic partnership” agreement").</summary>
    private static int LeftEdge(SentenceGraph g, int head)
    {
        int first = head;
        foreach (int c in g.Children(head).Where(c => c < head).OrderDescending())
        {
            if (!(g.Is(c, "amod") || g.Is(c, "compound") || g.Is(c, "nummod") || g.Is(c, "det") || g.Is(c, "nmod:poss") || g.Is(c, "punct") || g.Is(c, "flat")))
            {
                break;
            }

            var (lo, hi) = TreeWalk.Range(g, c);
            if (hi != first - 1 && !(g.Is(c, "punct") && c == first - 1))
            {
                break;
            }

            first = Math.Min(lo, c);
        }

        return first;
    }

    private static bool UnderPossessor(SentenceGraph g, int k, int head) =>
        g.Children(head).Any(c => g.Is(c, "nmod:poss") && TreeWalk.IsUnder(g, k, c));

    /// <summary>The last token of a capitalised name that runs on after the head ("Treaty of the Foundation … Act").</summary>
    private static int ProperEnd(ParsedArticle article, SentenceGraph g, int nameStart, int head)
    {
        string headText = article.Document.TokenText(g.First + head);
        if (!char.IsUpper(headText[0]) || (head == 0 && nameStart == head))
        {
            return head;
        }

        int last = head;
        for (int j = head + 1; j < g.Count; j++)
        {
            string form = article.Document.TokenText(g.First + j);
            if (char.IsUpper(form[0]) && form.Any(char.IsLetter))
            {
                last = j;
            }
            else if (!NameConnectors.Contains(form))
            {
                break;
            }
        }

        return last;
    }

    private static int? Term(ParsedArticle article, SentenceGraph g, int nameStart, int head)
    {
        var span = article.Span(g.First + nameStart, g.First + head);
        foreach (var t in article.Document.Timexes)
        {
            // A span with a point ("six years after") counts time from something, it is not a term the agreement runs.
            if (t.Type == "DURATION" && t.Point is null && t.Start >= span.Start && t.End <= span.End && t.Value is { } v && YearsValue().Match(v) is { Success: true } m)
            {
                return int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    /// <summary>The parties the phrase names with "between", "among" (a full list) or "with" (one side), or as possessor.</summary>
    private static (List<string> Parties, bool Complete) Explicit(ParsedArticle article, SentenceGraph g, int head)
    {
        var parties = new List<string>();
        bool complete = false;
        foreach (int c in g.Children(head))
        {
            string? prep = g.Is(c, "nmod") ? g.CaseOf(c) : null;
            if (prep is "BETWEEN" or "AMONG" or "WITH" || g.Is(c, "nmod:poss"))
            {
                parties.AddRange(PartyKeys.Of(article, g, c).Where(k => !parties.Contains(k)));
                complete |= prep is "BETWEEN" or "AMONG";
                if (prep is "BETWEEN" or "AMONG" && StrandedConjunct(article, g, c) is { } other && !parties.Contains(other))
                {
                    parties.Add(other);
                }
            }
        }

        return (parties, complete);
    }

    /// <summary>
    /// "an agreement between Moscow and Tehran was announced" parsed with "Tehran" the subject of "announced": the
    /// name right after "and" that ends the "between" phrase is its other party, wherever the parse attached it.
    /// </summary>
    private static string? StrandedConjunct(ParsedArticle article, SentenceGraph g, int party)
    {
        if (g.Children(party).Any(c => g.Is(c, "conj")))
        {
            return null;
        }

        int and = g.SubtreeEnd(party) + 1;
        if (and + 1 >= g.Count || g.Forms[and] != "AND" || TreeWalk.IsUnder(g, and + 1, party))
        {
            return null;
        }

        int next = g.Upos[and + 1] == "DET" && and + 2 < g.Count ? and + 2 : and + 1;
        return g.Upos[next] is "PROPN" or "NOUN" ? PartyKeys.Key(article.EntityAt(g.First + next)?.EntityId) : null;
    }

    /// <summary>
    /// The states that act on the agreement: the subjects of the verb it is the object or oblique of ("Moscow and
    /// Tehran are negotiating a … agreement", "continuing their work on a … agreement"), not of a reporting verb
    /// ("the ministry said a new treaty …"), and only countries (an organisation is a party when the phrase names it).
    /// </summary>
    private static List<string> Actors(ParsedArticle article, SentenceGraph g, int head, IReadOnlyDictionary<string, CueVerb> reporting)
    {
        int n = head;
        while ((g.Is(n, "nmod") || g.Is(n, "obl")) && g.Heads[n] >= 0 && g.Upos[g.Heads[n]] == "NOUN")
        {
            n = g.Heads[n];
        }

        if (!(g.Is(n, "obj") || g.Is(n, "obl") || g.Is(n, "nsubj:pass")) || g.Heads[n] < 0)
        {
            return [];
        }

        for (int v = g.Heads[n], depth = 0; v >= 0 && depth < 3; depth++)
        {
            if (reporting.ContainsKey(g.Lemmas[v]))
            {
                break;
            }

            var subjects = g.Children(v).Where(c => g.Is(c, "nsubj") && !g.Is(c, "nsubj:pass")).ToList();
            if (subjects.Count > 0)
            {
                return subjects.SelectMany(c => PartyKeys.Of(article, g, c)).Where(k => !k.StartsWith("ent:", StringComparison.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
            }

            if (!(g.Is(v, "conj") || g.Is(v, "advcl") || g.Is(v, "xcomp")))
            {
                break;
            }

            v = g.Heads[v];
        }

        return [];
    }

    private static string Clean(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (char ch in text)
        {
            if (ch is '"' or '“' or '”')
            {
                continue;
            }

            sb.Append(char.IsWhiteSpace(ch) ? ' ' : ch);
        }

        return MultipleSpaces().Replace(sb.ToString(), " ").Trim();
    }

    [GeneratedRegex(@"^\d+-year$")]
    private static partial Regex TermWord();

    [GeneratedRegex(@"^P(?<n>\d+)Y$")]
    private static partial Regex YearsValue();

    [GeneratedRegex(" {2,}")]
    private static partial Regex MultipleSpaces();
}
