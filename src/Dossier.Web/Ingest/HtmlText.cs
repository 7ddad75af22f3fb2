using System.Globalization;
using AngleSharp.Html.Parser;
using Dossier.Model;

namespace Dossier.Web.Ingest;

/// <summary>
/// A minimal main-text extraction for ingest-by-URL: the title, a stated publication date, and the paragraphs of the
/// article element (or of the page). Scripts, styles and page furniture are dropped; the result is plain text, so no
/// markup from the page ever reaches the store.
/// </summary>
internal static class HtmlText
{
    public static (string Body, ArticleMetadata Metadata) Extract(string html, string url)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var junk in document.QuerySelectorAll("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg").ToList())
        {
            junk.Remove();
        }

        string? title = document.QuerySelector("meta[property='og:title']")?.GetAttribute("content")
            ?? document.QuerySelector("h1")?.TextContent ?? document.Title;
        DateOnly? published = null;
        string? when = document.QuerySelector("meta[property='article:published_time']")?.GetAttribute("content")
            ?? document.QuerySelector("time[datetime]")?.GetAttribute("datetime");
        if (when is { Length: >= 10 } && DateOnly.TryParseExact(when[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            published = d;
        }

        var root = (AngleSharp.Dom.IParentNode?)document.QuerySelector("article") ?? document.Body ?? (AngleSharp.Dom.IParentNode)document;
        var paragraphs = root.QuerySelectorAll("p, h2, h3, li, blockquote")
            .Where(e => e.QuerySelector("p, li") is null)
            .Select(e => Normalize(e.TextContent))
            .Where(t => t.Length > 0)
            .ToList();
        string body = paragraphs.Count > 0 ? string.Join("\n\n", paragraphs) : Normalize(document.Body?.TextContent ?? string.Empty);
        var metadata = new ArticleMetadata { Title = title is null ? null : Normalize(title), Url = url, Published = published };
        return (body, metadata);
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
