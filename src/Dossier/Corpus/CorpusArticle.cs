using Dossier.Model;

namespace Dossier.Corpus;

/// <summary>A stored article as corpus stages see it: its identity and its annotated document.</summary>
public sealed record CorpusArticle(string Id, Document Document)
{
    public ArticleMetadata Metadata => Document.Metadata;

    public string Source => Metadata.Source ?? Id;

    /// <summary>The day the article appeared, or the middle of its inferred publication range, or null.</summary>
    public DateOnly? Day => Metadata.Published ?? (Metadata.PublishedRange is { } r ? r.Earliest.AddDays((r.Latest.DayNumber - r.Earliest.DayNumber) / 2) : null);

    public DateOnly? EarliestDay => Metadata.Published ?? Metadata.PublishedRange?.Earliest;

    public DateOnly? LatestDay => Metadata.Published ?? Metadata.PublishedRange?.Latest;
}
