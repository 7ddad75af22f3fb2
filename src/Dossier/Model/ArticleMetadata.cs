namespace Dossier.Model;

/// <summary>
/// What is known about an article besides its body: given by the source (JSON Lines, HTML metadata) or found in the
/// text (title line, dateline, date line, wire credit, byline, captions). <see cref="Published"/> is what the article
/// states; <see cref="PublishedRange"/> is Dossier's inference for an undated article.
/// </summary>
public sealed record ArticleMetadata
{
    public static readonly ArticleMetadata Empty = new();

    /// <summary>The path or URL exactly as given to ingest, or the JSON Lines id.</summary>
    public string? Source { get; init; }

    public string? Title { get; init; }

    public string? Outlet { get; init; }

    public string? Url { get; init; }

    /// <summary>The publication day the article states or its metadata gives; null when unknown, never a guess.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>For an undated article, the days its publication is bounded to by its own text (or other evidence).</summary>
    public DateRange? PublishedRange { get; init; }

    public string? Dateline { get; init; }

    public string? Byline { get; init; }

    /// <summary>The wire service credited (Reuters, AFP, AP, TASS, IRNA…), if any.</summary>
    public string? Wire { get; init; }

    public IReadOnlyList<string> Captions { get; init; } = [];

    public string? Language { get; init; }
}
