using Dossier.Corpus.Agreements;
using Dossier.Corpus.Claims;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;
using Dossier.Model;

namespace Dossier.Corpus;

/// <summary>
/// Receives what the corpus stages establish as each stage establishes it, so that a build need not hold the whole
/// snapshot: <see cref="CorpusSnapshotCollector"/> gathers it into a <see cref="CorpusSnapshot"/>, a store's
/// <see cref="Storage.ICorpusWriter"/> (through <see cref="CorpusItemSink"/>) writes it as it comes. Each method but
/// <see cref="Entity"/> and <see cref="Event"/> is called once per build, in the order the stages run.
/// </summary>
public interface ICorpusSink
{
    /// <summary>The duplicates stage's result: copies and reporting units.</summary>
    void Duplicates(DuplicateResult duplicates);

    /// <summary>The stories stage's result.</summary>
    void Stories(IReadOnlyList<Story> stories);

    /// <summary>
    /// One resolved entity, with the analysts' decisions applied: the entities come one at a time, in ascending ordinal
    /// id order (the snapshot's), so that a build need not hold them all.
    /// </summary>
    void Entity(CorpusEntity entity);

    /// <summary>What became of each of the analysts' entity decisions (none without decisions), after the entities.</summary>
    void DecisionOutcomes(IReadOnlyDictionary<long, string> outcomes);

    /// <summary>One merged event of the current dating round, in no particular order.</summary>
    void Event(MergedEvent merged);

    /// <summary>
    /// The events given so far belong to a dating round that the next one replaces (pins dated undated articles
    /// again): they are dropped, and only the events given after this call are the stage's.
    /// </summary>
    void DiscardEvents();

    /// <summary>The publication ranges of undated articles that the event-merging stage narrowed.</summary>
    void PublishedRanges(IReadOnlyDictionary<string, DateRange> ranges);

    /// <summary>The claims stage's result: claims with every source's stance, and agreements.</summary>
    void Claims(IReadOnlyList<Claim> claims, IReadOnlyList<Agreement> agreements);

    /// <summary>The articles' entity mentions grouped across articles (<see cref="MentionListing.Combine"/>), in the listing's order.</summary>
    void Mentions(IReadOnlyList<MentionGroup> groups);
}
