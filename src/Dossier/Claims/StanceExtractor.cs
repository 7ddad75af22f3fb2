using Dossier.Agreements;
using Dossier.Events;
using Dossier.Model;

namespace Dossier.Claims;

/// <summary>
/// Finds the stances one article reports, from its parse, entities and quotations: a source (the subject of a
/// reporting or stance verb, the maker of a claim, the speaker of a quotation) takes a position (asserts, denies,
/// confirms, questions, retracts) towards a proposition (a predicate of known class in the verb's content, or the
/// content itself under an explicit stance). Words that refer back ("this was not the case", "a claim denied by …",
/// "a charge that … have levelled") answer the proposition reported just before. A pure function of the document.
/// </summary>
public sealed class StanceExtractor(ClaimLexicon lexicon)
{
    private static readonly Lazy<StanceExtractor> Shared = new(() => new StanceExtractor(ClaimLexicon.Default));

    private readonly SourceFinder sources = new(lexicon);
    private readonly PropositionReader reader = new(lexicon);
    private readonly QuotationStances quotations = new(lexicon, new SourceFinder(lexicon), new PropositionReader(lexicon));

    public static StanceExtractor Default => Shared.Value;

    public IReadOnlyList<StanceMention> Extract(ParsedArticle article, ArticleAgreements agreements)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(agreements);
        if (!article.HasParse)
        {
            return [];
        }

        var run = new StanceRun(article, agreements);
        for (int s = 0; s < article.Document.Sentences.Count; s++)
        {
            if (!Worth(article, s))
            {
                continue;
            }

            var g = article.Graph(s);
            var consumed = new HashSet<int>();
            for (int v = 0; v < g.Count; v++)
            {
                if (g.Upos[v] == "VERB" && lexicon.Verbs.TryGetValue(g.Lemmas[v], out var cue))
                {
                    Verb(run, g, v, cue, consumed);
                }
            }

            for (int n = 0; n < g.Count; n++)
            {
                if (!consumed.Contains(n) && reader.IsReportNoun(g, n))
                {
                    Noun(run, g, n);
                }
            }

            for (int a = 0; a + 1 < g.Count; a++)
            {
                if (g.Forms[a] == "ACCORDING" && g.Forms[a + 1] == "TO")
                {
                    According(run, g, a);
                }
            }
        }

