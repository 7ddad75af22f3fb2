using Dossier.Events;
using Dossier.Quotes;

namespace Dossier.Claims;

/// <summary>
/// Attributes the sentences inside a quotation that no verb of their own attributes ("Zamir Kabulov … remarked,
/// “This is a strategic decision … The process has halted due to issues faced by our Iranian partners.”"): to the
/// quotes stage's speaker when it ran, else to the reporting verb beside the quotation marks.
/// </summary>
internal sealed class QuotationStances(ClaimLexicon lexicon, SourceFinder sources, PropositionReader reader)
{
    private bool HasPredicate(ParsedArticle article, int sentence)
    {
        var span = article.Document.Sentences[sentence];
        for (int t = span.FirstToken; t < span.EndToken; t++)
        {
            if (lexicon.PredicateWords.ContainsKey(article.Lemma(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The reporting verbs of a sentence with their sources, for attributing a quotation that starts or ends there.</summary>
    private List<(int Token, IReadOnlyList<SourceRef> Sources, string Position, string Cue)> CueSites(StanceRun run, int sentence)
    {
        var g = run.Article.Graph(sentence);
        var sites = new List<(int, IReadOnlyList<SourceRef>, string, string)>();
        for (int v = 0; v < g.Count; v++)
        {
            if (g.Upos[v] == "VERB" && lexicon.Verbs.TryGetValue(g.Lemmas[v], out var cue))
            {
                var who = sources.ForVerb(run.Article, g, v);
                sites.Add((g.First + v, who.Count > 0 ? who : run.QuoteSpeakers(g.First + v), cue.Position, cue.Lemma));
            }
        }

        return sites;
    }

    /// <summary>The quotations spanning several sentences, attributed by the quotes stage or by the reporting verb beside them.</summary>
    private List<QuoteRegion> Regions(StanceRun run)
    {
        var doc = run.Article.Document;
        if (doc.Quotes.Count > 0)
        {
            return QuoteRegions.FromQuotes(doc);
        }

        var regions = new List<QuoteRegion>();
        foreach (var span in QuoteMarks.Find(doc.Text).Where(q => q.Closed).Select(q => q.Outer))
        {
            int open = doc.SentenceAt(span.Start), close = doc.SentenceAt(Math.Max(span.Start, span.End - 1));
            if (open < 0 || close <= open || !Enumerable.Range(open + 1, close - open).Any(s => HasPredicate(run.Article, s)))
            {
                continue;
            }

            var before = CueSites(run, open).Where(c => doc.Tokens[c.Token].End <= span.Start).LastOrDefault();
            var after = CueSites(run, close).Where(c => doc.Tokens[c.Token].Start >= span.End).FirstOrDefault();
            var cue = before.Sources is { Count: > 0 } ? before : after;
            if (cue.Sources is { Count: > 0 })
            {
                regions.Add(new QuoteRegion(span, cue.Sources, QuoteRegions.QuotedPosition(cue.Position), cue.Cue) { AttributionStart = doc.Sentences[open].Start });
            }
        }

        return regions;
    }

    /// <summary>Attributes the sentences inside a quotation that no verb of their own attributes.</summary>
    public void Add(StanceRun run)
    {
        var doc = run.Article.Document;
        foreach (var region in Regions(run))
        {
            int open = doc.SentenceAt(region.Span.Start);
            for (int s = open + 1; open >= 0 && s < doc.Sentences.Count && doc.Sentences[s].Start < region.Span.End; s++)
            {
                if (!HasPredicate(run.Article, s) || run.Cues.Any(c => doc.Tokens[c.Token].Sentence == s) || run.Found.Any(m => doc.SentenceAt(m.Proposition.Span.Start) == s))
                {
                    continue;
                }

                var g = run.Article.Graph(s);
                if (Enumerable.Range(0, g.Count).Any(v => g.Upos[v] == "VERB" && lexicon.Verbs.ContainsKey(g.Lemmas[v])))
                {
                    continue;
                }

                var site = new StanceSite(g, 0, region.Sources, region.Position, region.Cue, false, null) { EvidenceStart = region.AttributionStart };
                for (int root = 0; root < g.Count; root++)
                {
                    if (g.Heads[root] < 0)
                    {
                        foreach (var (p, f) in reader.Listed(run.Article, run.Agreements, g, root, n => reader.IsBoundary(g, n), []))
                        {
                            run.Add(site, site with { Position = Positions.Flip(site.Position, p.Negated != f) }, p);
                        }
                    }
                }
            }
        }
    }
}
