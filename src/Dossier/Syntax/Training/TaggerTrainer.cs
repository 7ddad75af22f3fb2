using System.Diagnostics;

namespace Dossier.Syntax.Training;

/// <summary>
/// Trains the <see cref="PosTagger"/>: averaged perceptrons, greedy decoding with the model's own previous tags as
/// history (so training sees the errors it will make), sentences shuffled each epoch by a seeded generator, so the
/// same data and seed give the same weights.
/// </summary>
public static class TaggerTrainer
{
    /// <summary>Weights smaller than this are dropped from the shipped model (they change almost no decision).</summary>
    internal const float PruneBelow = 0.5f;

    public static PosTagger Train(IReadOnlyList<TreebankSentence> data, TagLexicon lexicon, int epochs, int seed, Action<string>? progress = null)
        => Train(data, lexicon, epochs, seed, rightContext: false, progress);

    /// <summary>
    /// Trains the tagger; with <paramref name="rightContext"/> a second Penn-tag pass learns from the first pass's
    /// tags of the following words, as the first pass predicts them in the same epoch (so it sees that pass's errors).
    /// </summary>
    public static PosTagger Train(IReadOnlyList<TreebankSentence> data, TagLexicon lexicon, int epochs, int seed, bool rightContext, Action<string>? progress = null)
        => Train(data, lexicon, new TaggerTrainingOptions(epochs, seed) { RightContext = rightContext }, progress);

