using System.Text;
using Dossier.Ingest.Html;
using Dossier.Model;

namespace Dossier.Ingest.Sources;

/// <summary>
/// Turns a web page (a saved file, a fetched URL, a WARC response) into an input: its main text and metadata
/// extracted, ready as the body. Pages are compared by what was extracted, not by their bytes, so a page whose ads,
/// counters or tokens change between fetches is unchanged, and a page whose article text or metadata changed becomes
/// a new version.
/// </summary>
public static class PageInputs
{
    /// <summary>Extracts the article; a failure names <paramref name="source"/> when the page holds no article text.</summary>
    /// <param name="source">How the article is known in the store: the path or the URL.</param>
    /// <param name="bytes">The page as received.</param>
    /// <param name="contentType">The HTTP Content-Type (its charset decides the decoding), or null.</param>
    /// <param name="url">The page's address, for relative links and dates in the URL; null for a file.</param>
    /// <param name="hints">What a feed said about the item: used only where the page says nothing.</param>
    public static ReadResult Extract(string source, byte[] bytes, string? contentType, Uri? url, PageHints? hints = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            return ReadResult.Fail(source, "is empty");
        }

        var page = HtmlArticleExtractor.Extract(bytes, contentType, url);
        if (string.IsNullOrWhiteSpace(page.Body))
        {
            return ReadResult.Fail(source, "has no article text that could be extracted (an index page, a paywall or a consent wall?)");
        }

        var metadata = page.ToMetadata(source);
        metadata = metadata with
        {
            Url = metadata.Url ?? url?.AbsoluteUri,
            Title = metadata.Title ?? hints?.Title,
            Published = metadata.Published ?? hints?.Published,
        };
        return ReadResult.Ok(new IngestInput(source, page.Body, metadata, Hash(page.Body, metadata), "body"));
    }

    /// <summary>True when a Content-Type names an HTML page (or names nothing, so the bytes must tell).</summary>
    public static bool IsHtml(string? contentType) =>
        string.IsNullOrWhiteSpace(contentType)
        || contentType.Contains("html", StringComparison.OrdinalIgnoreCase);

    /// <summary>A hex SHA-256 of everything the store keeps of an extracted page: body and metadata, field by field.</summary>
    public static string Hash(string body, ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(metadata);
        var text = new StringBuilder(body.Length + 256);
        foreach (string? field in new[]
        {
            metadata.Title, metadata.Outlet, metadata.Url, metadata.Published?.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            metadata.Byline, metadata.Wire, metadata.Language, string.Join('\n', metadata.Captions), body,
        })
        {
            text.Append(field).Append('\u001f');
        }

        return TextDecoding.Hash(text.ToString());
    }
}
