using Dossier.Events;
using Dossier.Model;

namespace Dossier.Claims;

/// <summary>
/// Finds who takes a stance from the parse: the subject of the cue verb, or its agent when passive ("a claim denied
/// by both Moscow and Tehran"), or the subject of the clause it hangs from ("officials issued statements …
/// dismissing reports …"); coordinated subjects are separate sources. A phrase naming a person is that person
/// ("Iran's ambassador to Moscow Kazem Jalali"); "he" or "she" is the person last named.
/// </summary>
public sealed class SourceFinder(ClaimLexicon lexicon)
{
    private static readonly HashSet<string> PersonPronouns = new(StringComparer.Ordinal) { "HE", "SHE", "HIM", "HER" };

    /// <summary>The sources of the cue verb at local token <paramref name="verb"/>.</summary>
    public List<SourceRef> ForVerb(ParsedArticle article, SentenceGraph g, int verb)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(g);
        if (NamedBefore(article, g, verb))
        {
            return ForPhrase(article, g, verb - 1);
        }

        return SubjectHeads(g, verb).SelectMany(h => ForPhrase(article, g, h)).ToList();
    }

    /// <summary>
    /// Whether a verb with no subject of its own comes right after a person's or organisation's name ("…, Kremlin
    /// spokesman Dmitry Peskov said"; "Iran's ambassador to Moscow Kazem Jalali said …"): the name is its subject,
    /// whatever the parse attached it to (parataxis, an acl of the title, an advcl of the clause before).
    /// </summary>
    public static bool NamedBefore(ParsedArticle article, SentenceGraph g, int verb)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(g);
        return verb > 0 && !g.Children(verb).Any(c => g.Is(c, "nsubj") || g.Is(c, "nsubj:pass"))
            && article.EntityAt(g.First + verb - 1) is { Type: "PERSON" or "ORG" };
    }

    /// <summary>The sources a phrase names, one per conjunct ("Moscow and Tehran").</summary>
    public List<SourceRef> ForPhrase(ParsedArticle article, SentenceGraph g, int head)
    {
        ArgumentNullException.ThrowIfNull(g);
        var result = new List<SourceRef>();
        foreach (int h in Conjuncts(g, head))
        {
            if (Describe(article, g, h) is { } source && !result.Any(r => r.Span == source.Span))
            {
                result.Add(source);
            }
        }

        return result;
    }

    /// <summary>The subject (or passive agent) of a verb, looking up through the clauses it depends on when it has none.</summary>
    public static List<int> SubjectHeads(SentenceGraph g, int verb)
    {
        ArgumentNullException.ThrowIfNull(g);
        // "Iran's ambassador … said this was not the case" parsed with "said" as an acl of "ambassador": a finite verb
        // cannot be a participle modifying the noun, so the noun before it is its subject.
        if (g.Is(verb, "acl") && !g.Is(verb, "acl:relcl") && g.Heads[verb] is int noun && noun >= 0 && noun < verb && g.Upos[noun] is "NOUN" or "PROPN"
            && g.Document.Xpos.ElementAtOrDefault(g.First + verb) is "VBD" or "VBZ" or "VBP" && !g.Children(verb).Any(c => g.Is(c, "nsubj") || g.Is(c, "aux:pass")))
        {
            return [noun];
        }

        int n = verb;
        for (int depth = 0; n >= 0 && depth < 5; depth++)
        {
            bool passive = g.Children(n).Any(c => g.Is(c, "aux:pass") || g.Is(c, "nsubj:pass")) || (g.Is(n, "acl") && g.Document.Xpos.ElementAtOrDefault(g.First + n) == "VBN" && !g.Children(n).Any(c => g.Is(c, "nsubj")));
            var found = passive
                ? g.Children(n).Where(c => g.Is(c, "obl:agent") || (g.Is(c, "obl") && g.CaseOf(c) == "BY")).ToList()
                : g.Children(n).Where(c => g.Is(c, "nsubj") && !g.Is(c, "nsubj:pass") && g.Upos[c] != "SCONJ").ToList();
            if (found.Count > 0 || passive)
            {
                return found;
            }

            if (g.Is(n, "conj") || g.Is(n, "advcl") || g.Is(n, "xcomp") || (g.Is(n, "acl") && !g.Is(n, "acl:relcl")))
            {
                n = g.Heads[n];
                // "issued statements reaffirming …": from the noun to the verb it is the object of.
                if (n >= 0 && g.Upos[n] == "NOUN" && (g.Is(n, "obj") || g.Is(n, "obl")))
                {
                    n = g.Heads[n];
                }

                continue;
            }

            break;
        }

        return [];
    }

    private static IEnumerable<int> Conjuncts(SentenceGraph g, int head)
    {
        yield return head;
        foreach (int c in g.Children(head))
        {
            if (g.Is(c, "conj") && g.Upos[c] is "PROPN" or "NOUN")
            {
                foreach (int d in Conjuncts(g, c))
                {
                    yield return d;
                }
            }
        }
    }

    private SourceRef? Describe(ParsedArticle article, SentenceGraph g, int head)
    {
        var doc = article.Document;
        if (g.Upos[head] == "PRON")
        {
            return PersonPronouns.Contains(g.Forms[head]) ? LastPerson(article, doc.Tokens[g.First + head].Start, g.SentenceIndex) : null;
        }

        var nodes = TreeWalk.Subtree(g, head, c => g.Is(c, "appos") || g.Is(c, "acl") || g.Is(c, "conj") || g.Is(c, "cc") || g.Is(c, "parataxis") || g.Is(c, "advcl") || g.Is(c, "punct") || g.Is(c, "dep"));
        int first = nodes.Min(), last = nodes.Max();
        while (first < last && (g.Upos[first] == "PUNCT" || g.Is(first, "case") || g.Is(first, "cc:preconj")))
        {
            first++;
        }

        var mentions = Enumerable.Range(first, last - first + 1).Select(k => article.EntityAt(g.First + k)).OfType<EntityMention>().Distinct().ToList();
        var ids = mentions.Select(m => m.EntityId).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (mentions.FirstOrDefault(m => m.Type == "PERSON") is { } person)
        {
            return new SourceRef(person.Span, person.Span.Slice(doc.Text), person.EntityId) { Entities = ids };
        }

        string text = article.Slice(g.First + first, g.First + last);
        var span = article.Span(g.First + first, g.First + last);
        var countries = ids.Select(EntityCountries.Of).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        // "Iran's ambassador to Russia" speaks for Iran, the possessor; "Iranian authorities" for the one country named.
        string? possessor = g.Children(head).Where(c => g.Is(c, "nmod:poss")).Select(c => EntityCountries.Of(article.EntityAt(g.First + c)?.EntityId)).FirstOrDefault(c => c is not null);
        bool official = lexicon.OfficialNouns.Contains(g.Lemmas[head]);
        string? id = official && possessor is not null ? "ent:" + possessor
            : official && countries.Count == 1 ? "ent:" + countries[0]
            : official && countries.Count > 1 ? null
            : article.EntityAt(g.First + head)?.EntityId;
        return new SourceRef(span, text, id) { Entities = ids };
    }

    /// <summary>The person last named before an offset, in this sentence or the three before it.</summary>
    private static SourceRef? LastPerson(ParsedArticle article, int before, int sentence)
    {
        var doc = article.Document;
        var person = doc.Entities
            .Where(e => e.Type == "PERSON" && e.End <= before && doc.SentenceAt(e.Start) >= sentence - 3)
            .OrderBy(e => e.Start)
            .LastOrDefault();
        return person is null ? null : new SourceRef(person.Span, person.Span.Slice(doc.Text), person.EntityId) { Entities = person.EntityId is { } id ? [id] : [] };
    }
}
