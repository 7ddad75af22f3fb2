using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Dossier.Ingest.Html;

/// <summary>
/// Reads title, dates, outlet, authors, canonical URL and language from a page's markup, preferring what the page
/// states for machines (JSON-LD, Open Graph, article:* and Dublin Core meta tags, itemprop) over what it shows
/// (&lt;time&gt;, the URL, the &lt;title&gt; cleaned of the site name). The crawl or fetch date is never used.
/// </summary>
internal static partial class MetadataReader
{
    private static readonly string[] PublishedKeys =
    [
        "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
        "publish-date", "publish_date", "published_time", "dc.date.issued", "dcterms.issued", "dc.date",
        "dcterms.date", "dc.date.created", "dcterms.created", "sailthru.date", "parsely-pub-date", "article.published",
        "article_date_original", "cxenseparse:recs:publishtime", "originalpublicationdate", "creation_date",
        "displaydate", "publication_date", "release_date", "citation_publication_date", "citation_date",
    ];

    private static readonly string[] ModifiedKeys =
    [
        "article:modified_time", "og:updated_time", "datemodified", "last-modified", "lastmod", "dc.date.modified",
        "dcterms.modified", "article.updated",
    ];

    public static PageMetadata Read(IDocument document, Uri? url)
    {
        var meta = ReadMeta(document);
        var jsonLd = JsonLdFacts.Read(document);
        var canonical = Canonical(document, meta, jsonLd, url);
        var outlet = Clean(Get(meta, "og:site_name") ?? jsonLd.Publisher ?? Get(meta, "application-name")
            ?? Get(meta, "publisher") ?? Get(meta, "dc.publisher"));
        var published = DateParsing.Parse(jsonLd.DatePublished) ?? FirstDate(meta, PublishedKeys)
            ?? TimeElementDate(document) ?? DateParsing.FromUrl(canonical ?? url?.AbsoluteUri) ?? VisibleDate(document);
        var modified = DateParsing.Parse(jsonLd.DateModified) ?? FirstDate(meta, ModifiedKeys);
        var title = Title(document, meta, jsonLd, outlet);
        var authors = Authors(document, meta, jsonLd);
        outlet ??= HostName(canonical) ?? HostName(url?.AbsoluteUri);
        return new PageMetadata(title, published, modified, outlet, authors, canonical, Language(document, meta), jsonLd.ArticleBody,
            Get(meta, "og:description") ?? Get(meta, "description") ?? Get(meta, "twitter:description"));
    }

