using Dossier.Storage;
using Dossier.Web.Api;
using Dossier.Web.Html;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>
/// Quotes by speaker and outlet, with the reporting verb; each links to its evidence. Shown <see cref="Rows"/> at a
/// time (<c>page</c>), read a page at a time from the store's quote rows (<see cref="IArticleStore.ListQuotes"/>).
/// </summary>
internal static class QuotesPage
{
    /// <summary>How many quotes a page shows.</summary>
    public const int Rows = 100;

    public static IResult Render(HttpContext context, DocumentCache corpus, string? speaker, string? outlet)
    {
        if (PageKit.PageNumber(context, "page", out int page) is { } bad)
        {
            return bad;
        }

        // The form sends both fields: a blank one filters nothing.
        speaker = string.IsNullOrWhiteSpace(speaker) ? null : speaker;
        outlet = string.IsNullOrWhiteSpace(outlet) ? null : outlet;
        var found = corpus.Store.ListQuotes(new QuoteFilter(speaker, outlet), QuoteOrder.Speaker, PageKit.Skip(page, Rows), Rows);
        var quotes = found.Quotes.Select(AnnotationViews.Quote).ToList();
        return PageKit.Html(Layout.Page("Quotes", "Quotes", h =>
        {
            h.Element("h1", "Quotes");
            h.Open("form", ("class", "inline"), ("method", "get"), ("action", "/quotes"));
            h.Void("input", ("type", "text"), ("name", "speaker"), ("value", speaker), ("placeholder", "speaker"), ("aria-label", "Speaker"));
            h.Void("input", ("type", "text"), ("name", "outlet"), ("value", outlet), ("placeholder", "outlet"), ("aria-label", "Outlet"));
            h.Element("button", "Filter", ("type", "submit"));
            h.Close("form");
            if (found.Total == 0)
            {
                Layout.Notice(h, "No quotes stored" + (speaker is null && outlet is null ? string.Empty : " that match the filter") +
                    ". Quotes appear here once the quote stage is part of the pipeline and articles are (re-)ingested.");
                return;
            }

            PageKit.Pager(h, context, "/quotes", "page", page, Rows, found.Total, "quotes", "quotes-pages");
            if (quotes.Count == 0)
            {
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
