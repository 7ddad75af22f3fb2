using Dossier.Claims;
using Dossier.Events;
using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// Finds an article's quotes and reported speech. Matching is kept apart from applying: <see cref="Find"/> returns
/// the mentions and the stage adds them to the document.
/// <list type="bullet">
/// <item>A quotation that opens its sentence or follows a comma or colon is <c>direct</c> ("“…,” Mokhber said",
/// "Kabulov remarked, "…"", "He claimed: “…”"); one inside a reported clause is <c>partial</c> ('ties would remain
/// "deep"'). Its cue is the reporting verb of the sentence whose clause holds it, else the nearest one outside it.
/// A quotation that is a whole sentence with no cue continues the previous quotation's speaker.</item>
/// <item>A reporting verb with a clause ("Peskov said (that) …", "told Shoigu that …"), or a denial, accusation or
/// appeal with its object ("denied any connection …", "urged the West to …"), and "according to X, …" give
/// <c>indirect</c> speech, unless a direct quotation already took the cue.</item>
/// </list>
/// Quotations with no cue that do not make a sentence (scare quotes: Tehran's "Axis of Resistance") are not quotes.
/// </summary>
public sealed class QuoteFinder
{
    private readonly ReportingVerbs verbs;
    private readonly SpeakerResolver speakers;

    public QuoteFinder(ReportingVerbs verbs, SourceFinder sources)
    {
        this.verbs = verbs ?? throw new ArgumentNullException(nameof(verbs));
        speakers = new SpeakerResolver(sources ?? throw new ArgumentNullException(nameof(sources)));
    }

    /// <summary>The quotes of a tokenized, parsed document (entities make the speakers' ids), in text order.</summary>
    public List<QuoteMention> Find(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        var article = new ParsedArticle(doc);
        var dates = EventDates.BySentence(doc);
        var marks = QuoteMarks.Find(doc.Text);
        var cues = Cues(article, marks);
        var relays = new HashSet<CueSite>();
        var speakersOf = Speakers(article, cues, relays);
        Speaker SpeakerOf(CueSite c) => speakersOf[c];

        var quotes = new List<QuoteMention>();
        var used = new HashSet<CueSite>();
        QuoteMention? previous = null;
        foreach (var mark in marks)
        {
            int s0 = doc.SentenceAt(mark.Inner.Start), s1 = doc.SentenceAt(mark.Inner.End - 1);
            if (s0 < 0 || s1 < 0)
            {
                continue;
            }

            bool opens = OnlyPunctuation(doc.Text, doc.Sentences[s0].Start, mark.Outer.Start);
            bool closes = OnlyPunctuation(doc.Text, mark.Outer.End, doc.Sentences[s1].End);
            bool introduced = Before(doc.Text, mark.Outer.Start) is ',' or ':';
            bool direct = opens || introduced;
            var cue = Choose(article, cues.Where(c => !relays.Contains(c)).ToList(), mark, s0, s1, direct);
            QuoteMention? quote = null;
            if (cue is not null)
            {
                var who = SpeakerOf(cue);
                quote = Mention(doc, mark.Inner, direct ? "direct" : "partial", cue, who, dates[s0]);
                if (direct)
                {
                    used.Add(cue);
                }
            }
            else if (opens && closes)
            {
                // A whole sentence in quotation marks and no cue: the previous quotation goes on ("He claimed, “…” “These …”").
                bool continues = previous is not null && previous.Kind == "direct" && doc.SentenceAt(previous.End - 1) >= s0 - 2 && SameParagraphOrNext(doc.Text, previous.End, mark.Outer.Start);
                quote = continues
                    ? previous! with { Start = mark.Inner.Start, End = mark.Inner.End }
                    : new QuoteMention(mark.Inner.Start, mark.Inner.End, "direct", null, null) { Date = dates[s0] is { Length: >= 4 } d && char.IsAsciiDigit(d[0]) ? d : null };
            }

            if (quote is not null)
            {
                quotes.Add(quote);
                previous = quote;
            }
        }

        foreach (var cue in cues.Where(c => !used.Contains(c) && !relays.Contains(c)))
        {
            var content = ReportedContent.Of(cue, marks, doc) ?? ReportedContent.Around(cue, quotes, doc);
            if (content is { } span)
            {
                var who = SpeakerOf(cue);
                quotes.Add(Mention(doc, span, "indirect", cue, who, dates[cue.Graph.SentenceIndex]));
            }
        }

        return quotes.OrderBy(q => q.Start).ThenBy(q => q.End).ToList();
    }

