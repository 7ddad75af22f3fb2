using Dossier.Model;

namespace Dossier.Claims;

/// <summary>
/// The quotations of an article, so that a proposition in a quotation's second sentence ("The process has halted …")
/// is attributed to whoever the first names ("Zamir Kabulov … remarked, “This is …"). Taken from the quotes stage
/// (<see cref="Document.Quotes"/>) when it ran; otherwise read from the quotation marks and the reporting verbs
/// found beside them.
/// </summary>
public static class QuoteRegions
{
    public static List<QuoteRegion> Find(ParsedArticle article, ClaimLexicon lexicon, IReadOnlyList<(int Token, IReadOnlyList<SourceRef> Sources, string Position, string Cue)> cues)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(lexicon);
        ArgumentNullException.ThrowIfNull(cues);
        var doc = article.Document;
        if (doc.Quotes.Count > 0)
        {
            return doc.Quotes.Where(q => q.Speaker is not null).Select(q => new QuoteRegion(
                q.Span,
                [new SourceRef(q.Speaker!.Span, q.Speaker.Span.Slice(doc.Text), q.Speaker.EntityId) { Entities = q.Speaker.EntityId is { } id ? [id] : [] }],
                QuotedPosition(q.VerbClass == "confirm" ? Positions.Confirms : Positions.Asserts),
                q.Verb ?? "quote") { AttributionStart = Math.Min(q.Start, q.Speaker.Start) }).ToList();
        }

        var regions = new List<QuoteRegion>();
        foreach (var span in Marks(doc.Text))
        {
            int open = doc.SentenceAt(span.Start), close = doc.SentenceAt(Math.Max(span.Start, span.End - 1));
            if (open < 0 || close <= open)
            {
                continue;
            }

            var before = cues.Where(c => doc.Tokens[c.Token].Sentence == open && doc.Tokens[c.Token].End <= span.Start).LastOrDefault();
            var after = cues.Where(c => doc.Tokens[c.Token].Sentence == close && doc.Tokens[c.Token].Start >= span.End).FirstOrDefault();
            var cue = before.Sources is { Count: > 0 } ? before : after;
            if (cue.Sources is { Count: > 0 })
            {
                regions.Add(new QuoteRegion(span, cue.Sources, QuotedPosition(cue.Position), cue.Cue) { AttributionStart = doc.Sentences[open].Start });
            }
        }

        return regions;
    }

    /// <summary>
    /// A quotation gives the speaker's own words, so the speaker asserts them (a negation inside makes it a denial);
    /// only a confirming verb ("…,” he confirmed) changes that. "Denied" before a quotation does not turn its words
    /// around: "“We never supplied drones,” Tehran denied" asserts a negation.
    /// </summary>
    private static string QuotedPosition(string verbPosition) => verbPosition == Positions.Confirms ? Positions.Confirms : Positions.Asserts;

    /// <summary>Spans between matching quotation marks: “…” pairs, and straight quotes paired within a paragraph.</summary>
    private static IEnumerable<TextSpan> Marks(string text)
    {
        int open = -1;
        char opener = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' && opener == '"')
            {
                open = -1;
                opener = '\0';
            }
            else if (open < 0 && c is '“' or '"')
            {
                open = i;
                opener = c;
            }
            else if (open >= 0 && ((opener == '“' && c == '”') || (opener == '"' && c == '"')))
            {
                yield return new TextSpan(open, i + 1);
                open = -1;
                opener = '\0';
            }
        }
    }
}
