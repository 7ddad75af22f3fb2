namespace Dossier.Syntax;

/// <summary>
/// The dependency parser: arc-eager transitions scored by an averaged perceptron over Zhang &amp; Nivre features,
/// predicting Universal Dependencies relations, decoded greedily or with a beam (<see cref="BeamWidth"/>). Its output is projective: training trees were made
/// projective by lifting (see <see cref="Training.Projectivizer"/>), so the few non-projective arcs of English
/// (about 1% of them in EWT) come out attached to an ancestor of their true head.
/// </summary>
public sealed class DependencyParser
{
    private const int Magic = 0x31505344; // "DSP1": no word clusters
    private const int MagicClusters = 0x32505344; // "DSP2": word clusters follow the labels
    private const int MagicBeam = 0x33505344; // "DSP3": beam width and a clusters flag, then as DSP1 or DSP2
    private static readonly ulong RootWord = FeatureHash.Chars("<ROOT>", lower: false);
    private static readonly WordCluster RootCluster = new(5, 5, 5);

    /// <summary>
    /// The score margin a loaded parser decodes with (see <see cref="BeamMargin"/>): chosen by measurement on EWT dev
    /// and news text (docs/syntax.md, "Pruning the beam by score").
    /// </summary>
    public const double DefaultBeamMargin = 180;

    /// <param name="decodeWidth">The beam width to decode with (0: the trained <paramref name="beamWidth"/>).</param>
    /// <param name="beamMargin">
    /// The decoding score margin; positive infinity (the default, which training's snapshots use) keeps the exact beam.
    /// </param>
    internal DependencyParser(LabelSet labels, IScorer model, WordClusterMap clusters, int beamWidth = 1, int decodeWidth = 0, double beamMargin = double.PositiveInfinity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(beamWidth, 1);
        Labels = labels;
        Model = model;
        Clusters = clusters;
        BeamWidth = beamWidth;
        DecodeWidth = decodeWidth > 0 ? decodeWidth : beamWidth;
        BeamMargin = ValidMargin(beamMargin);
    }

    /// <summary>
    /// How many states the parser keeps while decoding: 1 for a greedy parser, more for one trained with a beam (it
    /// decodes with the width it was trained with, which its model file records).
    /// </summary>
    public int BeamWidth { get; }

    /// <summary>
    /// How many states decoding keeps: <see cref="BeamWidth"/> unless changed with <see cref="WithDecoding"/>
    /// (narrower is faster and, for a model trained with a beam, less accurate; 1 decodes greedily).
    /// </summary>
    public int DecodeWidth { get; }

    /// <summary>
    /// The beam's score margin: after each step, candidates scoring more than this below the step's best are dropped,
    /// so easy stretches of a sentence run with one or two states and only ambiguous ones fill the beam. Positive
    /// infinity keeps the exact beam (the <see cref="DecodeWidth"/> best, whatever their scores). Scores are the
    /// model's summed weights, so the margin is in the units of its weights; training never prunes.
    /// </summary>
    public double BeamMargin { get; }