    private static QuoteMention Mention(Document doc, TextSpan span, string kind, CueSite cue, Speaker who, string? date) =>
        new(span.Start, span.End, kind, who.Named, cue.According ? "according to" : doc.TokenText(cue.DocToken))
        {
            VerbClass = cue.Verb.Class,
            Conduit = who.Conduit,
            Cue = new MentionRef(cue.Span.Start, cue.Span.End),
            SpeakerWords = who.Words,
            Date = date is { Length: >= 4 } && char.IsAsciiDigit(date[0]) ? date : null,
        };

    /// <summary>
    /// The speaker of every cue, in text order. A cue with no subject inside another cue's clause has its speaker
    /// ("Mokhber stated …, adding that …"). "He" or "she" is the speaker of a cue in the two sentences before when
    /// there is one (the person the text is quoting), else the person last named. A cue that only relays another
    /// (", reported TASS"; "according to a statement carried by IRNA" on "said") becomes that cue's conduit.
    /// </summary>
    private Dictionary<CueSite, Speaker> Speakers(ParsedArticle article, List<CueSite> cues, HashSet<CueSite> relays)
    {
        var doc = article.Document;
        var result = new Dictionary<CueSite, Speaker>();
        Speaker Get(CueSite cue, int depth)
        {
            if (result.TryGetValue(cue, out var known))
            {
                return known;
            }

            var g = cue.Graph;
            // A cue with a speaker of its own (a subject, a name right before it, the noun it is a finite acl of) does
            // not take the speaker of the cue whose clause holds it, however the parse nested it.
            var governing = cue.According || g.Children(cue.Token).Any(c => g.Is(c, "nsubj")) || SourceFinder.NamedBefore(article, g, cue.Token)
                || SourceFinder.SubjectHeads(g, cue.Token) is [int own] && g.Is(cue.Token, "acl") && g.Heads[cue.Token] == own ? null
                : cues.FirstOrDefault(d => d != cue && d.Graph == g && !d.According && TreeWalk.IsUnder(g, cue.Token, d.Token));
            var speaker = governing is not null && depth < 4 ? Get(governing, depth + 1) with { Conduit = null } : speakers.Resolve(article, cue);
            if (speaker.Words is { } w && IsPersonPronoun(doc.Text[w.Start..w.End]))
            {
                int sentence = g.SentenceIndex;
                var earlier = result.Where(r => r.Key.Graph.SentenceIndex >= sentence - 2 && r.Key.DocToken < cue.DocToken && r.Value.Named is { } n
                        && doc.Entities.Any(e => e.Type == "PERSON" && e.Start == n.Start && e.End == n.End))
                    .OrderBy(r => r.Key.DocToken).Select(r => r.Value.Named).LastOrDefault();
                speaker = speaker with { Named = earlier ?? SubjectBefore(article, sentence) ?? speaker.Named };
            }

            result[cue] = speaker;
            return speaker;
        }

        foreach (var cue in cues)
        {
            Get(cue, 0);
        }

        foreach (var cue in cues)
        {
            if (Relayed(article, cue, cues) is { } relayed)
            {
                relays.Add(cue);
                result[relayed.Cue] = result[relayed.Cue] with { Conduit = result[relayed.Cue].Conduit ?? relayed.Conduit };
            }
        }

        return result;
    }

