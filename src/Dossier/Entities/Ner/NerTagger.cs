namespace Dossier.Entities.Ner;

/// <summary>
/// Greedy left-to-right BILOU tagging with an averaged perceptron, constrained to well-formed label sequences.
/// Ratinov and Roth (2009) found greedy decoding with BILOU as good as Viterbi for NER, and it is much faster.
/// </summary>
public sealed class NerTagger
{
    public NerTagger(NerLabels labels, AveragedPerceptron perceptron, Gazetteer gazetteer, WordClusters clusters)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(perceptron);
        if (perceptron.LabelCount != labels.Count)
        {
            throw new ArgumentException($"DOS0504: the weights have {perceptron.LabelCount} labels but the label set has {labels.Count}.", nameof(perceptron));
        }

        Labels = labels;
        Perceptron = perceptron;
        Gazetteer = gazetteer;
        Clusters = clusters;
    }

    public NerLabels Labels { get; }

    public AveragedPerceptron Perceptron { get; }

    public Gazetteer Gazetteer { get; }

    public WordClusters Clusters { get; }

    /// <summary>A first-pass tagger whose labels, over the whole document, are features of this one; or null.</summary>
    public NerTagger? FirstPass { get; init; }

    /// <summary>
    /// Hypotheses kept per token when tagging (1 = greedy). A small beam repairs greedy dead ends, where an entity
    /// opened by B must run on through numbers or brackets because no L scored well where it should have closed.
    /// </summary>
    public int BeamWidth { get; init; } = 1;

    /// <summary>
    /// The beam divides scores by this before turning them into log-probabilities (a softmax temperature): perceptron
    /// scores are margins, not probabilities, and the right scale is chosen on the development set.
    /// </summary>
    public float Temperature { get; init; } = 1f;

    /// <summary>Whether the feature templates of model format 2 (90–96) are on; off for format-1 models.</summary>
    public bool Extended { get; init; }

    /// <summary>The same model tagging with another beam width (1 = greedy).</summary>
    public NerTagger WithBeam(int width, float? temperature = null) => width < 1
        ? throw new ArgumentOutOfRangeException(nameof(width), width, "DOS0512: the beam width must be at least 1.")
        : new NerTagger(Labels, Perceptron, Gazetteer, Clusters)
        {
            FirstPass = FirstPass, BeamWidth = width, Temperature = temperature ?? Temperature, Extended = Extended,
        };

    /// <summary>Tags a document given as sentences of words; returns one BILOU label array per sentence.</summary>
    public int[][] Tag(IReadOnlyList<string[]> sentences) => Tag(sentences, contexts: null);

    /// <summary>Tags with the sentences' contexts already built (null: built here), one per sentence.</summary>
    private int[][] Tag(IReadOnlyList<string[]> sentences, NerSentenceContext[]? contexts) =>
        BeamWidth > 1 ? RunBeam(sentences, contexts) : Run(sentences, gold: null, firstPass: null, contexts);

    /// <summary>
    /// Whether <paramref name="other"/> builds the same sentence contexts as this tagger (the same gazetteer, clusters
    /// and templates), so that a first pass can reuse the contexts of the second instead of building them again.
    /// </summary>
    private bool SharesContexts(NerTagger other) =>
        ReferenceEquals(other.Gazetteer, Gazetteer) && ReferenceEquals(other.Clusters, Clusters) && other.Extended == Extended;

    private int[][] RunBeam(IReadOnlyList<string[]> sentences, NerSentenceContext[]? contexts)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var doc = new NerDocumentState(sentences, Labels.Types.Count);

        // Both passes read the same contexts (word hashes, shapes, clusters, gazetteer matches): built once, not twice.
        if (contexts is null)
        {
            contexts = new NerSentenceContext[sentences.Count];
            for (int si = 0; si < sentences.Count; si++)
            {
                contexts[si] = new NerSentenceContext(sentences[si], Gazetteer, Clusters, Extended);
            }
        }

        if (FirstPass is not null)
        {
            doc.SetFirstPass(sentences, FirstPass.Tag(sentences, FirstPass.SharesContexts(this) ? contexts : null));
        }

        var decoder = new NerBeamDecoder(this, BeamWidth);
        var output = new int[sentences.Count][];
        for (int si = 0; si < sentences.Count; si++)
        {
            var words = sentences[si];
            var context = contexts[si];
            var labels = decoder.Decode(context, doc, si);
            for (int i = 0; i < words.Length; i++)
            {
                doc.Record(words[i], context.Lower[i], labels[i]);
            }

            output[si] = labels;
        }

        return output;
    }

    /// <summary>Tags a document while learning from its gold labels (one perceptron pass over it).</summary>
    internal int[][] Train(IReadOnlyList<string[]> sentences, int[][] gold, int[][]? firstPass = null) => Run(sentences, gold, firstPass);

    private int[][] Run(IReadOnlyList<string[]> sentences, int[][]? gold, int[][]? firstPass = null, NerSentenceContext[]? contexts = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var doc = new NerDocumentState(sentences, Labels.Types.Count);
        firstPass ??= FirstPass?.Tag(sentences);
        if (firstPass is not null)
        {
            doc.SetFirstPass(sentences, firstPass);
        }

        var output = new int[sentences.Count][];
        Span<ulong> features = stackalloc ulong[NerFeatures.MaxFeatures];
        Span<float> scores = stackalloc float[Labels.Count];
        for (int si = 0; si < sentences.Count; si++)
        {
            var words = sentences[si];
            var context = contexts?[si] ?? new NerSentenceContext(words, Gazetteer, Clusters, Extended);
            var labels = new int[words.Length];
            int p1 = 0, p2 = 0;
            for (int i = 0; i < words.Length; i++)
            {
                int count = NerFeatures.Extract(context, i, p1, p2, doc, si, features);
                var fs = features[..count];
                Perceptron.Score(fs, scores);
                int best = Best(scores, p1, last: i == words.Length - 1);
                if (gold is not null)
                {
                    Perceptron.Tick();
                    // The history stays the predicted one, as at tagging time, so the weights learn to recover from it.
                    Perceptron.Update(fs, gold[si][i], best);
                }

                labels[i] = best;
                p2 = p1;
                p1 = best;
            }

            for (int i = 0; i < words.Length; i++)
            {
                doc.Record(words[i], context.Lower[i], labels[i]);
            }

            output[si] = labels;
        }

        return output;
    }

    internal static int Best(ReadOnlySpan<float> scores, int previous, bool last)
    {
        int best = -1;
        float bestScore = float.NegativeInfinity;
        for (int l = 0; l < scores.Length; l++)
        {
            if (scores[l] > bestScore && NerLabels.CanFollow(previous, l) && (!last || NerLabels.CanEnd(l)))
            {
                best = l;
                bestScore = scores[l];
            }
        }

        return best;
    }
}
