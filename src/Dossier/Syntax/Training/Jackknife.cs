namespace Dossier.Syntax.Training;

/// <summary>
/// Replaces the gold tags of training sentences by tags predicted by taggers that did not see them: the data is cut
/// into k contiguous folds and each fold is tagged by a tagger trained on the others. A parser trained on gold tags
/// trusts them too much and loses accuracy on the predicted tags it gets at run time.
/// </summary>
public static class Jackknife
{
    public static List<TreebankSentence> Retag(IReadOnlyList<TreebankSentence> data, TagLexicon lexicon, int folds, int epochs, int seed, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        var result = new TreebankSentence[data.Count];
        foreach (var fold in JackknifeFold.Cut(data.Count, folds))
        {
            var train = fold.Others(data);
            progress?.Invoke(FormattableString.Invariant($"jackknife fold {fold.Index + 1}/{folds}: tagger on {train.Count} sentences"));
            var tagger = TaggerTrainer.Train(train, lexicon, epochs, seed + fold.Index, null);
            long right = 0, total = 0;
            for (int s = fold.Start; s < fold.End; s++)
            {
                var g = data[s];
                var (xpos, upos) = tagger.Tag(g.Forms);
                right += xpos.Zip(g.Xpos).Count(p => string.Equals(p.First, p.Second, StringComparison.Ordinal));
                total += g.Length;
                result[s] = new TreebankSentence(g.Forms, g.Lemmas, upos, xpos, g.Heads, g.Deprels, g.DocumentId);
            }

            progress?.Invoke(FormattableString.Invariant($"jackknife fold {fold.Index + 1}/{folds}: held-out XPOS {100.0 * right / total:F2}%"));
        }

        return [.. result];
    }
}
