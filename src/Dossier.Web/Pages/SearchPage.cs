using System.Globalization;
using Dossier.Web.Api;
using Dossier.Web.Html;
using Dossier.Web.Http;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>Search across the sentences of all articles; each hit links to the evidence view with the sentence highlighted.</summary>
internal static class SearchPage
{
    public static IResult Render(HttpContext context, DocumentCache corpus, string? q)
    {
        if (PageRequest.Parse(context, out var problem) is not { } page)
        {
            return problem!;
        }

        q = q?.Trim();
        if (q is { Length: > 500 })
        {
            return Problems.Result(context, 400, "DOS1113", "Bad search", "the search may have at most 500 characters.");
        }

        var hits = string.IsNullOrEmpty(q) ? null : page.Apply(SearchApi.Hits(corpus, q), context.Request);
        return PageKit.Html(Layout.Page(q is { Length: > 0 } ? "Search: " + q : "Search", "Search", h =>
        {
            h.Element("h1", "Search");
            h.Open("form", ("class", "inline"), ("method", "get"), ("action", "/search"), ("role", "search"));
            h.Void("input", ("type", "search"), ("name", "q"), ("value", q), ("size", "50"), ("aria-label", "Words to search for"),
                ("placeholder", "words, or a \"quoted phrase\""));
            h.Element("button", "Search", ("type", "submit"));
            h.Close("form");
            if (hits is null)
            {
                return;
            }

            var words0 = q!.Split([' ', '"'], StringSplitOptions.RemoveEmptyEntries);
            var titled = corpus.Articles()
                .Where(a => words0.All(w => ArticlesApi.Contains(a.Metadata.Title, w) || ArticlesApi.Contains(a.Metadata.Outlet, w) || ArticlesApi.Contains(a.Metadata.Dateline, w)))
                .ToList();
            if (titled.Count > 0 && page.Page == 1)
            {
                h.Element("h2", $"Articles ({titled.Count.ToString(CultureInfo.InvariantCulture)})");
                h.Open("ul", ("id", "article-hits"));
                foreach (var a in titled)
                {
                    h.Open("li");
                    PageKit.ArticleLink(h, a);
                    h.Text(" · ");
                    PageKit.Date(h, a.Metadata);
                    h.Close("li");
                }

                h.Close("ul");
            }

            h.Element("h2", "Sentences");
            h.Element("p", $"{hits.Total.ToString(CultureInfo.InvariantCulture)} sentence{(hits.Total == 1 ? string.Empty : "s")} found", ("class", "muted"), ("id", "hit-count"));
            h.Open("ol", ("id", "hits"), ("start", ((page.Page - 1) * page.PageSize + 1).ToString(CultureInfo.InvariantCulture)));
            var words = q!.Split([' ', '"'], StringSplitOptions.RemoveEmptyEntries);
            foreach (var hit in hits.Items)
            {
                h.Open("li");
                h.Open("div");
                h.Link(hit.Span.Evidence, hit.Title ?? hit.Span.Article);
                h.Close("div");
                Highlighted(h, hit.Span.Text, words);
                h.Close("li");
            }

            h.Close("ol");
            if (hits.Next is { } next)
            {
                h.Open("div", ("class", "pager")).Link(next, "Next page").Close("div");
            }
        }));
    }

    /// <summary>Writes the sentence with words starting with a searched word in &lt;mark&gt;, everything encoded.</summary>
    internal static void Highlighted(HtmlWriter h, string text, IReadOnlyList<string> words)
    {
        h.Open("p");
        int at = 0;
        int i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            string word = text[start..i];
            if (words.Any(w => w.Length > 0 && word.StartsWith(new string([.. w.Where(char.IsLetterOrDigit)]), StringComparison.OrdinalIgnoreCase) && w.Any(char.IsLetterOrDigit)))
            {
                h.Text(text, at, start);
                h.Element("mark", word);
                at = i;
            }
        }

        h.Text(text, at, text.Length);
        h.Close("p");
    }
}
