using Dossier.Web.Api;
using Dossier.Web.Html;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>Quotes by speaker and outlet, with the reporting verb; each links to its evidence.</summary>
internal static class QuotesPage
{
    public static IResult Render(DocumentCache corpus, string? speaker, string? outlet)
    {
        var quotes = corpus.All().SelectMany(d => AnnotationViews.Quotes(d.Article, d.Doc))
            .Where(q => speaker is null || ArticlesApi.Contains(q.Speaker, speaker))
            .Where(q => outlet is null || ArticlesApi.Contains(q.Outlet, outlet))
            .OrderBy(q => q.Speaker ?? "\uffff", StringComparer.Ordinal).ThenBy(q => q.Outlet, StringComparer.Ordinal)
            .ToList();
        return PageKit.Html(Layout.Page("Quotes", "Quotes", h =>
        {
            h.Element("h1", "Quotes");
            h.Open("form", ("class", "inline"), ("method", "get"), ("action", "/quotes"));
            h.Void("input", ("type", "text"), ("name", "speaker"), ("value", speaker), ("placeholder", "speaker"), ("aria-label", "Speaker"));
            h.Void("input", ("type", "text"), ("name", "outlet"), ("value", outlet), ("placeholder", "outlet"), ("aria-label", "Outlet"));
            h.Element("button", "Filter", ("type", "submit"));
            h.Close("form");
            if (quotes.Count == 0)
            {
                Layout.Notice(h, "No quotes stored" + (speaker is null && outlet is null ? string.Empty : " that match the filter") +
                    ". Quotes appear here once the quote stage is part of the pipeline and articles are (re-)ingested.");
                return;
            }

            h.Open("table", ("id", "quotes"));
            h.Trusted("<thead><tr><th>Speaker</th><th>Outlet</th><th>Verb</th><th>Quote</th><th>Date</th></tr></thead>");
            h.Open("tbody");
            foreach (var q in quotes)
            {
                h.Open("tr");
                h.Element("td", q.Speaker ?? "unknown");
                h.Element("td", q.Outlet ?? "—");
                h.Element("td", q.Verb ?? q.Kind);
                h.Open("td").Link(q.Span.Evidence, q.Span.Text).Close("td");
                h.Element("td", q.Published ?? "—");
                h.Close("tr");
            }

            h.Close("tbody");
            h.Close("table");
        }));
    }
}
