using Dossier.Corpus.Entities;

namespace Dossier.Storage;

/// <summary>
/// The analysts' entity decisions: an append-only audit trail that survives re-ingest and corpus rebuilds (the
/// corpus stages re-apply it every time they run). Both stores implement it.
/// </summary>
public interface IEntityDecisionStore
{
    /// <summary>Appends a decision; returns it with its sequence number and time as stored.</summary>
    EntityDecision AddEntityDecision(EntityDecision decision);

    /// <summary>Every decision, oldest first.</summary>
    IReadOnlyList<EntityDecision> EntityDecisions();
}
