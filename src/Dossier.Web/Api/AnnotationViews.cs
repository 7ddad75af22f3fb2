using Dossier.Model;
using Dossier.Storage;
using Dossier.Web.Api.Dto;
using Dossier.Web.Storage;

namespace Dossier.Web.Api;

/// <summary>Turns stored annotations into the items the API returns and the pages show. Renders whatever the document holds.</summary>
internal static class AnnotationViews
{
    public static IEnumerable<QuoteItem> Quotes(ArticleRecord a, Document doc) => QuoteListing.Of(a, doc).Select(Quote);

    /// <summary>A listed quote as the API returns it.</summary>
    public static QuoteItem Quote(ListedQuote q) =>
        new(new SpanItem(q.Article, q.Start, q.End, q.Text, Html.Url.Evidence(q.Article, q.Start, q.End)), q.Kind, q.Speaker, q.SpeakerEntity,
            q.Verb, q.VerbClass, q.Outlet, q.Published);

    public static IEnumerable<EventItem> Events(ArticleRecord a, Document doc) => EventListing.Of(a, doc).Select(Event);

    /// <summary>A listed event as the API returns it.</summary>
    public static EventItem Event(ListedEvent e) =>
        new(e.Code, e.Label, new SpanItem(e.Article, e.TriggerStart, e.TriggerEnd, e.TriggerText, Html.Url.Evidence(e.Article, e.TriggerStart, e.TriggerEnd)),
            new SpanItem(e.Article, e.EvidenceStart, e.EvidenceEnd, e.EvidenceText, Html.Url.Evidence(e.Article, e.EvidenceStart, e.EvidenceEnd)),
            e.Date, e.Modality, Actors(e.Sources), Actors(e.Targets), e.Outlet);

    public static IEnumerable<TimexItem> Timexes(ArticleRecord a, Document doc) =>
        doc.Timexes.Where(t => InBody(doc, t.Start, t.End)).Select(t => new TimexItem(SpanItem.Of(a.Id, doc.Text, t.Start, t.End), t.Type, t.Value, t.Anchor));

    public static IEnumerable<SpanItem> EntityMentions(ArticleRecord a, Document doc) =>
        doc.Entities.Where(e => InBody(doc, e.Start, e.End)).Select(e => SpanItem.Of(a.Id, doc.Text, e.Start, e.End));

    private static List<ActorItem> Actors(IReadOnlyList<ListedActor> actors) => [.. actors.Select(x => new ActorItem(x.Text, x.Entity, x.Code))];

    /// <summary>Skips an annotation whose span does not lie in the body, rather than failing the page for one bad span.</summary>
    private static bool InBody(Document doc, int start, int end) => start >= 0 && end >= start && end <= doc.Text.Length;
}