    /// <summary>
    /// Trains the tagger as <paramref name="options"/> say; with a jackknife the second pass and the universal model
    /// (with <see cref="TaggerTrainingOptions.JackknifeUposOnly"/> the universal model alone) learn from held-out tags
    /// (see <see cref="TaggerTrainingOptions.Jackknife"/>), the first pass as before.
    /// </summary>
    public static PosTagger Train(IReadOnlyList<TreebankSentence> data, TagLexicon lexicon, TaggerTrainingOptions options, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        if (options.PennContext)
        {
            throw new ArgumentException("DOS0233: the Penn context features are read only by a universal model trained alone on a finished tagger; give the tagger to train on (--upos-on FILE).", nameof(options));
        }

        int epochs = options.Epochs;
        bool rightContext = options.RightContext;
        bool extended = options.ExtendedUpos;
        var xposTags = new LabelSet(data.SelectMany(s => s.Xpos).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var uposTags = new LabelSet(data.SelectMany(s => s.Upos).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        var xModel = new AveragedPerceptron(xposTags.Count);
        var uModel = new AveragedPerceptron(uposTags.Count);
        var rModel = rightContext ? new AveragedPerceptron(xposTags.Count) : null;
        // Sentences with Penn tags alone (MASC) come after the treebank's: the Penn passes learn from them in the first
        // PennOnlyEpochs epochs, the universal model never does.
        var extra = options.PennOnly ?? [];
        if (extra.SelectMany(s => s.Xpos).FirstOrDefault(t => xposTags.Id(t) < 0) is { } unknown)
        {
            throw new ArgumentException($"DOS0242: the Penn-only sentences use the tag {unknown}, which the treebanks do not; keep only sentences that agree with them.", nameof(options));
        }

        var atoms = data.Concat(extra).Select(s => TaggerFeatures.Atoms(s.Forms, lexicon)).ToArray();
        var goldX = data.Concat(extra).Select(s => s.Xpos.Select(xposTags.Id).ToArray()).ToArray();
        var goldU = data.Select(s => s.Upos.Select(uposTags.Id).ToArray()).ToArray();
        var order = Enumerable.Range(0, data.Count).ToArray();
        var orderAll = Enumerable.Range(0, atoms.Length).ToArray();
        int[][]? heldFirst = null, heldSecond = null;
        if (options.Jackknife > 1)
        {
            var held = HeldOutTags.Of(data, lexicon, options, progress);
            heldFirst = options.JackknifeUposOnly ? null : held.First.Select(t => t.Select(xposTags.Id).ToArray()).ToArray();
            heldSecond = held.Second.Select(t => t.Select(xposTags.Id).ToArray()).ToArray();
        }

        var random = new Random(options.Seed);
        var f = new ulong[TaggerFeatures.Max];
        var scores = new float[Math.Max(xposTags.Count, uposTags.Count)];
        var log = options.PennTagLogFile is null ? null : new PennTagLog(epochs, data.Count);
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            long started = Stopwatch.GetTimestamp();
            // Without Penn-only sentences the order is shuffled as it always was, so such taggers stay byte-identical.
            var epochOrder = extra.Count > 0 && epoch <= options.PennOnlyEpochs ? orderAll : order;
            random.Shuffle(epochOrder);
            long words = 0, uWords = 0, xRight = 0, rRight = 0, uRight = 0;
            foreach (int s in epochOrder)
            {
                var a = atoms[s];
                var gx = goldX[s];
                int n = gx.Length;
                var px = new int[n];
                for (int i = 0; i < n; i++)
                {
                    ulong p1 = i > 0 ? (ulong)px[i - 1] + 1 : 0;
                    ulong p2 = i > 1 ? (ulong)px[i - 2] + 1 : 0;
                    int k = TaggerFeatures.Xpos(a, i, p1, p2, f);
                    int guess = PosTagger.Best(xModel, f.AsSpan(0, k), scores.AsSpan(0, xposTags.Count));
                    xModel.Update(f.AsSpan(0, k), gx[i], guess);
                    xModel.Tick();
                    px[i] = guess;
                    xRight += guess == gx[i] ? 1 : 0;
                }

                var tags = px;
                var runnerUp = log is null ? null : new int[n];
                if (rModel is not null)
                {
                    tags = new int[n];
                    for (int i = 0; i < n; i++)
                    {
                        ulong p1 = i > 0 ? (ulong)tags[i - 1] + 1 : 0;
                        ulong p2 = i > 1 ? (ulong)tags[i - 2] + 1 : 0;
                        int k = TaggerFeatures.XposRight(a, i, p1, p2, (s < data.Count ? heldFirst?[s] : null) ?? px, f);
                        int guess = PosTagger.Best(rModel, f.AsSpan(0, k), scores.AsSpan(0, xposTags.Count));
                        if (runnerUp is not null)
                        {
                            runnerUp[i] = PosTagger.Second(scores.AsSpan(0, xposTags.Count), guess);
                        }

                        rModel.Update(f.AsSpan(0, k), gx[i], guess);
                        rModel.Tick();
                        tags[i] = guess;
                        rRight += guess == gx[i] ? 1 : 0;
                    }
                }

                // With a jackknife the universal model reads the held-out tags of both passes, as it will read
                // the final passes' tags of unseen text.
                if (s >= data.Count)
                {
                    words += n;
                    continue;
                }

                tags = heldSecond?[s] ?? tags;
                var gu = goldU[s];
                if (log is not null && runnerUp is not null)
                {
                    log.Record(epoch - 1, s, tags, px, runnerUp);
                }

                int prev = -1;
                for (int i = 0; i < n; i++)
                {
                    int k = TaggerFeatures.Upos(a, i, new PennTags(tags, null, null), (ulong)(prev + 1), extended, f);
                    int guess = PosTagger.Best(uModel, f.AsSpan(0, k), scores.AsSpan(0, uposTags.Count));
                    uModel.Update(f.AsSpan(0, k), gu[i], guess);
                    uModel.Tick();
                    prev = guess;
                    uRight += guess == gu[i] ? 1 : 0;
                }

                words += n;
                uWords += n;
            }

            progress?.Invoke(FormattableString.Invariant(
                $"tagger epoch {epoch}/{epochs}: train XPOS {100.0 * xRight / words:F2}%{(rModel is null ? "" : FormattableString.Invariant($" (second pass {100.0 * rRight / words:F2}%)"))}, UPOS {100.0 * uRight / uWords:F2}% ({Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s)"));
        }

        if (log is not null && options.PennTagLogFile is { } logFile)
        {
            log.Save(logFile);
        }

        return new PosTagger(xposTags, uposTags, lexicon, xModel.ToModel(PruneBelow), uModel.ToModel(PruneBelow), rModel?.ToModel(PruneBelow))
        {
            ExtendedUpos = extended,
        };
    }
}
