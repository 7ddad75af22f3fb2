using Dossier.Corpus.EventMerging;
using Dossier.Model;

namespace Dossier.Corpus;

/// <summary>The event-merging part of the snapshot: merged events and the publication ranges other articles narrowed.</summary>
public sealed partial record CorpusSnapshot
{
    /// <summary>Every merged event, by date (undated last).</summary>
    public IReadOnlyList<MergedEvent> Events { get; init; } = [];

    /// <summary>Publication ranges of undated articles narrowed by what other articles and the knowledge base establish.</summary>
    public IReadOnlyDictionary<string, DateRange> PublishedRanges { get; init; } = new Dictionary<string, DateRange>(StringComparer.Ordinal);

    /// <summary>Merged events in the snapshot's order: by earliest date (undated last), then date value, then id.</summary>
    public static IOrderedEnumerable<MergedEvent> InOrder(IEnumerable<MergedEvent> events) =>
        events.OrderBy(e => e.Earliest ?? DateOnly.MaxValue).ThenBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal);

    /// <summary>The snapshot with the event-merging stage's results.</summary>
    public CorpusSnapshot WithEvents(EventMergeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return this with { Events = result.Events, PublishedRanges = result.PublishedRanges };
    }

    /// <summary>The publication range of an undated article: the narrowed one when the corpus stages narrowed it, else the article's own.</summary>
    public DateRange? PublishedRangeOf(string articleId, ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.Published is not null ? null : PublishedRanges.TryGetValue(articleId, out var r) ? r : metadata.PublishedRange;
    }
}
