using System.Globalization;
using Dossier.Corpus;
using Dossier.Web.Api;
using Dossier.Web.Api.Dto;
using Dossier.Web.Html;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>The start page: the stories the corpus stage found (date span, outlets, counts), then every stored article.</summary>
internal static class StoriesPage
{
    public static IResult Render(DocumentCache store)
    {
        var all = store.All().ToList();
        var events = StoryEventCounts.Load(store.Store, out var corpus);
        var byId = all.ToDictionary(d => d.Article.Id, d => d.Article, StringComparer.Ordinal);
        var stories = StoriesApi.Ordered(corpus).Select(s => StoryItem.From(s, corpus, byId, events)).ToList();
        return PageKit.Html(Layout.Page("Stories", "Stories", h =>
        {
            h.Element("h1", "Stories");
            var dates = all.SelectMany(d => new[] { d.Article.Metadata.Published ?? d.Article.Metadata.PublishedRange?.Earliest, d.Article.Metadata.Published ?? d.Article.Metadata.PublishedRange?.Latest })
                .OfType<DateOnly>().ToList();
            var outlets = all.Select(d => PageKit.Outlet(d.Article)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            h.Open("p", ("class", "muted"), ("id", "summary"));
            h.Text($"{Count(stories.Count, "story", "stories")} in {Count(all.Count, "article", "articles")}");
            if (dates.Count > 0)
            {
                h.Text($", {ArticleSummary.Iso(dates.Min())} … {ArticleSummary.Iso(dates.Max())}");
            }

            h.Text(outlets.Count > 0 ? "; outlets and wires named: " + string.Join(", ", outlets) : "; no outlet or wire named in them");
            h.Close("p");
            if (all.Count == 0)
            {
                h.Open("p").Text("Nothing stored yet: ").Link("/ingest", "ingest an article").Text(" or run dossier ingest.").Close("p");
                return;
            }

            if (stories.Count == 0)
            {
                Layout.Notice(h, "The corpus stages have not grouped these articles into stories yet (they run after every ingest).");
            }
            else
            {
                Stories(h, stories);
            }

            h.Element("h2", "Articles");
            Articles(h, all);
        }));
    }

    private static void Stories(HtmlWriter h, IReadOnlyList<StoryItem> stories)
    {
        h.Open("table", ("id", "stories"));
        h.Trusted("<thead><tr><th>Story</th><th>From</th><th>To</th><th>Articles</th><th>Independent</th><th>Events</th><th>Outlets</th></tr></thead>");
        h.Open("tbody");
        foreach (var s in stories)
        {
            h.Open("tr");
            h.Open("td").Link(s.Page, s.Title).Close("td");
            h.Element("td", s.First ?? "?");
            h.Element("td", s.Last ?? "?");
            h.Element("td", N(s.ArticleCount));
            h.Element("td", N(s.IndependentSources));
            h.Element("td", N(s.Events));
            h.Element("td", s.Outlets.Count > 0 ? string.Join(", ", s.Outlets) : "—");
            h.Close("tr");
        }

        h.Close("tbody");
        h.Close("table");
    }

    private static void Articles(HtmlWriter h, IReadOnlyList<(Dossier.Storage.ArticleRecord Article, Dossier.Model.Document Doc)> all)
    {
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
            h.Element("td", N(doc.Entities.Count));
            h.Element("td", N(doc.Quotes.Count));
            h.Element("td", N(doc.Events.Count));
            h.Close("tr");
        }

        h.Close("tbody");
        h.Close("table");
    }

    private static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
