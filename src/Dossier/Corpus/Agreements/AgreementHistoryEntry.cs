using Dossier.Corpus.Claims;

namespace Dossier.Corpus.Agreements;

/// <summary>A state an agreement was in, on a date (at the granularity known, or null), with the sentences that say so.</summary>
public sealed record AgreementHistoryEntry(string? Date, string State, IReadOnlyList<ArticleEvidence> Evidence);
