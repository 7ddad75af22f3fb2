namespace Dossier.Ingest.Sources;

/// <summary>Limits and choices for reading inputs.</summary>
public sealed record IngestOptions
{
    /// <summary>The largest single article accepted, in bytes (a JSON Lines file may be larger; each of its lines is checked).</summary>
    public long MaxArticleBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The largest saved HTML page read, in bytes (pages carry markup, so more than an article's text).</summary>
    public long MaxHtmlBytes { get; init; } = 50 * 1024 * 1024;

    /// <summary>The largest JSON Lines file accepted, in bytes.</summary>
    public long MaxJsonLinesBytes { get; init; } = 4L * 1024 * 1024 * 1024;

    /// <summary>File endings read when walking a folder (a file named explicitly is read whatever its ending).</summary>
    public IReadOnlyList<string> FolderExtensions { get; init; } = [".txt", ".text", ".jsonl", ".jsonl.gz", ".html", ".htm", ".warc", ".warc.gz"];
}