    /// <summary>A person who is the subject of one of the two sentences before: whom a following "he" most likely means.</summary>
    private static MentionRef? SubjectBefore(ParsedArticle article, int sentence)
    {
        for (int s = sentence - 1; s >= 0 && s >= sentence - 2; s--)
        {
            var g = article.Graph(s);
            for (int i = 0; i < g.Count; i++)
            {
                if (g.Is(i, "nsubj") && g.Heads[i] >= 0 && g.Heads[g.Heads[i]] < 0 && article.EntityAt(g.First + i) is { Type: "PERSON" } person)
                {
                    return new MentionRef(person.Start, person.End, person.EntityId);
                }
            }
        }

        return null;
    }

    private static bool IsPersonPronoun(string word) => word.Equals("he", StringComparison.OrdinalIgnoreCase) || word.Equals("she", StringComparison.OrdinalIgnoreCase);

    /// <summary>The cue another cue only relays, and the outlet that relayed it ("reported TASS"; "according to a statement carried by IRNA").</summary>
    private static (CueSite Cue, MentionRef? Conduit)? Relayed(ParsedArticle article, CueSite cue, List<CueSite> cues)
    {
        var g = cue.Graph;
        int phrase;
        CueSite? target;
        if (cue.According)
        {
            int x = SpeakerResolver.AccordingObject(g, cue.Token);
            // "X said Y, according to a statement carried by IRNA": the phrase relays the cue it hangs from, else (parsed
            // onto another clause) the cue whose clause ends at the comma right before it.
            target = x < 0 ? null : cues.FirstOrDefault(d => d.Graph == g && !d.According && d.Token == g.Heads[x])
                ?? cues.LastOrDefault(d => d.Graph == g && !d.According && d.Token < cue.Token && cue.Token >= 2 && g.Forms[cue.Token - 1] == ","
                    && g.SubtreeEnd(d.Token) == cue.Token - 2);
            phrase = x;
        }
        else if (cue.Verb.Lemma is "report" or "carry")
        {
            target = cues.FirstOrDefault(d => d != cue && d.Graph == g && !d.According && TreeWalk.IsUnder(g, cue.Token, d.Token));
            int subject = g.FirstChild(cue.Token, "nsubj");
            phrase = subject >= 0 ? subject : g.FirstChild(cue.Token, "obj");
        }
        else
        {
            return null;
        }

        if (target is null || phrase < 0)
        {
            return null;
        }

        var organisation = Enumerable.Range(0, g.Count).Where(i => TreeWalk.IsUnder(g, i, phrase)).Select(i => article.EntityAt(g.First + i))
            .FirstOrDefault(e => e is { Type: "ORG" });
        var span = organisation?.Span ?? g.Span(phrase, phrase);
        return (target, new MentionRef(span.Start, span.End, organisation?.EntityId));
    }

    /// <summary>The reporting cues of every sentence, leaving out those inside quotations (words of the quoted speaker).</summary>
    private List<CueSite> Cues(ParsedArticle article, List<QuotedSpan> marks)
    {
        var doc = article.Document;
        var cues = new List<CueSite>();
        var according = verbs.ByLemma("say") ?? new ReportingVerb("say", "say");
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            SentenceGraph? g = null;
            var sentence = doc.Sentences[s];
            for (int t = sentence.FirstToken; t < sentence.EndToken; t++)
            {
                var tokenSpan = doc.Tokens[t].Span;
                if (marks.Any(m => m.Inner.Covers(tokenSpan)))
                {
                    continue;
                }

                string? upos = doc.Upos.Length > t ? doc.Upos[t] : null;
                if (string.Equals(doc.TokenText(t), "according", StringComparison.OrdinalIgnoreCase) && t + 1 < sentence.EndToken
                    && string.Equals(doc.TokenText(t + 1), "to", StringComparison.OrdinalIgnoreCase))
                {
                    g ??= article.Graph(s);
                    cues.Add(new CueSite(g, t - g.First, according, true));
                }
                else if (t - sentence.FirstToken is >= 1 and <= 4 && doc.TokenText(t) == ":" && OpensParagraph(doc.Text, sentence.Start) && NameBefore(article, sentence.FirstToken, t))
                {
                    g ??= article.Graph(s);
                    cues.Add(new CueSite(g, t - g.First, according, false) { Colon = true });
                }
                else if (upos == "VERB" && (verbs.ByLemma(article.Lemma(t)) ?? verbs.ByForm(doc.TokenText(t))) is { } verb)
                {
                    g ??= article.Graph(s);
                    cues.Add(new CueSite(g, t - g.First, verb, false));
                }
            }
        }

