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
/// <see cref="Event"/> is called once per build, in the order the stages run.
/// </summary>
public interface ICorpusSink
{
    /// <summary>The duplicates stage's result: copies and reporting units.</summary>
    void Duplicates(DuplicateResult duplicates);

    /// <summary>The stories stage's result.</summary>
    void Stories(IReadOnlyList<Story> stories);

    /// <summary>The resolved entities, with the analysts' decisions applied, and what became of each decision.</summary>
    void Entities(IReadOnlyList<CorpusEntity> entities, IReadOnlyDictionary<long, string> outcomes);

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
}
