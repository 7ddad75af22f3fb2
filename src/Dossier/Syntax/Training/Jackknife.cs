namespace Dossier.Syntax.Training;

/// <summary>
/// Replaces the gold tags of training sentences by tags predicted by taggers that did not see them: the data is cut
/// into k contiguous folds and each fold is tagged by a tagger trained on the others. A parser trained on gold tags
/// trusts them too much and loses accuracy on the predicted tags it gets at run time.
/// </summary>
public static class Jackknife
{
    /// <summary>Retags <paramref name="data"/> with one-pass fold taggers (the taggers of the shipped parsers so far).</summary>
    public static List<TreebankSentence> Retag(IReadOnlyList<TreebankSentence> data, TagLexicon lexicon, int folds, int epochs, int seed, Action<string>? progress = null)
        => Retag(data, lexicon, folds, new TaggerTrainingOptions(epochs, seed), progress);

    /// <summary>
    /// Retags <paramref name="data"/> with fold taggers trained as <paramref name="tagger"/> says (its seed is that of
    /// the first fold, the next folds add their index), so the parser can learn from the errors of the tagger it runs
    /// with, e.g. the two-pass tagger with right context and extended universal features.
    /// </summary>
    public static List<TreebankSentence> Retag(IReadOnlyList<TreebankSentence> data, TagLexicon lexicon, int folds, TaggerTrainingOptions tagger, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(tagger);
        var result = new TreebankSentence[data.Count];
        foreach (var fold in JackknifeFold.Cut(data.Count, folds))
        {
            var train = fold.Others(data);
            progress?.Invoke(FormattableString.Invariant($"jackknife fold {fold.Index + 1}/{folds}: tagger on {train.Count} sentences"));
            var model = TaggerTrainer.Train(train, lexicon, tagger with { Seed = tagger.Seed + fold.Index }, null);
            long right = 0, total = 0;
            for (int s = fold.Start; s < fold.End; s++)
            {
                var g = data[s];
                var (xpos, upos) = model.Tag(g.Forms);
                right += xpos.Zip(g.Xpos).Count(p => string.Equals(p.First, p.Second, StringComparison.Ordinal));
                total += g.Length;
                result[s] = new TreebankSentence(g.Forms, g.Lemmas, upos, xpos, g.Heads, g.Deprels, g.DocumentId);
            }

            progress?.Invoke(FormattableString.Invariant($"jackknife fold {fold.Index + 1}/{folds}: held-out XPOS {100.0 * right / total:F2}%"));
        }

        return [.. result];
    }
}
