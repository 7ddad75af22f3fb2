using System.Diagnostics;

namespace Dossier.Syntax.Training;

/// <summary>
/// Trains the universal-tag model alone on a finished tagger's Penn passes (<c>train tagger --upos-on FILE</c>): an
/// epoch costs seconds instead of minutes, so universal features and epochs can be tried without retraining the Penn
/// passes; with the joint training's <see cref="PennTagLog"/> it learns exactly what the joint training's did.
/// </summary>
public static class UniversalModelTrainer
{
    /// <summary>
    /// Keeps the Penn passes of <paramref name="basis"/> and trains a new universal model on the tags they give the
    /// training sentences (tagged once, so an epoch costs the universal model alone): a way to try universal features
    /// or epochs without retraining the Penn passes. The basis's tag dictionary is kept too.
    /// </summary>
    public static PosTagger Train(PosTagger basis, IReadOnlyList<TreebankSentence> data, TaggerTrainingOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(basis);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        var reader = basis.WithUpos(basis.UposModel, options.ExtendedUpos, options.PennContext);
        var uposTags = basis.UposTags;
        var atoms = data.Select(s => TaggerFeatures.Atoms(s.Forms, basis.Lexicon)).ToArray();
        var log = options.PennTagLogFile is { } logFile ? PennTagLog.Load(logFile) : null;
        if (log is not null && log.Sentences != data.Count)
        {
            throw new ArgumentException($"DOS0232: the Penn tag log {options.PennTagLogFile} has {log.Sentences} sentences, the training data {data.Count}; give the data it was written for.", nameof(options));
        }

        var penn = new PennTags[data.Count];
        long words = 0, xRight = 0;
        for (int s = 0; s < data.Count; s++)
        {
            var xpos = new int[data[s].Length];
            penn[s] = reader.TagPenn(atoms[s], xpos);
            for (int i = 0; i < xpos.Length; i++)
            {
                xRight += string.Equals(basis.XposTags[xpos[i]], data[s].Xpos[i], StringComparison.Ordinal) ? 1 : 0;
            }

            words += xpos.Length;
        }

        progress?.Invoke(FormattableString.Invariant($"Penn passes of the basis tagger: train XPOS {100.0 * xRight / words:F2}%"));
        var goldU = data.Select(s => s.Upos.Select(uposTags.Id).ToArray()).ToArray();
        var models = new List<SparseModel>();
        for (int m = 0; m < Math.Max(1, options.UposModels); m++)
        {
            var uModel = new AveragedPerceptron(uposTags.Count);
            var order = Enumerable.Range(0, data.Count).ToArray();
            var random = new Random(options.Seed + m);
            var f = new ulong[TaggerFeatures.Max];
            var scores = new float[uposTags.Count];
            for (int epoch = 1; epoch <= options.Epochs; epoch++)
            {
                long started = Stopwatch.GetTimestamp();
                random.Shuffle(order);
                long uRight = 0;
                foreach (int s in order)
                {
                    var gu = goldU[s];
                    var tags = log is null ? penn[s] : Readings(log.Read(epoch - 1, s), options.PennContext, reader.VerbKinds);
                    int prev = -1;
                    for (int i = 0; i < gu.Length; i++)
                    {
                        int k = TaggerFeatures.Upos(atoms[s], i, tags, (ulong)(prev + 1), options.ExtendedUpos, f);
                        int guess = PosTagger.Best(uModel, f.AsSpan(0, k), scores);
                        uModel.Update(f.AsSpan(0, k), gu[i], guess);
                        uModel.Tick();
                        prev = guess;
                        uRight += guess == gu[i] ? 1 : 0;
                    }
                }

                progress?.Invoke(FormattableString.Invariant(
                    $"universal model {m + 1} (seed {options.Seed + m}) epoch {epoch}/{options.Epochs}: train UPOS {100.0 * uRight / words:F2}% ({Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s)"));
            }

            models.Add(uModel.ToModel(TaggerTrainer.PruneBelow));
        }

        // Several models trained in different orders vote through their mean weights (one model is kept as it is).
        var upos = models.Count == 1 ? models[0] : SparseModel.Mean(models);
        return basis.WithUpos(upos, options.ExtendedUpos, options.PennContext);
    }

    // Without the Penn context features the universal model reads the final tags alone, as the joint training's does.
    private static PennTags Readings(PennTags logged, bool context, byte[] kinds)
        => context ? logged with { Ahead = ClauseAhead.Of(logged.Final, kinds) } : logged with { First = null, RunnerUp = null };
}