        return cues;
    }

    private static bool OpensParagraph(string text, int start) => start == 0 || text.AsSpan(0, start).TrimEnd(' ').EndsWith("\n", StringComparison.Ordinal);

    /// <summary>Whether tokens [first, colon) are a name: nouns and names only, one of them a name ("Pat Caddell: …", "Poll: …").</summary>
    private static bool NameBefore(ParsedArticle article, int first, int colon)
    {
        var doc = article.Document;
        bool name = false;
        for (int t = first; t < colon; t++)
        {
            string? upos = doc.Upos.Length > t ? doc.Upos[t] : null;
            if (upos is not ("PROPN" or "NOUN" or "PART" or "ADJ"))
            {
                return false;
            }

            name |= upos == "PROPN" || article.EntityAt(t) is not null;
        }

        // "TEHRAN: …" is a dateline, not a speaker.
        string before = doc.Text[doc.Tokens[first].Start..doc.Tokens[colon - 1].End];
        return (name || colon - first == 1) && before.Any(char.IsLower);
    }

    /// <summary>
    /// The cue of a quotation: the reporting verb (or "according to") whose clause holds it, the deepest first; else,
    /// for a direct quotation, the nearest cue in its first sentence before it or its last sentence after it.
    /// </summary>
    private static CueSite? Choose(ParsedArticle article, List<CueSite> cues, QuotedSpan mark, int s0, int s1, bool direct)
    {
        var doc = article.Document;
        int firstToken = doc.TokenAtOrAfter(mark.Inner.Start);
        var holding = cues.Where(c => c.Graph.SentenceIndex == s0 && !c.According && Holds(c, firstToken - c.Graph.First))
            .OrderBy(c => c.Graph.SubtreeEnd(c.Token) - c.Token).FirstOrDefault();
        if (holding is not null)
        {
            return holding;
        }

        var candidates = cues.Where(c =>
            (c.Graph.SentenceIndex == s0 && c.Span.End <= mark.Outer.Start) || (c.Graph.SentenceIndex == s1 && c.Span.Start >= mark.Outer.End));
        if (!direct)
        {
            // A fragment outside every reporting clause goes by "according to", or by a verb right after it
            // ('As a "real breakthrough …" Putin hailed the agreement').
            candidates = candidates.Where(c => c.According || (c.Span.Start >= mark.Outer.End && c.Span.Start - mark.Outer.End < 30));
        }

        return candidates.OrderBy(c => Math.Min(Math.Abs(c.Span.Start - mark.Outer.End), Math.Abs(mark.Outer.Start - c.Span.End))).FirstOrDefault();
    }

    /// <summary>Whether the quotation's first token is inside the cue's clause, not inside a relative clause with its own subject.</summary>
    private static bool Holds(CueSite cue, int local)
    {
        var g = cue.Graph;
        if (local < 0 || local >= g.Count || local == cue.Token)
        {
            return false;
        }

        for (int n = local, depth = 0; n >= 0 && depth < 40; n = g.Heads[n], depth++)
        {
            if (n == cue.Token)
            {
                return true;
            }

            if (g.Is(n, "acl:relcl") || (g.Is(n, "nsubj") && g.Heads[n] == cue.Token))
            {
                return false;
            }
        }

        return false;
    }

    private static bool OnlyPunctuation(string text, int from, int to)
    {
        for (int i = Math.Max(0, from); i < to && i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static char Before(string text, int offset)
    {
        for (int i = offset - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]) || text[i] == '\n')
            {
                return text[i];
            }
        }

        return '\0';
    }

    private static bool SameParagraphOrNext(string text, int from, int to)
    {
        int breaks = 0;
        for (int i = from; i < to && i < text.Length; i++)
        {
            if (text[i] == '\n' && (i == 0 || text[i - 1] != '\n'))
            {
                breaks++;
            }
        }

        return breaks <= 1;
    }
}
