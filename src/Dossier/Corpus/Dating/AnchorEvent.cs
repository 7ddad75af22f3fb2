namespace Dossier.Corpus.Dating;

/// <summary>
/// A well-known event with a known day (resources/en/corpus/anchors.tsv): the names and keywords that identify a
/// mention of it, the cues that show it was still ahead ("President-elect"), and an example sentence the tests run.
/// </summary>
public sealed record AnchorEvent(DateOnly Date, IReadOnlyList<string> Names, IReadOnlyList<string> Keywords, IReadOnlyList<string> PendingCues, string Description, string Example);
