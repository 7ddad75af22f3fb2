namespace Dossier.Entities.Ner;

/// <summary>
/// Beam search over BILOU labels for one sentence. The label-independent features of a token are scored once; only
/// the few features of the label history are scored per hypothesis. Hypotheses with the same two previous labels
/// are recombined (the features see no further back), so the beam holds distinct histories.
/// </summary>
internal sealed class NerBeamDecoder
{
    private readonly NerTagger tagger;
    private readonly int width;
    private readonly float temperature;
    private readonly float[] staticScores;
    private readonly float[] historyScores;
    private readonly ulong[] features = new ulong[NerFeatures.MaxFeatures];
    private readonly List<Hypothesis> candidates = [];

    public NerBeamDecoder(NerTagger tagger, int width)
    {
        this.tagger = tagger;
        this.width = width;
        temperature = tagger.Temperature;
        staticScores = new float[tagger.Labels.Count];
        historyScores = new float[tagger.Labels.Count];
    }

    public int[] Decode(NerSentenceContext context, NerDocumentState doc, int sentence)
    {
        int n = context.Length;
        var layers = new Hypothesis[n][];
        var previous = new[] { new Hypothesis(0, 0, 0f, -1) };
        for (int i = 0; i < n; i++)
        {
            bool last = i == n - 1;
            int count = NerFeatures.ExtractStatic(context, i, doc, sentence, features);
            tagger.Perceptron.Score(features.AsSpan(0, count), staticScores);
            candidates.Clear();
            for (int h = 0; h < previous.Length; h++)
            {
                var hyp = previous[h];
                int hc = NerFeatures.ExtractHistory(context, i, hyp.P1, hyp.P2, doc, sentence, features);
                tagger.Perceptron.Score(features.AsSpan(0, hc), historyScores);
                // Local scores become log-probabilities over the labels allowed here, so that sums over hypotheses
                // with different histories compare (raw perceptron scores are shifted by the history's own weights).
                float max = float.NegativeInfinity;
                for (int l = 0; l < staticScores.Length; l++)
                {
                    bool allowed = NerLabels.CanFollow(hyp.P1, l) && (!last || NerLabels.CanEnd(l));
                    historyScores[l] = allowed ? (staticScores[l] + historyScores[l]) / temperature : float.NegativeInfinity;
                    max = Math.Max(max, historyScores[l]);
                }

                double sum = 0;
                for (int l = 0; l < historyScores.Length; l++)
                {
                    sum += Math.Exp(historyScores[l] - max);
                }

                float log = max + (float)Math.Log(sum);
                for (int l = 0; l < staticScores.Length; l++)
                {
                    if (!float.IsNegativeInfinity(historyScores[l]))
                    {
                        Add(new Hypothesis(l, hyp.P1, hyp.Score + historyScores[l] - log, h));
                    }
                }
            }

            candidates.Sort(static (a, b) => b.Score.CompareTo(a.Score));
            previous = candidates.Take(width).ToArray();
            layers[i] = previous;
        }

        var labels = new int[n];
        int back = 0;
        for (int i = n - 1; i >= 0; i--)
        {
            var hyp = layers[i][back];
            labels[i] = hyp.P1;
            back = hyp.Back;
        }

        return labels;
    }

    // Keeps the better of two hypotheses with the same history.
    private void Add(Hypothesis candidate)
    {
        for (int k = 0; k < candidates.Count; k++)
        {
            if (candidates[k].P1 == candidate.P1 && candidates[k].P2 == candidate.P2)
            {
                if (candidate.Score > candidates[k].Score)
                {
                    candidates[k] = candidate;
                }

                return;
            }
        }

        candidates.Add(candidate);
    }

    /// <summary>A partial labelling: its last label (P1), the one before (P2), its score and its predecessor's index.</summary>
    private readonly record struct Hypothesis(int P1, int P2, float Score, int Back);
}
