using Dossier.Storage;
using Dossier.Web.Api;
using Dossier.Web.Html;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>
/// The events each article reports, by date (undated last); the merged events are on the timeline. Shown
/// <see cref="Rows"/> at a time (<c>page</c>), read a page at a time from the store's event rows
/// (<see cref="IArticleStore.ListEvents"/>).
/// </summary>
internal static class EventsPage
{
    /// <summary>How many events a page shows.</summary>
    public const int Rows = 100;

    public static IResult Render(HttpContext context, DocumentCache corpus)
    {
        if (PageKit.PageNumber(context, "page", out int page) is { } bad)
        {
            return bad;
        }

        var found = corpus.Store.ListEvents(new EventFilter(), PageKit.Skip(page, Rows), Rows);
        var articles = found.Events.Select(e => e.Article).Distinct(StringComparer.Ordinal)
            .Select(corpus.Article).OfType<Dossier.Storage.ArticleRecord>().ToDictionary(a => a.Id, StringComparer.Ordinal);
        return PageKit.Html(Layout.Page("Events", "Events", h =>
        {
            h.Element("h1", "Events");
            Layout.Notice(h, "Events as each article reports them, by date. The timeline merges the reports of one event across outlets, " +
                "with their independent sources.");
            if (found.Total == 0)
            {
                h.Element("p", "No events stored yet.", ("class", "muted"));
                return;
            }

            PageKit.Pager(h, context, "/events", "page", page, Rows, found.Total, "events", "events-pages");
            if (found.Events.Count == 0)
            {
                return;
            }

            h.Open("table", ("id", "events"));
            h.Trusted("<thead><tr><th>Date</th><th>Event</th><th>Source</th><th>Target</th><th>Modality</th><th>Evidence</th></tr></thead>");
            h.Open("tbody");
            foreach (var listed in found.Events)
            {
                var e = AnnotationViews.Event(listed);
                h.Open("tr");
                h.Element("td", e.Date ?? "undated");
                h.Element("td", $"{e.Code} {e.Label}");
                h.Element("td", string.Join(", ", e.Sources.Select(s => s.Text)));
                h.Element("td", string.Join(", ", e.Targets.Select(t => t.Text)));
                h.Element("td", e.Modality);
                h.Open("td").Link(e.Evidence.Evidence, e.Evidence.Text);
                if (articles.GetValueOrDefault(listed.Article) is { } article)
                {
                    h.Element("div", PageKit.Title(article), ("class", "muted"));
                }

                h.Close("td");
                h.Close("tr");
            }

            h.Close("tbody");
            h.Close("table");
        }));
    }
}
