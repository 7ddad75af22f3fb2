namespace Dossier.Ingest.Evaluation;

/// <summary>The outcome on one page: counts, the snippets missed and wrongly kept, the date found, any crash.</summary>
public sealed record CaseResult(
    TrafilaturaCase Case,
    SnippetCounts Counts,
    IReadOnlyList<string> Missed,
    IReadOnlyList<string> Leaked,
    DateOnly? Date,
    string? Error);
