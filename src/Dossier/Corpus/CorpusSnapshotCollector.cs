using Dossier.Corpus.Agreements;
using Dossier.Corpus.Claims;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;
using Dossier.Model;

namespace Dossier.Corpus;

/// <summary>Gathers what the corpus stages establish into one <see cref="CorpusSnapshot"/> in memory.</summary>
public sealed class CorpusSnapshotCollector : ICorpusSink
{
    private readonly List<CorpusEntity> entities = [];
    private readonly List<MergedEvent> events = [];
    private CorpusSnapshot snapshot = CorpusSnapshot.Empty;

    public void Duplicates(DuplicateResult duplicates)
    {
        ArgumentNullException.ThrowIfNull(duplicates);
        snapshot = snapshot with { DuplicateOf = duplicates.DuplicateOf, UnitOf = duplicates.UnitOf };
    }

    public void Stories(IReadOnlyList<Story> stories) => snapshot = snapshot with { Stories = stories };

    public void Entity(CorpusEntity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        entities.Add(entity);
    }

    public void DecisionOutcomes(IReadOnlyDictionary<long, string> outcomes) => snapshot = snapshot with { DecisionOutcomes = outcomes };

    public void Event(MergedEvent merged) => events.Add(merged);

    public void DiscardEvents() => events.Clear();

    public void PublishedRanges(IReadOnlyDictionary<string, DateRange> ranges) => snapshot = snapshot with { PublishedRanges = ranges };

    public void Claims(IReadOnlyList<Claim> claims, IReadOnlyList<Agreement> agreements) =>
        snapshot = snapshot with { Claims = claims, Agreements = agreements };

    public void Mentions(IReadOnlyList<MentionGroup> groups) => snapshot = snapshot with { Mentions = groups };

    /// <summary>
    /// The snapshot of what was given, its entities in the order given (the sink's contract: by id), its events in the
    /// snapshot's order (by date, undated last).
    /// </summary>
    public CorpusSnapshot Snapshot() => snapshot with { Entities = [.. entities], Events = [.. CorpusSnapshot.InOrder(events)] };
}
