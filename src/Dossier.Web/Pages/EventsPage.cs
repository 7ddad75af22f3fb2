using Dossier.Web.Api;
using Dossier.Web.Html;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>The events each article reports, by date; the merged story timeline comes with the cross-article stages.</summary>
internal static class EventsPage
{
    public static IResult Render(DocumentCache corpus)
    {
        var events = corpus.All().SelectMany(d => AnnotationViews.Events(d.Article, d.Doc).Select(e => (d.Article, Event: e)))
            .OrderBy(x => x.Event.Date ?? "9999", StringComparer.Ordinal).ToList();
        return PageKit.Html(Layout.Page("Events", "Events", h =>
        {
            h.Element("h1", "Events");
            Layout.Notice(h, "Events as each article reports them. Merging reports of one event across outlets (the story timeline, with " +
                "independent-source counts) needs the cross-article stages, which are not built yet.");
            if (events.Count == 0)
            {
                h.Element("p", "No events stored yet.", ("class", "muted"));
                return;
            }

            h.Open("table", ("id", "events"));
            h.Trusted("<thead><tr><th>Date</th><th>Event</th><th>Source</th><th>Target</th><th>Modality</th><th>Evidence</th></tr></thead>");
            h.Open("tbody");
            foreach (var (article, e) in events)
            {
                h.Open("tr");
                h.Element("td", e.Date ?? "undated");
                h.Element("td", $"{e.Code} {e.Label}");
                h.Element("td", string.Join(", ", e.Sources.Select(s => s.Text)));
                h.Element("td", string.Join(", ", e.Targets.Select(t => t.Text)));
                h.Element("td", e.Modality);
                h.Open("td").Link(e.Evidence.Evidence, e.Evidence.Text).Element("div", PageKit.Title(article), ("class", "muted")).Close("td");
                h.Close("tr");
            }

            h.Close("tbody");
            h.Close("table");
        }));
    }
}
