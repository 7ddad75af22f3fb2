namespace Dossier.Ingest.Html;

/// <summary>Limits for <see cref="HtmlArticleExtractor"/>.</summary>
public sealed record ExtractionOptions
{
    public static readonly ExtractionOptions Default = new();

    /// <summary>
    /// Pages longer than this (in characters after decoding) are cut before parsing, with a warning: the article of
    /// a bloated page is nearly always near its start, and the batch must not stall on one page (AngleSharp parses about
    /// a million characters a second on dense markup). Default 3 million.
    /// </summary>
    public int MaxChars { get; init; } = 3_000_000;

    /// <summary>Bodies shorter than this get a warning (the page may be an index, a paywall or a consent wall).</summary>
    public int MinBodyChars { get; init; } = 200;
}
