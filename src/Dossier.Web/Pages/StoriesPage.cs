using System.Globalization;
using Dossier.Corpus;
using Dossier.Web.Http;
using Dossier.Web.Api.Dto;
using Dossier.Web.Html;
using Dossier.Web.Storage;
using Dossier.Web.Views;

namespace Dossier.Web.Pages;

/// <summary>
/// The start page: the stories the corpus stage found (date span, outlets, counts), then the stored articles, each table
/// a page at a time (<c>story_page</c>, <c>article_page</c>; <see cref="WebSettings.StartPageRows"/> rows each), so that
/// its cost does not grow with the store: the stories come from the snapshot's story listing, the articles' figures
/// from its marker (<see cref="StoryListing"/>), and only the articles shown are read.
/// </summary>
internal static class StoriesPage
{
    public static IResult Render(HttpContext context, DocumentCache store, int rows)
    {
        if (PageKit.PageNumber(context, "story_page", out int storyPage) is { } badStories)
        {
            return badStories;
        }

        if (PageKit.PageNumber(context, "article_page", out int articlePage) is { } badArticles)
        {
            return badArticles;
        }

        int articleCount = store.Store.CountArticles();
        var stories = StoryList.Page(store, PageKit.Skip(storyPage, rows), rows, out int storyCount);
        var shown = store.Store.ListArticles(PageKit.Skip(articlePage, rows), rows);
        var (first, last, outlets) = Figures(store);
        return PageKit.Html(Layout.Page("Stories", "Stories", h =>
        {
            h.Element("h1", "Stories");
            h.Open("p", ("class", "muted"), ("id", "summary"));
            h.Text($"{Count(storyCount, "story", "stories")} in {Count(articleCount, "article", "articles")}");
            if (first is { } from && last is { } to)
            {
                h.Text($", {ArticleSummary.Iso(from)} … {ArticleSummary.Iso(to)}");
            }

            h.Text(outlets.Count > 0 ? "; outlets and wires named: " + string.Join(", ", outlets) : "; no outlet or wire named in them");
            h.Close("p");
            if (articleCount == 0)
            {
                h.Open("p").Text("Nothing stored yet: ").Link("/ingest", "ingest an article").Text(" or run dossier ingest.").Close("p");
                return;
            }

            if (storyCount == 0)
            {
                Layout.Notice(h, "The corpus stages have not grouped these articles into stories yet (they run after every ingest).");
            }
            else
            {
                Stories(h, stories);
                PageKit.Pager(h, context, "/", "story_page", storyPage, rows, storyCount, "stories", "stories-pages");
            }

            h.Element("h2", "Articles");
            Articles(h, [.. shown.Select(a => (a, store.Counts(a)))]);
            PageKit.Pager(h, context, "/", "article_page", articlePage, rows, articleCount, "articles", "articles-pages");
        }));
    }

    /// <summary>
    /// The stored articles' date span and outlets: the listing's marker says them; a snapshot saved without the
    /// listing has them read from every stored article.
    /// </summary>
    private static (DateOnly? First, DateOnly? Last, IReadOnlyList<string> Outlets) Figures(DocumentCache store)
    {
        if (StoryListing.Read(store.Store) is { } listing)
        {
            return (listing.First, listing.Last, listing.Outlets);
        }

        var figures = new ArticleFigures();
        foreach (var a in store.Articles())
        {
            figures.Add(a);
        }

        return (figures.First, figures.Last, figures.Outlets);
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

    private static void Articles(HtmlWriter h, IReadOnlyList<(Dossier.Storage.ArticleRecord Article, Dossier.Contracts.AnnotationCounts Counts)> all)
    {
        h.Open("table", ("id", "articles"));
        h.Trusted("<thead><tr><th>Date</th><th>Title</th><th>Outlet / wire</th><th>Dateline</th><th>Entities</th><th>Quotes</th><th>Events</th></tr></thead>");
        h.Open("tbody");
        foreach (var (a, counts) in all)
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
            h.Element("td", N(counts.Entities));
            h.Element("td", N(counts.Quotes));
            h.Element("td", N(counts.Events));
            h.Close("tr");
        }

        h.Close("tbody");
        h.Close("table");
    }

    private static string Count(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
