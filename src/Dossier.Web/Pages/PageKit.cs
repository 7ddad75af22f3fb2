using Dossier.Model;
using Dossier.Storage;
using Dossier.Web.Html;

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
        if (a.Metadata.Title is { Length: > 0 } t)
        {
            return t;
        }

        string source = a.Source.TrimEnd('/', '\\');
        int cut = Math.Max(source.LastIndexOf('/'), source.LastIndexOf('\\'));
        return cut >= 0 && cut < source.Length - 1 ? source[(cut + 1)..] : a.Source;
    }

    public static string? Outlet(ArticleRecord a) => Dossier.Corpus.StoryListing.Outlet(a);

    /// <summary>An article title linking to the article (or to a span of it).</summary>
    public static void ArticleLink(HtmlWriter h, ArticleRecord a, TextSpan? span = null) =>
        h.Link(span is { } s ? Url.Evidence(a.Id, s.Start, s.End) : Url.Path("articles", a.Id), Title(a));
}