        quotations.Add(run);
        return run.Found;
    }

    private bool Stop(SentenceGraph g, int n) => reader.IsBoundary(g, n);

    private void Verb(StanceRun run, SentenceGraph g, int v, CueVerb cue, HashSet<int> consumed)
    {
        string? position = Realis.IsNegated(g, v, lexicon) ? Positions.WhenCueNegated(cue.Position) : cue.Position;
        var who = sources.ForVerb(run.Article, g, v);
        if (who.Count == 0)
        {
            who = run.QuoteSpeakers(g.First + v);
        }

        run.Cues.Add((g.First + v, who, cue.Position, cue.Lemma));
        if (position is null || who.Count == 0)
        {
            return;
        }

        var site = new StanceSite(g, v, who, position, cue.Lemma, cue.AlwaysClaim, ClauseDates.Nearest(run.Article, g, v, lexicon));
        if ((g.Is(v, "acl") || g.Is(v, "acl:relcl")) && g.Heads[v] >= 0 && reader.IsReportNoun(g, g.Heads[v]))
        {
            int noun = g.Heads[v];
            consumed.Add(noun);
            Content(run, site, NounContent(g, noun, v), noun, falsified: false, consumed);
            return;
        }

        var controller = Controller(run.Article, g, v);
        foreach (var (root, exclude) in ContentRoots(g, v))
        {
            bool Stops(int n) => n == exclude || n == v || Stop(g, n);
            if (reader.IsReportNoun(g, root))
            {
                consumed.Add(root);
                bool falsified = g.Children(root).Any(c => g.Is(c, "amod") && reader.IsFalsity(g, c));
                Content(run, site, NounContent(g, root, -1), root, falsified, consumed);
            }
            else if (reader.IsFalsity(g, root))
            {
                Answer(run, site with { Position = Positions.Flip(site.Position, true), Explicit = true }, PropositionReader.SpanOf(run.Article, g, root, root, Stops));
            }
            else if (g.Upos[root] == "PRON")
            {
                Answer(run, site, PropositionReader.SpanOf(run.Article, g, root, root, Stops));
            }
            else
            {
                Propositions(run, site, root, Stops, controller, falsified: false);
            }
        }
    }

    /// <summary>A report noun with a maker: "a charge that Ukraine and the West have levelled", "claims made by …".</summary>
    private void Noun(StanceRun run, SentenceGraph g, int noun)
    {
        foreach (int maker in g.Children(noun).Where(c => (g.Is(c, "acl") || g.Is(c, "acl:relcl")) && g.Upos[c] == "VERB"))
        {
            var who = sources.ForVerb(run.Article, g, maker);
            if (who.Count == 0)
            {
                continue;
            }

            string position = lexicon.Verbs.TryGetValue(g.Lemmas[maker], out var verb) && verb.Kind == "stance" ? verb.Position : lexicon.ReportNouns[g.Lemmas[noun]];
            var site = new StanceSite(g, maker, who, position, g.Lemmas[noun].ToLowerInvariant(), true, ClauseDates.Nearest(run.Article, g, maker, lexicon));
            bool falsified = g.Children(noun).Any(c => g.Is(c, "amod") && reader.IsFalsity(g, c));
            Content(run, site, NounContent(g, noun, maker), noun, falsified, []);
        }
    }

    /// <summary>"According to Russia's foreign ministry, Moscow and Tehran are negotiating …".</summary>
    private void According(StanceRun run, SentenceGraph g, int according)
    {
        int source = g.Is(according, "case") ? g.Heads[according] : -1;
        if (source < 0 || g.Heads[source] < 0 || reader.IsReportNoun(g, source) || g.Lemmas[source] is "STATEMENT" or "REPORT")
        {
            return;
        }

        var who = sources.ForPhrase(run.Article, g, source);
        if (who.Count > 0)
        {
            var site = new StanceSite(g, according, who, Positions.Asserts, "according to", false, ClauseDates.Nearest(run.Article, g, g.Heads[source], lexicon));
            Propositions(run, site, g.Heads[source], n => TreeWalk.IsUnder(g, n, source) && n != g.Heads[source] || Stop(g, n), [], falsified: false);
        }
    }

    private void Content(StanceRun run, StanceSite site, List<int> roots, int noun, bool falsified, HashSet<int> consumed)
    {
        var g = site.Graph;
        bool Stops(int n) => n == site.Word || Stop(g, n);
        if (roots.Count == 0)
        {
            if (!RefersBack(g, noun))
            {
                return;
            }

            var answer = site with { Position = Positions.Flip(site.Position, falsified), Explicit = site.Explicit || falsified };
            Answer(run, answer, PropositionReader.SpanOf(run.Article, g, noun, noun, n => n == site.Word || Stop(g, n)));
            return;
        }

        foreach (int root in roots)
        {
            consumed.Add(root);
            Propositions(run, site, root, Stops, [], falsified);
        }
    }

    private void Propositions(StanceRun run, StanceSite site, int root, Func<int, bool> stops, IReadOnlyList<string> controller, bool falsified)
    {
        var g = site.Graph;
        var listed = reader.Listed(run.Article, run.Agreements, g, root, stops, controller);
        foreach (var (p, f) in listed)
        {
            // Under plain reporting a prediction or intention is not a claim ("would be premature to send weapons"),
            // nor is a supply that names no supplier ("a resolution barred all weapons transfers to Libya").
            if (!site.Explicit && !f && !falsified && (Realis.IsIrrealis(g, p.Head - g.First, lexicon) || (p.Theme is not null && p.Agents.Count == 0)))
            {
                continue;
            }

            bool flip = p.Negated != (f || falsified);
            run.Add(site, site with { Position = Positions.Flip(site.Position, flip), Explicit = site.Explicit || f || falsified }, p);
        }

        if (listed.Count == 0 && (site.Explicit || falsified) && IsPropositional(run.Article, g, root))
        {
            var p = reader.Generic(run.Article, g, root, stops, controller);
            run.Add(site, site with { Position = Positions.Flip(site.Position, p.Negated != falsified), Explicit = true }, p);
        }
    }

    /// <summary>
    /// Whether a report noun without content of its own refers to a proposition already reported: "the claim",
    /// "this allegation", "its report", or one set beside a clause ("…—a claim denied by both Moscow and Tehran",
    /// "…, a charge that Ukraine and the West have levelled"), but not "a report" that starts something new.
    /// </summary>
    private static bool RefersBack(SentenceGraph g, int noun) =>
        g.Is(noun, "appos") || g.Is(noun, "parataxis") || g.Is(noun, "dep")
        || g.Children(noun).Any(c => (g.Is(c, "det") && g.Forms[c] is "THE" or "THIS" or "THAT" or "THESE" or "THOSE" or "SUCH") || g.Is(c, "nmod:poss"));

    /// <summary>
    /// Whether a content head can stand for a proposition of its own: a clause, or a noun that names no one
    /// ("denied any connection", not "dismissed the minister" or "rejected Moscow").
    /// </summary>
    private bool IsPropositional(ParsedArticle article, SentenceGraph g, int root) =>
        g.Upos[root] is "VERB" or "ADJ"
        || (g.Upos[root] == "NOUN" && article.EntityAt(g.First + root) is null && !lexicon.OfficialNouns.Contains(g.Lemmas[root]));

    /// <summary>A stance on the proposition reported last, in this sentence or the two before ("this was not the case").</summary>
    private static void Answer(StanceRun run, StanceSite site, TextSpan words)
    {
        var doc = run.Article.Document;
        int at = doc.Tokens[site.Graph.First + site.Word].Start;
        int index = run.Found.FindLastIndex(m => m.Proposition.Span.Start < at && doc.SentenceAt(m.Proposition.Span.Start) >= site.Graph.SentenceIndex - 2);
        if (index >= 0)
        {
            run.Add(site, site, run.Found[index].Proposition with { Span = words, Negated = false }, index);
        }
    }

    /// <summary>What a cue verb reports: its clausal complement, else its object, else the clause it is attached to ("“…,” Mokhber said").</summary>
    private static List<(int Root, int Exclude)> ContentRoots(SentenceGraph g, int v)
    {
        var roots = g.Children(v).Where(c => g.Is(c, "ccomp") || g.Is(c, "xcomp") || g.Is(c, "csubj")
            || (g.Is(c, "advcl") && g.Children(c).Any(m => g.Is(m, "mark") && g.Forms[m] is "OF" or "THAT"))).Select(c => (c, -1)).ToList();
        if (roots.Count == 0)
        {
            roots.AddRange(g.ChildrenWith(v, "obj").Select(c => (c, -1)));
        }

        if (roots.Count == 0)
        {
            roots.AddRange(g.ChildrenWith(v, "parataxis").Select(c => (c, -1)));
        }

        if (roots.Count == 0 && (g.Is(v, "parataxis") || g.Is(v, "conj")) && g.Heads[v] >= 0)
        {
            roots.Add((g.Heads[v], v));
        }

        return roots;
    }

    /// <summary>What a report noun reports: a "that" clause, or "of/about …" ("reports of its suspension").</summary>
    private static List<int> NounContent(SentenceGraph g, int noun, int maker) =>
        g.Children(noun).Where(c => c != maker && ((g.Is(c, "acl") && !g.Is(c, "acl:relcl") && g.Upos[c] == "VERB") || g.Is(c, "ccomp")
            || (g.Is(c, "nmod") && g.CaseOf(c) is "OF" or "ABOUT" or "ON" or "OVER" or "REGARDING"))).ToList();

    /// <summary>Who does what an accusation or denial is about when the content has no subject: the accused, else the speaker.</summary>
    private static List<string> Controller(ParsedArticle article, SentenceGraph g, int v)
    {
        int obj = g.FirstChild(v, "obj");
        if (obj >= 0)
        {
            return PartyKeys.Of(article, g, obj);
        }

        return SourceFinder.SubjectHeads(g, v).SelectMany(h => PartyKeys.Of(article, g, h)).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Whether a sentence can hold a stance worth keeping, read from its lemmas before any parse is walked: an explicit
    /// cue (a stance verb, an accusation, a report noun), or a reporting cue with a proposition predicate or a falsity
    /// word. Most sentences of a news article have neither.
    /// </summary>
    private bool Worth(ParsedArticle article, int sentence)
    {
        bool report = false, content = false;
        var span = article.Document.Sentences[sentence];
        for (int t = span.FirstToken; t < span.EndToken; t++)
        {
            string lemma = article.Lemma(t);
            if ((lexicon.Verbs.TryGetValue(lemma, out var verb) && verb.AlwaysClaim) || lexicon.ReportNouns.ContainsKey(lemma))
            {
                return true;
            }

            report |= verb is not null || lemma == "according";
            content |= lexicon.PredicateWords.ContainsKey(lemma) || lexicon.Falsity.ContainsKey(lemma);
        }

        return report && content;
    }
}
