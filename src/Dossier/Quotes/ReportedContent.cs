using Dossier.Claims;
using Dossier.Events;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// The words a reporting cue reports: the clause under "said (that)", the object of "denied", the rest of the
/// sentence after "according to X," or after a headline's colon, else the clause a trailing ", X said" comments on.
/// </summary>
internal static class ReportedContent
{
    /// <summary>
    /// When the parse gives a cue no clause but a quoted fragment hangs from it ('Trump says voter fraud "would be one
    /// hell of a way to lose"'), the reported speech runs from after the cue to the end of the fragment.
    /// </summary>
    public static TextSpan? Around(CueSite cue, List<QuoteMention> quotes, Document doc)
    {
        var last = quotes.Where(q => q.Kind == "partial" && q.Cue is { } c && c.Start == cue.Span.Start && q.Start > cue.Span.End && doc.SentenceAt(q.Start) == cue.Graph.SentenceIndex)
            .OrderBy(q => q.End).LastOrDefault();
        if (last is null)
        {
            return null;
        }

        int start = doc.TokenAtOrAfter(cue.Span.End);
        return start < doc.Tokens.Count && doc.Tokens[start].Start < last.Start ? new TextSpan(doc.Tokens[start].Start, last.End) : null;
    }

    /// <summary>The span of reported speech under a cue, or null when the cue reports no clause.</summary>
    public static TextSpan? Of(CueSite cue, List<QuotedSpan> marks, Document doc)
    {
        var g = cue.Graph;
        (int First, int Last)? range = cue.Colon ? Trim(g, cue.Token + 1, g.Count - 1) : cue.According ? AccordingContent(g, cue.Token) : ClauseContent(g, cue);
        if (range is not { } r || r.Last - r.First < 2)
        {
            return null;
        }

        var span = g.Span(r.First, r.Last);
        // Words of a direct quotation already attributed are not reported speech again.
        return marks.Any(m => m.Inner.Covers(span)) ? null : span;
    }

    private static (int, int)? ClauseContent(SentenceGraph g, CueSite cue)
    {
        int v = cue.Token;
        var clause = g.Children(v).Where(c => g.Is(c, "ccomp")).ToList();
        if (clause.Count == 0 && cue.Verb.Class is not "say" and not "claim")
        {
            // "urged the West to …": parsers make the addressee obj or iobj beside the xcomp; either starts the appeal
            // (an iobj without the xcomp is a plain indirect object, which reported speech leaves out).
            bool appeal = g.Children(v).Any(c => c > v && g.Is(c, "xcomp"));
            clause = g.Children(v).Where(c => c > v && (g.Is(c, "obj") || (appeal && g.Is(c, "iobj")) || g.Is(c, "xcomp") || (g.Is(c, "obl") && g.CaseOf(c) is "OF" or "FOR" or "ABOUT")
                || (g.Is(c, "advcl") && g.Children(c).Any(m => g.Is(m, "mark") && g.Forms[m] is "OF" or "FOR" or "TO")))).ToList();
        }

        if (clause.Count > 0)
        {
            int first = clause.Min(), last = clause.Max(g.SubtreeEnd);
            foreach (int c in clause)
            {
                first = Math.Min(first, TreeWalk.Range(g, c).First);
            }

            // "he would order a review … and warned against hackers": a reporting verb coordinated inside the clause
            // is the speaker's next statement, not part of this one.
            for (int i = first + 1; i <= last; i++)
            {
                if (g.Is(i, "conj") && g.Upos[i] == "VERB" && cue.Verb.Class is not null && IsCueVerb(g, i))
                {
                    last = Math.Min(last, TreeWalk.Range(g, i).First - 1);
                    while (last > first && g.Upos[last] is "CCONJ" or "PUNCT")
                    {
                        last--;
                    }

                    break;
                }
            }

            return Trim(g, first, last);
        }

        // "Moscow and Tehran are continuing …, Kremlin spokesman Dmitry Peskov said": the clause the verb comments on.
        int head = g.Heads[v];
        bool named = v > 0 && g.Entities.Any(e => e.Type is "PERSON" or "ORG" && e.End == g.Span(v - 1, v - 1).End);
        // Parsers attach such a trailing "X said" as parataxis or conj of the main verb, or as a complement (ccomp,
        // xcomp, advcl) of the clause just before it ("…, although the schedule may shift, Peskov said"); after a
        // comma, all of them mean the same: the speaker comments on the whole sentence before the comma.
        bool beside = g.Is(v, "parataxis") || g.Is(v, "conj");
        bool under = !beside && (g.Is(v, "ccomp") || g.Is(v, "advcl") || g.Is(v, "xcomp"));
        // A passive verb whose subject is a noun phrase reports nothing said by it ("Work on an agreement between Moscow
        // and Tehran was announced", parsed with "Tehran" as the passive subject of a conjoined "announced").
        bool passiveOfNoun = g.Children(v).Any(c => g.Is(c, "nsubj:pass") && g.Upos[c] != "PRON");
        if ((beside || under) && !passiveOfNoun && head >= 0 && head < v && cue.Verb.Class == "say" && (named || g.Children(v).Any(c => g.Is(c, "nsubj"))))
        {
            int start = TreeWalk.Range(g, v).First;
            // "…, Kremlin spokesman Dmitry Peskov said": the name and title before the verb are not reported speech,
            // whatever the parse made of them. When the verb's subtree opens on a comma, the parse has hung a clause of
            // the report on the verb ("…, although the schedule may shift, Peskov said"): the report then runs up to
            // the name, not to the start of the subtree.
            if (named)
            {
                start = g.Upos[start] == "PUNCT" ? NameStart(g, v) : NameStart(g, start);
            }

            if (under && (start == 0 || g.Forms[start - 1] != ","))
            {
                return null;
            }

            int first = TreeWalk.Range(g, under ? Top(g, head) : head).First;
            return first < start ? Trim(g, first, start - 1) : null;
        }

        return null;
    }

