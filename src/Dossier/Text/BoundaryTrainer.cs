using Dossier.Evaluation;

namespace Dossier.Text;

/// <summary>
/// Trains the sentence-boundary classifier: a binary averaged perceptron over the candidate gaps of rebuilt treebank
/// text, labelled by whether a gold sentence ends there. Deterministic: examples are shuffled with a fixed seed.
/// </summary>
public static class BoundaryTrainer
{
    /// <summary>Collects the labelled candidate gaps of some documents.</summary>
    public static List<(ulong[] Features, bool Boundary)> Examples(Tokenizer tokenizer, IEnumerable<TreebankDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(documents);
        var examples = new List<(ulong[], bool)>();
        foreach (var document in documents)
        {
            var tokens = tokenizer.Tokenize(document.Text);
            var ends = new HashSet<int>(document.SentenceEnds);
            SentenceSplitter.VisitCandidates(document.Text, tokens, tokenizer.Lexicon, i => ends.Contains(tokens[i].End), (_, features, boundary) => examples.Add((features, boundary)));
        }

        return examples;
    }

    /// <summary>
    /// Trains one averaged perceptron per shuffle seed (17, 18, …) and returns the mean of their weights, dropping
    /// those below <paramref name="prune"/>. One perceptron's decisions on rare gaps depend on the order it saw the
    /// examples in; the mean over several orders is steadier.
    /// </summary>
    public static BoundaryModel Train(List<(ulong[] Features, bool Boundary)> examples, int epochs, int seeds, float prune = 1e-3f)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentOutOfRangeException.ThrowIfLessThan(seeds, 1);
        var sum = new Dictionary<ulong, float>();
        for (int k = 0; k < seeds; k++)
        {
            foreach (var (f, w) in Averaged(examples, epochs, 17 + k))
            {
                sum[f] = sum.GetValueOrDefault(f) + (w / seeds);
            }
        }

        return new BoundaryModel(sum.Where(kv => Math.Abs(kv.Value) >= prune).ToDictionary(kv => kv.Key, kv => kv.Value));
    }

    private static Dictionary<ulong, float> Averaged(List<(ulong[] Features, bool Boundary)> examples, int epochs, int seed)
    {
        var weights = new Dictionary<ulong, float>();
        var totals = new Dictionary<ulong, float>();
        var order = Enumerable.Range(0, examples.Count).ToArray();
        var random = new Random(seed);
        int step = 1;
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (int index in order)
            {
                var (features, boundary) = examples[index];
                float score = 0;
                foreach (ulong f in features)
                {
                    score += weights.GetValueOrDefault(f);
                }

                if ((score > 0) != boundary)
                {
                    float delta = boundary ? 1 : -1;
                    foreach (ulong f in features)
                    {
                        weights[f] = weights.GetValueOrDefault(f) + delta;
                        totals[f] = totals.GetValueOrDefault(f) + (step * delta);
                    }
                }

                step++;
            }
        }

        // Averaging trick: the mean weight over all steps is w - (sum of step * update) / steps.
        var averaged = new Dictionary<ulong, float>(weights.Count);
        foreach (var (f, w) in weights)
        {
            averaged[f] = w - (totals[f] / step);
        }

        return averaged;
    }
}
