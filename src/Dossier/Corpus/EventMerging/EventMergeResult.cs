using Dossier.Model;

namespace Dossier.Corpus.EventMerging;

/// <summary>The merged events, and the publication ranges of undated articles that other articles or the knowledge base narrowed.</summary>
public sealed record EventMergeResult(IReadOnlyList<MergedEvent> Events, IReadOnlyDictionary<string, DateRange> PublishedRanges);
