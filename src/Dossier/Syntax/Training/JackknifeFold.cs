namespace Dossier.Syntax.Training;

/// <summary>One of a jackknife's contiguous folds: the sentences from <see cref="Start"/> to <see cref="End"/> (excluded).</summary>
/// <param name="Index">The fold's number, from 0; a fold's tagger is seeded with the run's seed plus this.</param>
internal readonly record struct JackknifeFold(int Index, int Start, int End)
{
    /// <summary>The k folds of <paramref name="count"/> sentences, as even as whole sentences allow.</summary>
    public static JackknifeFold[] Cut(int count, int folds) =>
        [.. Enumerable.Range(0, folds).Select(k => new JackknifeFold(k, count * k / folds, count * (k + 1) / folds))];

    /// <summary>The sentences outside the fold: what its tagger trains on.</summary>
    public List<TreebankSentence> Others(IReadOnlyList<TreebankSentence> data) => [.. data.Take(Start).Concat(data.Skip(End))];
}
