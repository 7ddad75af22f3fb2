using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Dossier.Model;

namespace Dossier.Ingest.Html;

/// <summary>
/// Extracts the article from a web page: decodes the bytes, reads the metadata, removes page furniture, locates
/// the article's containers and writes their text as clean paragraphs. Never runs scripts or fetches resources.
/// Thread-safe; one call never throws for bad markup (AngleSharp repairs it as browsers do).
/// </summary>
public static class HtmlArticleExtractor
{
    private const string Stage = "extract";

    /// <summary>A located article shorter than this is compared with the whole page's filtered text.</summary>
    private const int FallbackBelowChars = 1000;

    /// <summary>The whole page's text replaces the located article when it is this many times longer.</summary>
    private const int FallbackGain = 2;

    /// <summary>Extracts from raw bytes, decoding them by header, BOM, meta charset or sniffing.</summary>
    public static ExtractedArticle Extract(byte[] html, string? contentTypeHeader, Uri? url, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        var decoded = CharsetDetector.Decode(html, contentTypeHeader);
        var article = Extract(decoded.Text, url, options);
        var warnings = article.Warnings;
        if (decoded.Reason.StartsWith("sniffed: single", StringComparison.Ordinal))
        {
            warnings = [.. warnings, new Diagnostic("DOS0402", Stage,
                $"no usable charset declared and the bytes are not UTF-8; decoded as {decoded.Encoding.WebName} by letter statistics. Check the text, or pass the right Content-Type.",
                DiagnosticSeverity.Info)];
        }
        return article with { Encoding = decoded.Encoding.WebName, Warnings = warnings };
    }

    /// <summary>Extracts from already decoded text.</summary>
    public static ExtractedArticle Extract(string html, Uri? url, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        options ??= ExtractionOptions.Default;
        var warnings = new List<Diagnostic>();
        if (html.Length > options.MaxChars)
        {
            warnings.Add(new Diagnostic("DOS0401", Stage,
                $"page is {html.Length / 1_000_000.0:0.0} million characters; only the first {options.MaxChars / 1_000_000.0:0.#} million were read (ExtractionOptions.MaxChars).",
                DiagnosticSeverity.Warning));
            html = html[..options.MaxChars];
        }

        var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
        var document = parser.ParseDocument(html);
        var metadata = MetadataReader.Read(document, url);

        var root = document.Body ?? document.DocumentElement;
        var cleaner = new PageCleaner();
        cleaner.Clean(root);
        var stats = DomStats.Compute(root);
        var containers = DescriptionLead.Prepend(root, stats, ContentLocator.Locate(root, stats), metadata.Description);
        var body = BodyAssembler.Assemble(TextBlockWriter.Write(containers));
        if (body.Length < FallbackBelowChars && (containers.Count != 1 || containers[0] != root))
        {
            // The located container holds next to nothing (a recipe's "rate this" box, an app shell): the text of
            // the whole cleaned page, filtered block by block, is a better guess when it holds much more.
            var whole = BodyAssembler.Assemble(TextBlockWriter.Write([root]));
            if (whole.Length > FallbackGain * Math.Max(body.Length, 1))
                body = whole;
        }
        body = JsonLdBody.Prefer(body, metadata.JsonLdArticleBody);

        if (body.Length < options.MinBodyChars)
        {
            warnings.Add(new Diagnostic("DOS0403", Stage,
                $"only {body.Length} characters of article text found; the page may be an index, a paywall or a consent wall. Check it in a browser.",
                DiagnosticSeverity.Warning));
        }
        return new ExtractedArticle
        {
            Title = metadata.Title,
            Body = body,
            Captions = cleaner.Captions,
            PullQuotes = cleaner.PullQuotes,
            Published = metadata.Published,
            Modified = metadata.Modified,
            Outlet = metadata.Outlet,
            Authors = metadata.Authors,
            CanonicalUrl = metadata.CanonicalUrl,
            Language = metadata.Language,
            Wire = WireDetector.Detect(body, metadata.Authors),
            Warnings = warnings,
        };
    }
}
