using Dossier.Model;

namespace Dossier.Claims;

/// <summary>
/// The quotations of an article, so that a proposition in a quotation's second sentence ("The process has halted …")
/// is attributed to whoever the first names ("Zamir Kabulov … remarked, “This is …"). Taken from the quotes stage
/// (<see cref="Document.Quotes"/>) when it ran; otherwise read from the quotation marks (<see cref="Quotes.QuoteMarks"/>), the speaker being found by
/// the caller from the reporting verbs beside them.
/// </summary>
public static class QuoteRegions
{
    /// <summary>The quotations the quotes stage found, with their speakers.</summary>
    public static List<QuoteRegion> FromQuotes(Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        return doc.Quotes.Where(q => q.Speaker is not null).Select(q => new QuoteRegion(
            q.Span,
            [new SourceRef(q.Speaker!.Span, q.Speaker.Span.Slice(doc.Text), q.Speaker.EntityId) { Entities = q.Speaker.EntityId is { } id ? [id] : [] }],
            QuotedPosition(q.VerbClass == "confirm" ? Positions.Confirms : Positions.Asserts),
            q.Verb ?? "quote") { AttributionStart = Math.Min(q.Start, q.Speaker.Start) }).ToList();
    }

    /// <summary>
    /// A quotation gives the speaker's own words, so the speaker asserts them (a negation inside makes it a denial);
    /// only a confirming verb ("…,” he confirmed) changes that. "Denied" before a quotation does not turn its words
    /// around: "“We never supplied drones,” Tehran denied" asserts a negation.
    /// </summary>
    public static string QuotedPosition(string verbPosition) => verbPosition == Positions.Confirms ? Positions.Confirms : Positions.Asserts;
}