    /// <summary>Meta tags by lower-cased name, property or itemprop (first occurrence wins).</summary>
    private static Dictionary<string, string> ReadMeta(IDocument document)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in document.QuerySelectorAll("meta[content], [itemprop][content], [itemprop][datetime]"))
        {
            var content = element.GetAttribute("content") ?? element.GetAttribute("datetime");
            if (string.IsNullOrWhiteSpace(content))
                continue;
            foreach (var attr in new[] { "property", "name", "itemprop", "http-equiv" })
            {
                var key = element.GetAttribute(attr);
                if (!string.IsNullOrEmpty(key))
                    meta.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
            }
        }
        return meta;
    }

    private static string? Get(Dictionary<string, string> meta, string key) =>
        meta.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    private static DateOnly? FirstDate(Dictionary<string, string> meta, string[] keys)
    {
        foreach (var key in keys)
        {
            if (Get(meta, key) is { } value && DateParsing.Parse(value) is { } date)
                return date;
        }
        return null;
    }

    private static DateOnly? TimeElementDate(IDocument document)
    {
        // A <time> marked as the publication time first, then the first <time> inside the article.
        foreach (var selector in new[] { "time[pubdate]", "time[itemprop]", "article time[datetime]", "time[datetime]" })
        {
            var time = document.QuerySelector(selector);
            if (time is not null && DateParsing.Parse(time.GetAttribute("datetime") ?? time.TextContent) is { } date)
                return date;
        }
        return null;
    }

    /// <summary>A date line the page shows: a short element whose class or id names a date, a byline or post meta.</summary>
    private static DateOnly? VisibleDate(IDocument document)
    {
        const string selector = "[class*='date'], [class*='Date'], [class*='datum'], [class*='time'], [class*='publish'], " +
            "[class*='posted'], [class*='byline'], [class*='meta'], [id*='date'], [id*='datum'], [class*='info']";
        foreach (var element in document.QuerySelectorAll(selector))
        {
            if (element.LocalName is "script" or "style" or "body" or "html")
                continue;
            var text = element.TextContent;
            if (text.Length is > 0 and < 200 && DateParsing.Parse(text) is { } date)
                return date;
        }
        return FirstDateInText(document.Body);
    }

    /// <summary>The first short text that is a date, in document order (scripts and styles skipped).</summary>
    private static DateOnly? FirstDateInText(IElement? root)
    {
        if (root is null)
            return null;
        var budget = 30_000;
        foreach (var node in root.Descendants())
        {
            if (node.NodeType != NodeType.Text || node.ParentElement?.LocalName is "script" or "style" or "noscript" or "template")
                continue;
            var text = node.TextContent;
            budget -= text.Length;
            if (budget < 0)
                break;
            if (text.Length is > 5 and < 120 && DateParsing.Parse(text) is { } date)
                return date;
        }
        return null;
    }

    private static string? Canonical(IDocument document, Dictionary<string, string> meta, JsonLdFacts jsonLd, Uri? url)
    {
        var href = document.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Get(meta, "og:url") ?? jsonLd.Url;
        if (string.IsNullOrWhiteSpace(href))
            return url?.AbsoluteUri;
        if (Uri.TryCreate(href.Trim(), UriKind.Absolute, out var absolute) && absolute.Scheme.StartsWith("http", StringComparison.Ordinal))
            return absolute.AbsoluteUri;
        return url is not null && Uri.TryCreate(url, href.Trim(), out var resolved) ? resolved.AbsoluteUri : url?.AbsoluteUri;
    }

    private static string? Title(IDocument document, Dictionary<string, string> meta, JsonLdFacts jsonLd, string? outlet)
    {
        var candidate = Get(meta, "og:title") ?? jsonLd.Headline ?? Get(meta, "twitter:title") ?? Get(meta, "headline");
        if (candidate is null)
        {
            var h1s = document.QuerySelectorAll("h1");
            if (h1s.Length == 1)
                candidate = h1s[0].TextContent;
        }
        candidate ??= document.Title;
        return candidate is null ? null : StripSiteName(Clean(candidate), outlet);
    }

    /// <summary>Removes " | Site", " - Site", "Site: " when the part looks like the site's name.</summary>
    internal static string? StripSiteName(string? title, string? outlet)
    {
        if (string.IsNullOrEmpty(title))
            return null;
        var parts = TitleSeparator().Split(title);
        if (parts.Length < 2)
            return title;
        if (!string.IsNullOrEmpty(outlet))
        {
            var kept = parts.Where(p => !p.Contains(outlet, StringComparison.OrdinalIgnoreCase)
                && !outlet.Contains(p.Trim(), StringComparison.OrdinalIgnoreCase)).ToArray();
            if (kept.Length > 0 && kept.Length < parts.Length)
                return string.Join(" - ", kept).Trim();
        }
        // Without a known site name, the site is the short last part.
        var last = parts[^1].Trim();
        var rest = string.Join(" - ", parts[..^1]).Trim();
        return last.Length <= 30 && rest.Length > last.Length ? rest : title;
    }

    private static List<string> Authors(IDocument document, Dictionary<string, string> meta, JsonLdFacts jsonLd)
    {
        var raw = new List<string>(jsonLd.Authors);
        if (raw.Count == 0)
        {
            foreach (var key in new[] { "author", "article:author", "dc.creator", "parsely-author", "sailthru.author", "byl" })
            {
                if (Get(meta, key) is { } value && !value.StartsWith("http", StringComparison.Ordinal))
                {
                    raw.Add(value);
                    break;
                }
            }
        }
        if (raw.Count == 0)
        {
            var element = document.QuerySelector("[rel='author'], [itemprop='author'] [itemprop='name'], [itemprop='author'], .author-name, .byline__name, .byline");
            if (element is not null)
                raw.Add(element.TextContent);
        }
        var authors = new List<string>();
        foreach (var entry in raw)
        {
            foreach (var name in AuthorSplit().Split(ByPrefix().Replace(Clean(entry) ?? string.Empty, string.Empty)))
            {
                var trimmed = name.Trim(' ', ',', ';', '|');
                if (trimmed.Length is > 1 and < 80 && !authors.Contains(trimmed, StringComparer.Ordinal))
                    authors.Add(trimmed);
            }
        }
        return authors;
    }

    private static string? Language(IDocument document, Dictionary<string, string> meta)
    {
        var lang = document.DocumentElement?.GetAttribute("lang") ?? document.DocumentElement?.GetAttribute("xml:lang")
            ?? Get(meta, "content-language") ?? Get(meta, "og:locale") ?? Get(meta, "language") ?? Get(meta, "dc.language");
        if (string.IsNullOrWhiteSpace(lang))
            return null;
        var primary = lang.Trim().Split('-', '_', ',', ' ')[0].ToLowerInvariant();
        return primary.Length is 2 or 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }

    private static string? HostName(string? url)
    {
        if (url is null || !Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
            return null;
        return uri.Host.StartsWith("www.", StringComparison.Ordinal) ? uri.Host[4..] : uri.Host;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        var text = TextNormalizer.Collapse(System.Net.WebUtility.HtmlDecode(value));
        return text.Length == 0 ? null : text;
    }

    [GeneratedRegex(@"\s+[|–—·•»:-]\s+|\s*\|\s*|\s+::\s+", RegexOptions.CultureInvariant)]
    private static partial Regex TitleSeparator();

    [GeneratedRegex(@"\s*(,|;|\s+and\s+|\s+und\s+|&)\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorSplit();

    [GeneratedRegex(@"^(by|von|par|por|di)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();
}
