namespace Dossier.Evaluation;

/// <summary>
/// Scores of the tokenizer and sentence splitter on a set of treebank documents: sentence boundaries (the offsets
/// where sentences end, the trivial document end excluded), surface tokens and syntactic words (exact spans).
/// </summary>
public sealed record SegmentationScores(int Documents, int Characters, Prf Boundaries, Prf Tokens, Prf Words)
{
    public static SegmentationScores Empty { get; } = new(0, 0, default, default, default);

    public static SegmentationScores operator +(SegmentationScores a, SegmentationScores b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return new(a.Documents + b.Documents, a.Characters + b.Characters, a.Boundaries + b.Boundaries, a.Tokens + b.Tokens, a.Words + b.Words);
    }

    public static SegmentationScores Add(SegmentationScores a, SegmentationScores b) => a + b;
}
