using Dossier.Model;

namespace Dossier.Ingest.Html;

/// <summary>
/// What <see cref="HtmlArticleExtractor"/> keeps of a web page: the article's clean body text and its metadata.
/// <see cref="Body"/> is the text that annotation offsets will index: paragraphs are separated by a blank line,
/// headings and list items stand on their own lines, and no markup or boilerplate remains.
/// </summary>
public sealed record ExtractedArticle
{
    /// <summary>The headline, from og:title, JSON-LD headline, the single h1 or the cleaned &lt;title&gt;.</summary>
    public string? Title { get; init; }

    /// <summary>The main text; empty when nothing article-like was found (a warning then says so).</summary>
    public string Body { get; init; } = string.Empty;

    /// <summary>Image and figure captions found in the article, in document order, kept out of the body.</summary>
    public IReadOnlyList<string> Captions { get; init; } = [];

    /// <summary>Pull quotes (text repeated from the body for display), kept out of the body.</summary>
    public IReadOnlyList<string> PullQuotes { get; init; } = [];

    /// <summary>The publication day the page states; never the crawl or fetch date.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>The day of the last modification the page states, if any.</summary>
    public DateOnly? Modified { get; init; }

    /// <summary>The outlet: og:site_name, the JSON-LD publisher, or the host name.</summary>
    public string? Outlet { get; init; }

    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The URL the page names as its own (rel=canonical, og:url), absolute.</summary>
    public string? CanonicalUrl { get; init; }

    /// <summary>The primary language subtag ("en", "de"), from the markup.</summary>
    public string? Language { get; init; }

    /// <summary>The wire service credited (Reuters, AFP, AP, dpa…), if any.</summary>
    public string? Wire { get; init; }

    /// <summary>The character encoding the bytes were decoded with (web name, e.g. "windows-1251").</summary>
    public string? Encoding { get; init; }

    /// <summary>What went wrong or was worked around; the article is still usable unless the body is empty.</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; init; } = [];

    /// <summary>Converts to the core model's metadata (the body goes into the document text).</summary>
    public ArticleMetadata ToMetadata(string? source) => new()
    {
        Source = source,
        Title = Title,
        Outlet = Outlet,
        Url = CanonicalUrl,
        Published = Published,
        Byline = Authors.Count == 0 ? null : string.Join(", ", Authors),
        Wire = Wire,
        Captions = Captions,
        Language = Language,
    };
}
