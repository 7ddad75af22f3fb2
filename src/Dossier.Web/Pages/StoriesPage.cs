using Dossier.Web.Html;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>The start page: the stored articles standing in for stories until the story clustering stage exists.</summary>
internal static class StoriesPage
{
    public static IResult Render(DocumentCache corpus)
    {
        var all = corpus.All().ToList();
        return PageKit.Html(Layout.Page("Stories", "Stories", h =>
        {
            h.Element("h1", "Stories");
            Layout.Notice(h, "Stories (articles grouped by the events they cover) need the story clustering stage, which is not built yet: " +
                "until it is, every stored article is listed on its own.");
            var dates = all.SelectMany(d => new[] { d.Article.Metadata.Published ?? d.Article.Metadata.PublishedRange?.Earliest, d.Article.Metadata.Published ?? d.Article.Metadata.PublishedRange?.Latest })
                .OfType<DateOnly>().ToList();
            var outlets = all.Select(d => PageKit.Outlet(d.Article)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            h.Open("p", ("class", "muted"), ("id", "summary"));
            h.Text($"{all.Count} article{(all.Count == 1 ? string.Empty : "s")}");
            if (dates.Count > 0)
            {
                h.Text($", {Api.Dto.ArticleSummary.Iso(dates.Min())} … {Api.Dto.ArticleSummary.Iso(dates.Max())}");
            }

            h.Text(outlets.Count > 0 ? "; outlets and wires named: " + string.Join(", ", outlets) : "; no outlet or wire named in them");
            h.Close("p");
            if (all.Count == 0)
            {
                h.Open("p").Text("Nothing stored yet: ").Link("/ingest", "ingest an article").Text(" or run dossier ingest.").Close("p");
                return;
            }

            h.Open("table", ("id", "articles"));
            h.Trusted("<thead><tr><th>Date</th><th>Title</th><th>Outlet / wire</th><th>Dateline</th><th>Entities</th><th>Quotes</th><th>Events</th></tr></thead>");
            h.Open("tbody");
            foreach (var (a, doc) in all)
            {
                h.Open("tr");
                h.Open("td");
                PageKit.Date(h, a.Metadata);
                h.Close("td");
                h.Open("td");
                PageKit.ArticleLink(h, a);
                h.Open("div", ("class", "muted")).Text(a.Source).Close("div");
                h.Close("td");
                h.Element("td", PageKit.Outlet(a) ?? "—");
                h.Element("td", a.Metadata.Dateline ?? "—");
                h.Element("td", doc.Entities.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                h.Element("td", doc.Quotes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                h.Element("td", doc.Events.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                h.Close("tr");
            }

            h.Close("tbody");
            h.Close("table");
        }));
    }
}