    /// <summary>
    /// The same model decoding with another beam width and score margin (no copy of the weights): <paramref
    /// name="width"/> 0 means the width the model was trained with; <paramref name="margin"/> 0 or positive infinity
    /// keeps the exact beam (a margin of exactly zero would keep only ties with the best, which no one wants).
    /// </summary>
    public DependencyParser WithDecoding(int width, double margin)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(width);
        return new DependencyParser(Labels, Model, Clusters, BeamWidth, width, margin == 0 ? double.PositiveInfinity : margin);
    }

    internal LabelSet Labels { get; }

    internal IScorer Model { get; }

    /// <summary>The word clusters of the cluster features (empty: the features are off).</summary>
    internal WordClusterMap Clusters { get; }

    /// <summary>
    /// Parses one sentence given its words and tags: heads as 0-based word indexes (-1 for the root) and relations.
    /// </summary>
    public (int[] Heads, string[] Deprels) Parse(IReadOnlyList<string> forms, IReadOnlyList<string> xpos, IReadOnlyList<string> upos)
    {
        ArgumentNullException.ThrowIfNull(forms);
        ArgumentNullException.ThrowIfNull(xpos);
        ArgumentNullException.ThrowIfNull(upos);
        return DecodeWidth > 1 ? Parse(forms, xpos, upos, DecodeWidth) : ParseGreedy(forms, xpos, upos);
    }

    /// <summary>
    /// Parses with a beam of the given width (1 makes the same choices as the greedy parser) and this parser's
    /// <see cref="BeamMargin"/>.
    /// </summary>
    internal (int[] Heads, string[] Deprels) Parse(IReadOnlyList<string> forms, IReadOnlyList<string> xpos, IReadOnlyList<string> upos, int width)
    {
        var (w, p, u) = Encode(forms, xpos, upos);
        var input = new ParserInput(w, p, u, EncodeClusters(forms, Clusters));

        // A quantized model's sums are exact integers, so groups of features can be summed once and shared between
        // states (BeamScoreMemo); float sums depend on their order, so a float model scores every state whole.
        var memo = Model is QuantizedModel quantized ? BeamScoreMemo.For(quantized, ParserFeatures.Count(input.Clusters is not null)) : null;
        var beam = new ParserBeam(forms.Count, width, Model.ClassCount, memo, BeamMargin);
        while (!beam.Done)
        {
            beam.Step(Model, input, -1);
        }

        return Finish(beam.State(0), upos);
    }

    private (int[] Heads, string[] Deprels) ParseGreedy(IReadOnlyList<string> forms, IReadOnlyList<string> xpos, IReadOnlyList<string> upos)
    {
        var (w, p, u) = Encode(forms, xpos, upos);
        var k = EncodeClusters(forms, Clusters);
        var state = new ParserState(forms.Count);
        Span<ulong> f = stackalloc ulong[ParserFeatures.Max];
        Span<float> scores = stackalloc float[Model.ClassCount];
        while (!state.Done)
        {
            int n = ParserFeatures.Extract(state, w, p, u, k, f);
            scores.Clear();
            Model.Score(f[..n], scores);
            ArcEager.Apply(state, BestValid(state, scores));
        }

        return Finish(state, upos);
    }

    /// <summary>Word hashes and tag hashes per word, index 0 standing for the root.</summary>
    internal static (ulong[] W, ulong[] P, ulong[] U) Encode(IReadOnlyList<string> forms, IReadOnlyList<string> xpos, IReadOnlyList<string> upos)
    {
        int n = forms.Count;
        var w = new ulong[n + 1];
        var p = new ulong[n + 1];
        var u = new ulong[n + 1];
        w[0] = p[0] = u[0] = RootWord;
        for (int i = 0; i < n; i++)
        {
            w[i + 1] = FeatureHash.Chars(forms[i], lower: true) | 1;
            p[i + 1] = FeatureHash.Chars(xpos[i], lower: false) | 1;
            u[i + 1] = FeatureHash.Chars(upos[i], lower: false) | 1;
        }

        return (w, p, u);
    }

    /// <summary>Cluster atoms per word, index 0 standing for the root; null when the parser has no clusters.</summary>
    internal static WordCluster[]? EncodeClusters(IReadOnlyList<string> forms, WordClusterMap clusters)
    {
        if (clusters.Count == 0)
        {
            return null;
        }

        var k = new WordCluster[forms.Count + 1];
        k[0] = RootCluster;
        for (int i = 0; i < forms.Count; i++)
        {
            k[i + 1] = clusters.Of(forms[i]);
        }

        return k;
    }

    /// <summary>The highest-scoring transition that the state allows.</summary>
    internal static int BestValid(ParserState state, ReadOnlySpan<float> scores)
    {
        var valid = ArcEager.Valid(state);
        int best = -1;
        float top = float.NegativeInfinity;
        for (int t = 0; t < scores.Length; t++)
        {
            if (ArcEager.Allows(valid, t) && (best < 0 || scores[t] > top))
            {
                best = t;
                top = scores[t];
            }
        }

        return best;
    }

    /// <summary>
    /// Reads the tree off the final state. Words left without a head (the buffer ran out first) attach to the
    /// root word, or the first of them becomes the root when there is none.
    /// </summary>
    private (int[] Heads, string[] Deprels) Finish(ParserState state, IReadOnlyList<string> upos)
    {
        int n = state.N;
        int root = -1;
        for (int i = 1; i <= n; i++)
        {
            if (state.Head[i] == 0)
            {
                root = i;
                break;
            }
        }

        var heads = new int[n];
        var deprels = new string[n];
        for (int i = 1; i <= n; i++)
        {
            int h = state.Head[i];
            if (h < 0)
            {
                if (root < 0)
                {
                    root = i;
                    heads[i - 1] = -1;
                    deprels[i - 1] = "root";
                    continue;
                }

                heads[i - 1] = root - 1;
                deprels[i - 1] = string.Equals(upos[i - 1], "PUNCT", StringComparison.Ordinal) ? "punct" : "parataxis";
                continue;
            }

            heads[i - 1] = h - 1;
            deprels[i - 1] = h == 0 ? "root" : NonRootLabel(Labels[state.Label[i]], upos[i - 1]);
        }

        return (heads, deprels);
    }

    /// <summary>
    /// An arc to a word is never labelled root (the label model can still prefer it on odd input, which would give a
    /// tree with two roots by label): punctuation becomes punct, anything else UD's unspecified dep.
    /// </summary>
    private static string NonRootLabel(string label, string upos) =>
        !string.Equals(label, "root", StringComparison.Ordinal) ? label
        : string.Equals(upos, "PUNCT", StringComparison.Ordinal) ? "punct" : "dep";

    /// <summary>
    /// The same parser without the weights smaller than <paramref name="threshold"/> in magnitude: a smaller file for
    /// a little accuracy (training already drops those under 0.5).
    /// </summary>
    public DependencyParser Pruned(float threshold)
    {
        if (Model is not SparseModel model)
        {
            throw new InvalidOperationException("DOS0211: only a finished parser with float weights (averaged, not quantized) can be pruned.");
        }

        return new DependencyParser(Labels, model.Pruned(threshold), Clusters, BeamWidth, DecodeWidth, BeamMargin);
    }

    /// <summary>
    /// The same parser with its weights stored and scored as integers of <paramref name="bits"/> bits (8 or 16; see
    /// <see cref="SparseModel.Quantized"/>): a smaller file and model, outputs that differ slightly.
    /// </summary>
    public DependencyParser Quantized(int bits)
    {
        if (Model is not SparseModel model)
        {
            throw new InvalidOperationException("DOS0211: only a finished parser with float weights (averaged, not quantized) can be quantized.");
        }

        return new DependencyParser(Labels, model.Quantized(bits), Clusters, BeamWidth, DecodeWidth, BeamMargin);
    }

    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Model is not IStoredScorer stored)
        {
            throw new InvalidOperationException("DOS0211: only a finished parser (with averaged weights) can be saved.");
        }

        using var writer = new BinaryWriter(File.Create(path));

        // A greedy parser keeps the older formats, so its files are unchanged and older builds still read them.
        if (BeamWidth > 1)
        {
            writer.Write(MagicBeam);
            writer.Write(BeamWidth);
            writer.Write(Clusters.Count > 0);
        }
        else
        {
            writer.Write(Clusters.Count > 0 ? MagicClusters : Magic);
        }

        Labels.Write(writer);
        if (Clusters.Count > 0)
        {
            Clusters.Write(writer);
        }

        stored.Write(writer);
    }

    public static DependencyParser Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"DOS0212: parser model {path} does not exist; run `dossier train parser` or set DOSSIER_HOME.", path);
        }

        using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 20));
        int magic = reader.ReadInt32();
        if (magic != Magic && magic != MagicClusters && magic != MagicBeam)
        {
            throw new InvalidDataException($"DOS0213: {path} is not a Dossier parser model; retrain it with `dossier train parser`.");
        }

        int width = 1;
        bool hasClusters = magic == MagicClusters;
        if (magic == MagicBeam)
        {
            width = reader.ReadInt32();
            hasClusters = reader.ReadBoolean();
            if (width is < 1 or > 1024)
            {
                throw new InvalidDataException($"DOS0213: {path} records a beam width of {width}; retrain it with `dossier train parser`.");
            }
        }

        var labels = LabelSet.Read(reader);
        var clusters = hasClusters ? WordClusterMap.Read(reader) : WordClusterMap.Empty;
        return new DependencyParser(labels, WeightFile.Read(reader, path), clusters, width, beamMargin: DefaultBeamMargin);
    }

    private static double ValidMargin(double margin) =>
        double.IsNaN(margin) || margin < 0
            ? throw new ArgumentOutOfRangeException(nameof(margin), margin, "DOS0230: the beam margin must be zero or more (positive infinity keeps the exact beam).")
            : margin;
}
