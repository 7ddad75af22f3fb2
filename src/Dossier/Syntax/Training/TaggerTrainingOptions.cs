namespace Dossier.Syntax.Training;

/// <summary>How <see cref="TaggerTrainer"/> trains a tagger; the defaults are the one-pass tagger.</summary>
/// <param name="Epochs">Passes over the training data.</param>
/// <param name="Seed">Seed of the shuffling; the same data, options and seed give the same weights.</param>
public sealed record TaggerTrainingOptions(int Epochs, int Seed)
{
    /// <summary>A second Penn-tag pass that reads the first pass's tags of the next words.</summary>
    public bool RightContext { get; init; }

    /// <summary>
    /// Folds (0: none): each fold is tagged by a tagger trained on the others, and the second pass and the universal
    /// model learn from those held-out tags instead of the tags the final first pass gives its own training sentences
    /// (right 99% of the time there against 95% on unseen text, so the later models learned to trust them too much).
    /// </summary>
    public int Jackknife { get; init; }

    /// <summary>
    /// With <see cref="Jackknife"/>: only the universal model learns from the held-out (two-pass) tags; the second
    /// pass learns from the final first pass's own tags, as without a jackknife (the held-out first-pass tags made it
    /// distrust its right context and lowered Penn accuracy).
    /// </summary>
    public bool JackknifeUposOnly { get; init; }

    /// <summary>Epochs of each fold's tagger.</summary>
    public int JackknifeEpochs { get; init; } = 4;

    /// <summary>
    /// A file that keeps the held-out tags: read when it exists and was made for the same data and jackknife, else
    /// written, so runs that differ only in the final models skip the folds' training.
    /// </summary>
    public string? HeldOutTagsFile { get; init; }

    /// <summary>The universal model also reads the tag-dictionary classes and more Penn-tag context (format flag 4).</summary>
    public bool ExtendedUpos { get; init; }

    /// <summary>
    /// The universal model also reads the Penn passes' context: the first pass's tag, the final pass's runner-up and the
    /// verb form ahead of the word (<see cref="ClauseAhead"/>; format flag 8). Only for a universal model trained alone on a finished tagger's Penn passes
    /// (<see cref="UniversalModelTrainer.Train"/>).
    /// </summary>
    public bool PennContext { get; init; }

    /// <summary>
    /// A <see cref="PennTagLog"/> file: the joint training writes the Penn tags of every epoch to it (with a second
    /// pass), and <see cref="UniversalModelTrainer.Train"/> reads them instead of tagging with the finished Penn passes.
    /// </summary>
    public string? PennTagLogFile { get; init; }

    /// <summary>
    /// With <see cref="UniversalModelTrainer.Train"/>: universal models trained with seeds <see cref="Seed"/>,
    /// <see cref="Seed"/> + 1, …, kept as their mean (their vote); 1 is a single model.
    /// </summary>
    public int UposModels { get; init; } = 1;

    /// <summary>
    /// Sentences with Penn tags alone (MASC, <see cref="MascSentences"/>) that the Penn passes also learn from, in the
    /// first <see cref="PennOnlyEpochs"/> epochs; the universal model never reads them (they have no universal tags).
    /// </summary>
    public IReadOnlyList<TreebankSentence>? PennOnly { get; init; }

    /// <summary>How many of the first epochs include <see cref="PennOnly"/>.</summary>
    public int PennOnlyEpochs { get; init; } = int.MaxValue;
}