    /// <summary>
    /// Where the name and title that end just before <paramref name="from"/> begin ("Iran's ambassador to Moscow Kazem
    /// Jalali"): nouns, adjectives, determiners, possessive markers, and a preposition between a title and a name.
    /// </summary>
    private static int NameStart(SentenceGraph g, int from)
    {
        int s = from;
        while (s > 0)
        {
            string u = g.Upos[s - 1];
            bool titleOf = u == "ADP" && s >= 2 && g.Upos[s - 2] == "NOUN" && g.Upos[s] == "PROPN";
            if (u is not ("PROPN" or "NOUN" or "ADJ" or "PART" or "DET") && !titleOf)
            {
                break;
            }

            s--;
        }

        return s;
    }

    private static int Top(SentenceGraph g, int i)
    {
        while (g.Heads[i] >= 0)
        {
            i = g.Heads[i];
        }

        return i;
    }

    private static bool IsCueVerb(SentenceGraph g, int i) =>
        ReportingVerbs.Default.ByLemma(g.Lemmas[i].ToLowerInvariant()) is not null || ReportingVerbs.Default.ByForm(g.Forms[i].ToLowerInvariant()) is not null;

    private static (int, int)? AccordingContent(SentenceGraph g, int according)
    {
        int x = SpeakerResolver.AccordingObject(g, according);
        if (x < 0)
        {
            return null;
        }

        var (pFirst, pLast) = TreeWalk.Range(g, x);
        pFirst = Math.Min(pFirst, according);
        if (pFirst <= 1)
        {
            // "According to X, …": the phrase ends at its comma, whatever the parse hung on it.
            int comma = Enumerable.Range(according + 2, Math.Max(0, pLast - according - 1)).FirstOrDefault(i => g.Forms[i] == ",", -1);
            return Trim(g, (comma > 0 ? comma : pLast) + 1, g.Count - 1);
        }

        return Trim(g, 0, pFirst - 1);
    }

    private static (int, int)? Trim(SentenceGraph g, int first, int last)
    {
        while (first <= last && g.Upos[first] == "PUNCT")
        {
            first++;
        }

        while (last >= first && g.Upos[last] == "PUNCT" && !IsQuoteMark(g.Forms[last]))
        {
            last--;
        }

        return last - first >= 0 ? (first, last) : null;
    }

    private static bool IsQuoteMark(string form) => form is "\"" or "”" or "’" or "»";
}
