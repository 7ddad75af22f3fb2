namespace Dossier.Temporal;

/// <summary>A phase-one candidate with its sentence and the tense of its clause.</summary>
internal sealed record LocatedCandidate(TimexCandidate Candidate, ClauseContext Clause, TemporalDirection Direction, string PreviousWord);
