using System.Text.Json;
using AngleSharp.Dom;

namespace Dossier.Ingest.Html;

/// <summary>
/// The article facts a page states in JSON-LD (schema.org NewsArticle and kin): headline, dates, authors, publisher.
/// Malformed blocks are skipped: many pages ship JSON-LD with trailing commas or raw newlines in strings.
/// </summary>
internal sealed class JsonLdFacts
{
    public string? Headline { get; private set; }

    public string? DatePublished { get; private set; }

    public string? DateModified { get; private set; }

    public string? Publisher { get; private set; }

    public string? Url { get; private set; }

    /// <summary>
    /// The longest <c>articleBody</c> (or <c>text</c> of an article) stated, whitespace kept: client-rendered pages
    /// ship their text only here.
    /// </summary>
    public string? ArticleBody { get; private set; }

    public List<string> Authors { get; } = [];

    public static JsonLdFacts Read(IDocument document)
    {
        var facts = new JsonLdFacts();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions
                {
                    AllowTrailingCommas = true,
                    CommentHandling = JsonCommentHandling.Skip,
                });
                facts.Visit(json.RootElement, 0);
            }
            catch (JsonException)
            {
                // A broken block says nothing reliable; the other sources of metadata remain.
            }
        }
        return facts;
    }

    private void Visit(JsonElement element, int depth)
    {
        if (depth > 8)
            return;
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                Visit(item, depth + 1);
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
            return;
        if (IsArticle(element))
            TakeArticle(element);
        if (element.TryGetProperty("@graph", out var graph))
            Visit(graph, depth + 1);
        if (element.TryGetProperty("mainEntity", out var main))
            Visit(main, depth + 1);
    }

    private static bool IsArticle(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
            return element.TryGetProperty("datePublished", out _);
        var types = type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.ToString()).ToArray()
            : [type.ToString()];
        return types.Any(t => t.EndsWith("Article", StringComparison.Ordinal) || t is "BlogPosting" or "Report"
            or "WebPage" or "LiveBlogPosting" or "Recipe" or "VideoObject" or "Review");
    }

    private void TakeArticle(JsonElement article)
    {
        var isPage = article.TryGetProperty("@type", out var type) && type.ValueKind == JsonValueKind.String
            && type.GetString() == "WebPage";
        // A WebPage's dates describe the page; an article's take precedence when both are present.
        if (isPage && DatePublished is not null)
            return;
        Headline ??= String(article, "headline") ?? (isPage ? null : String(article, "name"));
        var published = String(article, "datePublished") ?? String(article, "dateCreated");
        if (published is not null && (DatePublished is null || !isPage))
            DatePublished ??= published;
        DateModified ??= String(article, "dateModified");
        Url ??= String(article, "url");
        var body = RawString(article, "articleBody") ?? (isPage ? null : RawString(article, "text"));
        if (body is not null && body.Length > (ArticleBody?.Length ?? 0))
        {
            ArticleBody = body;
        }
        if (Publisher is null && article.TryGetProperty("publisher", out var publisher))
            Publisher = NameOf(publisher);
        if (Authors.Count == 0 && article.TryGetProperty("author", out var author))
        {
            foreach (var a in author.ValueKind == JsonValueKind.Array ? author.EnumerateArray().ToArray() : [author])
            {
                var name = NameOf(a);
                if (!string.IsNullOrWhiteSpace(name) && !Authors.Contains(name, StringComparer.Ordinal))
                    Authors.Add(name.Trim());
            }
        }
    }

    private static string? NameOf(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Object => String(element, "name"),
        JsonValueKind.Array => element.GetArrayLength() > 0 ? NameOf(element[0]) : null,
        _ => null,
    };

    private static string? RawString(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            && !string.IsNullOrWhiteSpace(value.GetString())
            ? value.GetString()
            : null;

    private static string? String(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
            return null;
        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => value[0].GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : TextNormalizer.Collapse(text);
    }
}
