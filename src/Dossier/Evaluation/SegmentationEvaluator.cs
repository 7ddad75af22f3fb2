using Dossier.Model;
using Dossier.Text;

namespace Dossier.Evaluation;

/// <summary>Runs a <see cref="TextSegmenter"/> on rebuilt treebank text and scores it against the gold spans.</summary>
public static class SegmentationEvaluator
{
    public static SegmentationScores Score(TextSegmenter segmenter, TreebankDocument document)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        ArgumentNullException.ThrowIfNull(document);
        var (tokens, sentences) = segmenter.Segment(document.Text);
        var predictedEnds = sentences.Select(s => s.End).Where(e => e != document.Text.Length).ToArray();
        var goldEnds = document.SentenceEnds.Where(e => e != document.Text.Length).ToArray();
        var predictedSpans = tokens.Select(t => t.Span).ToArray();
        return new SegmentationScores(
            1,
            document.Text.Length,
            Prf.Of(predictedEnds, goldEnds),
            Prf.Of(predictedSpans, document.Tokens.ToArray()),
            Prf.Of(predictedSpans, document.Words.ToArray()));
    }

    public static SegmentationScores Score(TextSegmenter segmenter, IEnumerable<TreebankDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var total = SegmentationScores.Empty;
        foreach (var document in documents)
        {
            total += Score(segmenter, document);
        }

        return total;
    }

    /// <summary>The sentence-end offsets of a segmentation, for reports of what went wrong.</summary>
    public static IReadOnlyList<int> SentenceEnds(IReadOnlyList<Sentence> sentences) => [.. sentences.Select(s => s.End)];
}
