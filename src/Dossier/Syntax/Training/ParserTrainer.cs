using System.Diagnostics;

namespace Dossier.Syntax.Training;

/// <summary>
/// Trains the <see cref="DependencyParser"/> with the dynamic oracle of Goldberg &amp; Nivre (2012): at each step the
/// perceptron is updated when its best transition costs more than the cheapest one, towards the best-scoring
/// cheapest one; from the second epoch on it follows its own (possibly wrong) choice nine times in ten, so it learns
/// to recover from its mistakes. Sentences are shuffled by a seeded generator: same data and seed, same model.
/// </summary>
public static class ParserTrainer
{
    private const double Explore = 0.9;

    /// <summary>
    /// Trains on sentences whose <see cref="TreebankSentence.Xpos"/> and <see cref="TreebankSentence.Upos"/> are the
    /// tags the parser will see (predicted ones, ideally) and whose heads and relations are gold.
    /// </summary>
    /// <param name="clusters">Word clusters (lower-cased word to bit path) for the cluster features, or null for none.</param>
    /// <param name="beam">
    /// Beam width: 1 trains the greedy parser with the dynamic oracle; more trains a beam parser globally (structured
    /// perceptron towards the gold derivation, see <see cref="BeamTrainer"/>), and the model decodes with that width.
    /// </param>
    /// <param name="update">Where a beam parser is updated (ignored for the greedy one).</param>
    /// <param name="pruneBelow">Averaged weights smaller than this in magnitude are left out of the model.</param>
    public static DependencyParser Train(
        IReadOnlyList<TreebankSentence> data,
        int epochs,
        int seed,
        Action<string>? progress = null,
        Action<DependencyParser, int>? afterEpoch = null,
        IReadOnlyDictionary<string, string>? clusters = null,
        int beam = 1,
        BeamUpdate update = BeamUpdate.MaxViolation,
        float pruneBelow = 0.5f)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentOutOfRangeException.ThrowIfLessThan(beam, 1);
        var clusterMap = clusters is null ? WordClusterMap.Empty : new WordClusterMap(clusters);
        var labels = new LabelSet(data.SelectMany(s => s.Deprels).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        if (labels.Count > 63)
        {
            throw new InvalidDataException($"DOS0214: {labels.Count} relations; the parser's label sets hold at most 63.");
        }

        int classes = ArcEager.Count(labels.Count);
        var model = new AveragedPerceptron(classes);
        var encoded = data.Select(s => DependencyParser.Encode(s.Forms, s.Xpos, s.Upos)).ToArray();
        var encodedClusters = data.Select(s => DependencyParser.EncodeClusters(s.Forms, clusterMap)).ToArray();
        var gold = new int[data.Count][];
        var goldLabels = new int[data.Count][];
        int lifted = 0;
        for (int s = 0; s < data.Count; s++)
        {
            var heads = new int[data[s].Length + 1];
            goldLabels[s] = new int[data[s].Length + 1];
            for (int i = 0; i < data[s].Length; i++)
            {
                heads[i + 1] = data[s].Heads[i] + 1;
                goldLabels[s][i + 1] = labels.Id(data[s].Deprels[i]);
            }

            gold[s] = Projectivizer.Lift(heads);
            lifted += gold[s].Zip(heads).Count(p => p.First != p.Second);
        }

        progress?.Invoke(FormattableString.Invariant($"parser: {data.Count} sentences, {labels.Count} relations, {classes} transitions, {lifted} arcs lifted to make the trees projective"));
        var order = Enumerable.Range(0, data.Count).ToArray();
        var random = new Random(seed);
        var inputs = encoded.Select((e, i) => new ParserInput(e.W, e.P, e.U, encodedClusters[i])).ToArray();
        var goldPaths = beam > 1 ? gold.Select((g, i) => ArcEager.GoldDerivation(data[i].Length, g, goldLabels[i])).ToArray() : [];
        var beamTrainer = new BeamTrainer(model, beam, update);
        var f = new ulong[ParserFeatures.Max];
        var scores = new float[classes];
        var cost = new int[classes];
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            long started = Stopwatch.GetTimestamp();
            random.Shuffle(order);
            long steps = 0, errors = 0;
            if (beam > 1)
            {
                foreach (int s in order)
                {
                    errors += beamTrainer.Train(inputs[s], data[s].Length, goldPaths[s]) ? 1 : 0;
                    model.Tick();
                    steps++;
                }

                progress?.Invoke(FormattableString.Invariant(
                    $"parser epoch {epoch}/{epochs} (beam {beam}, {update}): {100.0 * errors / steps:F2}% of sentences updated ({Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s)"));
                afterEpoch?.Invoke(Snapshot(), epoch);
                continue;
            }

            foreach (int s in order)
            {
                var (w, p, u) = encoded[s];
                var g = gold[s];
                var gl = goldLabels[s];
                var state = new ParserState(data[s].Length);
                while (!state.Done)
                {
                    int k = ParserFeatures.Extract(state, w, p, u, encodedClusters[s], f);
                    Array.Clear(scores);
                    model.Score(f.AsSpan(0, k), scores);
                    int guess = DependencyParser.BestValid(state, scores);
                    int minCost = Costs(state, g, gl, cost);
                    int next = guess;
                    if (cost[guess] > minCost)
                    {
                        errors++;
                        int best = BestOfCost(state, scores, cost, minCost);
                        model.Update(f.AsSpan(0, k), best, guess);
                        if (epoch == 1 || random.NextDouble() >= Explore)
                        {
                            next = best;
                        }
                    }

                    model.Tick();
                    steps++;
                    ArcEager.Apply(state, next);
                }
            }

            progress?.Invoke(FormattableString.Invariant(
                $"parser epoch {epoch}/{epochs}: {100.0 * errors / steps:F2}% costly transitions ({Stopwatch.GetElapsedTime(started).TotalSeconds:F1} s)"));
            if (afterEpoch is not null)
            {
                afterEpoch(Snapshot(), epoch);
            }
        }

