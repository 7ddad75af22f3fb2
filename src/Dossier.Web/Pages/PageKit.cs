using Dossier.Model;
using Dossier.Storage;
using Dossier.Web.Html;
using Dossier.Web.Http;

namespace Dossier.Web.Pages;

/// <summary>Small pieces shared by the pages: the HTML result, dates, and article titles.</summary>
internal static class PageKit
{
    public static IResult Html(string html) => Results.Content(html, "text/html; charset=utf-8");

    /// <summary>The stated date; else the inferred range, marked as inferred; else "undated".</summary>
    public static void Date(HtmlWriter h, ArticleMetadata m)
    {
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(m);
        if (m.Published is { } p)
        {
            h.Element("time", Api.Dto.ArticleSummary.Iso(p), ("datetime", Api.Dto.ArticleSummary.Iso(p)));
        }
        else if (m.PublishedRange is { } r)
        {
            h.Element("span", $"≈ {Api.Dto.ArticleSummary.Iso(r.Earliest)} … {Api.Dto.ArticleSummary.Iso(r.Latest)}",
                ("class", "date-range"), ("title", "Not stated by the article: inferred from its text"));
        }
        else
        {
            h.Element("span", "undated", ("class", "muted"));
        }
    }

    /// <summary>The article's title; else the last segment of its source name (a string operation: no file is touched).</summary>
    public static string Title(ArticleRecord a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return Title(a.Head);
    }

    /// <summary>An article's title, else the last part of its source.</summary>
    public static string Title(ArticleHead a)
    {
        ArgumentNullException.ThrowIfNull(a);
        if (a.Metadata.Title is { Length: > 0 } t)
        {
            return t;
        }

        string source = a.Source.TrimEnd('/', '\\');
        int cut = Math.Max(source.LastIndexOf('/'), source.LastIndexOf('\\'));
        return cut >= 0 && cut < source.Length - 1 ? source[(cut + 1)..] : a.Source;
    }

    public static string? Outlet(ArticleRecord a) => Dossier.Corpus.StoryListing.Outlet(a);

    public static string? Outlet(ArticleHead a) => Dossier.Corpus.StoryListing.Outlet(a.Metadata);

    /// <summary>An article title linking to the article (or to a span of it).</summary>
    public static void ArticleLink(HtmlWriter h, ArticleRecord a, TextSpan? span = null) =>
        h.Link(span is { } s ? Url.Evidence(a.Id, s.Start, s.End) : Url.Path("articles", a.Id), Title(a));

    /// <summary>An article title linking to the article.</summary>
    public static void ArticleLink(HtmlWriter h, ArticleHead a) => h.Link(Url.Path("articles", a.Id), Title(a));

    /// <summary>Reads a page number (a whole number from 1, default 1) or returns the problem with it.</summary>
    public static IResult? PageNumber(HttpContext context, string name, out int page)
    {
        string? given = context.Request.Query[name];
        if (PageRequest.TryNumber(given, out page))
        {
            return null;
        }

        return Problems.Result(context, StatusCodes.Status400BadRequest, "DOS1145", "Bad page number", $"{name} must be a whole number from 1 (got {name}={given}).");
    }

    /// <summary>How many rows come before page <paramref name="page"/> of <paramref name="rows"/> rows.</summary>
    public static int Skip(int page, int rows) => (int)Math.Min(int.MaxValue, (long)(page - 1) * rows);

    /// <summary>
    /// Where this table's rows are among all of them, with links to the previous and next pages of <paramref name="path"/>
    /// (the rest of the query kept: another table's page, filters). Nothing when one page holds them all.
    /// </summary>
    public static void Pager(HtmlWriter h, HttpContext context, string path, string name, int page, int rows, int total, string what, string id)
    {
        long start = (long)(page - 1) * rows;
        if (total <= rows && page == 1)
        {
            return;
        }

        h.Open("div", ("class", "pager"), ("id", id));
        h.Text(start >= total
            ? $"No {what} on page {Count(page)}; there are {Count(total)}. "
            : $"{what[..1].ToUpperInvariant()}{what[1..]} {Count((int)start + 1)}–{Count((int)Math.Min(total, start + rows))} of {Count(total)}. ");
        string Link(int to)
        {
            var query = context.Request.Query.Where(kv => kv.Key != name).Select(kv => (kv.Key, (object?)kv.Value.ToString())).ToList();
            query.Add((name, to));
            return Url.WithQuery(path, [.. query]);
        }

        if (page > 1)
        {
            h.Link(Link((int)Math.Min(page - 1, Math.Max(1, (total + rows - 1) / rows))), "Previous page", ("rel", "prev"));
            h.Text(" ");
        }

        if (start + rows < total)
        {
            h.Link(Link(page + 1), "Next page", ("rel", "next"));
        }

        h.Close("div");
    }

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