        return Snapshot();

        // The parser as the averaged weights stand now (after an epoch, or at the end).
        DependencyParser Snapshot() => new DependencyParser(labels, model.ToModel(pruneBelow), clusterMap, beam);
    }

    /// <summary>Fills the labeled cost of every valid transition (int.MaxValue for invalid ones); returns the least.</summary>
    private static int Costs(ParserState state, int[] gold, int[] goldLabels, int[] cost)
    {
        var (vs, vr, vl, vra) = ArcEager.Valid(state);
        var (cs, cr, cl, cra) = ArcEager.Costs(state, gold);
        int s0 = state.S(0), b = state.Front;
        int leftGold = vl && gold[s0] == b ? goldLabels[s0] : -1;
        int rightGold = vra && gold[b] == s0 ? goldLabels[b] : -1;
        int min = int.MaxValue;
        for (int t = 0; t < cost.Length; t++)
        {
            int c;
            if (t == ArcEager.Shift)
            {
                c = vs ? cs : int.MaxValue;
            }
            else if (t == ArcEager.Reduce)
            {
                c = vr ? cr : int.MaxValue;
            }
            else if (ArcEager.IsLeft(t))
            {
                c = !vl ? int.MaxValue : cl + (leftGold >= 0 && ArcEager.LabelOf(t) != leftGold ? 1 : 0);
            }
            else
            {
                c = !vra ? int.MaxValue : cra + (rightGold >= 0 && ArcEager.LabelOf(t) != rightGold ? 1 : 0);
            }

            cost[t] = c;
            min = Math.Min(min, c);
        }

        return min;
    }

    private static int BestOfCost(ParserState state, float[] scores, int[] cost, int minCost)
    {
        int best = -1;
        for (int t = 0; t < scores.Length; t++)
        {
            if (cost[t] == minCost && (best < 0 || scores[t] > scores[best]))
            {
                best = t;
            }
        }

        return best;
    }
}
