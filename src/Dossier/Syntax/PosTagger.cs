namespace Dossier.Syntax;

/// <summary>
/// The part-of-speech tagger: two greedy averaged perceptrons, left to right. The first predicts the Penn tag from
/// word, affix, shape and ambiguity-class features and the two previous tags; the second predicts the universal tag
/// from the same features plus the Penn tags of the whole sentence, which settles most IN/ADP/SCONJ and TO/PART
/// ambiguities with right context.
/// </summary>
public sealed class PosTagger
{
    private const int Magic = 0x31475444; // "DTG1": no word clusters
    private const int MagicClusters = 0x32475444; // "DTG2": the tag dictionary carries word clusters
    private const int MagicFlags = 0x33475444; // "DTG3": a flags word (1 clusters, 2 second Penn pass, 4 extended UPOS features, 8 Penn context, 16 name classes) follows

    internal PosTagger(LabelSet xposTags, LabelSet uposTags, TagLexicon lexicon, IScorer xpos, IScorer upos, IScorer? xposRight = null)
    {
        XposTags = xposTags;
        UposTags = uposTags;
        Lexicon = lexicon;
        XposModel = xpos;
        UposModel = upos;
        XposRightModel = xposRight;
        VerbKinds = ClauseAhead.Kinds(xposTags);
    }

    internal LabelSet XposTags { get; }

    internal LabelSet UposTags { get; }

    internal TagLexicon Lexicon { get; }

    internal IScorer XposModel { get; }

    internal IScorer UposModel { get; }

    /// <summary>The second Penn-tag pass, which reads the first pass's tags of the next words (null: one pass).</summary>
    internal IScorer? XposRightModel { get; }

    /// <summary>Whether the universal model reads the extended features (format flag 4; older files do not).</summary>
    internal bool ExtendedUpos { get; init; }

    /// <summary>
    /// Whether the universal model also reads the Penn passes' context: the first pass's tag, the final pass's runner-up
    /// and the verb form ahead of each word (format flag 8; older files do not).
    /// </summary>
    internal bool PennContext { get; init; }

    /// <summary>The kind of verb form (or boundary) of each Penn tag, for <see cref="ClauseAhead"/>.</summary>
    internal byte[] VerbKinds { get; }

    /// <summary>The same tagger without its second Penn-tag pass: what the first pass alone predicts.</summary>
    internal PosTagger FirstPass() => new(XposTags, UposTags, Lexicon, XposModel, UposModel) { ExtendedUpos = ExtendedUpos, PennContext = PennContext };

    /// <summary>The same Penn passes with another universal model (one trained on their tags by itself).</summary>
    internal PosTagger WithUpos(IScorer upos, bool extended, bool context)
        => new(XposTags, UposTags, Lexicon, XposModel, upos, XposRightModel) { ExtendedUpos = extended, PennContext = context };

    /// <summary>Tags a sentence of words: the Penn tags and the universal tags.</summary>
    public (string[] Xpos, string[] Upos) Tag(IReadOnlyList<string> forms)
    {
        ArgumentNullException.ThrowIfNull(forms);
        var xpos = new int[forms.Count];
        var upos = new int[forms.Count];
        Decode(TaggerFeatures.Atoms(forms, Lexicon), xpos, upos);
        var x = new string[forms.Count];
        var u = new string[forms.Count];
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = XposTags[xpos[i]];
            u[i] = UposTags[upos[i]];
        }

        return (x, u);
    }

    internal void Decode(WordAtoms[] atoms, int[] xpos, int[] upos)
    {
        // The sums of each word's own features, kept across sentences for loaded models (TaggerWordSums).
        var kept = TaggerWordSums.For(this);
        var entries = kept?.Entries(atoms, xpos.Length);
        var penn = TagPenn(atoms, xpos, kept, entries);
        Span<ulong> f = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[UposTags.Count];
        int universal = kept is null ? 0 : kept.Models - 1;
        for (int i = 0; i < xpos.Length; i++)
        {
            ulong prev = i > 0 ? (ulong)upos[i - 1] + 1 : 0;
            int k = TaggerFeatures.Upos(atoms, i, penn, prev, ExtendedUpos, f);
            upos[i] = Best(UposModel, kept, entries, i, universal, f[..k], scores);
        }
    }

    /// <summary>
    /// Runs the Penn passes, leaving the final tags in <paramref name="xpos"/>; with <see cref="PennContext"/> the
    /// result also holds the first pass's tags, the final pass's runner-ups and the verb forms ahead, which the universal
    /// model reads.
    /// </summary>
    internal PennTags TagPenn(WordAtoms[] atoms, int[] xpos) => TagPenn(atoms, xpos, null, null);

    private PennTags TagPenn(WordAtoms[] atoms, int[] xpos, TaggerWordSums? kept, int[]? entries)
    {
        Span<ulong> f = stackalloc ulong[TaggerFeatures.Max];
        Span<float> scores = stackalloc float[XposTags.Count];
        int n = xpos.Length;
        var first = XposRightModel is null ? xpos : new int[n];
        var runnerUp = PennContext ? new int[n] : null;
        for (int i = 0; i < n; i++)
        {
            ulong p1 = i > 0 ? (ulong)first[i - 1] + 1 : 0;
            ulong p2 = i > 1 ? (ulong)first[i - 2] + 1 : 0;
            int k = TaggerFeatures.Xpos(atoms, i, p1, p2, f);
            first[i] = Best(XposModel, kept, entries, i, 0, f[..k], scores);
            if (runnerUp is not null && XposRightModel is null)
            {
                runnerUp[i] = Second(scores, first[i]);
            }
        }

        if (XposRightModel is not null)
        {
            for (int i = 0; i < n; i++)
            {
                ulong p1 = i > 0 ? (ulong)xpos[i - 1] + 1 : 0;
                ulong p2 = i > 1 ? (ulong)xpos[i - 2] + 1 : 0;
                int k = TaggerFeatures.XposRight(atoms, i, p1, p2, first, f);
                xpos[i] = Best(XposRightModel, kept, entries, i, 1, f[..k], scores);
                if (runnerUp is not null)
                {
                    runnerUp[i] = Second(scores, xpos[i]);
                }
            }
        }

        return PennContext ? new PennTags(xpos, first, runnerUp, ClauseAhead.Of(xpos, VerbKinds)) : new PennTags(xpos, null, null);
    }

    // The class with the highest score after best (the first such, as Best breaks ties).
    internal static int Second(ReadOnlySpan<float> scores, int best)
    {
        int second = best == 0 ? 1 : 0;
        for (int c = second + 1; c < scores.Length; c++)
        {
            if (c != best && scores[c] > scores[second])
            {
                second = c;
            }
        }

        return second;
    }

    // Scores word i's features with the model, starting from the kept sums of its own features when there are some:
    // the same sums, in the same order, as scoring all of them from zero.
    private static int Best(IScorer model, TaggerWordSums? kept, int[]? entries, int i, int which, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (kept is null || entries![i] < 0)
        {
            return Best(model, features, scores);
        }

        kept.Sums(entries[i], which).CopyTo(scores);
        model.Score(features[TaggerFeatures.OwnCount..], scores);
        return ArgMax(scores);
    }

    internal static int Best(IScorer model, ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        model.Score(features, scores);
        return ArgMax(scores);
    }

    private static int ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int c = 1; c < scores.Length; c++)
        {
            if (scores[c] > scores[best])
            {
                best = c;
            }
        }

        return best;
    }

    /// <summary>
    /// The same tagger without the weights smaller than <paramref name="threshold"/> in magnitude: a smaller file for
    /// a little accuracy (training already drops those under 0.5).
    /// </summary>
    public PosTagger Pruned(float threshold) => Pruned(threshold, threshold);

    /// <summary>
    /// The same tagger with the Penn passes pruned below <paramref name="threshold"/> and the universal model below
    /// <paramref name="uposThreshold"/> (the universal model with extended features is the one that grows).
    /// </summary>
    public PosTagger Pruned(float threshold, float uposThreshold)
    {
        var (x, u, right) = FinishedWeights("pruned");
        return new PosTagger(XposTags, UposTags, Lexicon, x.Pruned(threshold), u.Pruned(uposThreshold), right?.Pruned(threshold))
        {
            ExtendedUpos = ExtendedUpos,
            PennContext = PennContext,
        };
    }

    // The averaged weights of every pass; a tagger still training (or any other scorer) cannot be pruned or saved.
    private (SparseModel Xpos, SparseModel Upos, SparseModel? Right) FinishedWeights(string action)
    {
        if (XposModel is SparseModel x && UposModel is SparseModel u && XposRightModel is null or SparseModel)
        {
            return (x, u, XposRightModel as SparseModel);
        }

        throw new InvalidOperationException($"DOS0203: only a finished tagger (with averaged weights) can be {action}.");
    }

    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var (x, u, right) = FinishedWeights("saved");
        using var writer = new BinaryWriter(File.Create(path));
        bool clusters = Lexicon.ClusterCount > 0;
        bool names = Lexicon.Names.Count > 0;

        // Taggers without a second pass or extended universal features keep the older formats, so their files stay
        // byte-identical.
        if (right is null && !ExtendedUpos && !PennContext && !names)
        {
            writer.Write(clusters ? MagicClusters : Magic);
        }
        else
        {
            writer.Write(MagicFlags);
            writer.Write((clusters ? 1 : 0) | (right is null ? 0 : 2) | (ExtendedUpos ? 4 : 0) | (PennContext ? 8 : 0) | (names ? 16 : 0));
        }

        XposTags.Write(writer);
        UposTags.Write(writer);
        Lexicon.Write(writer, clusters);
        x.Write(writer);
        u.Write(writer);
        right?.Write(writer);
    }

    public static PosTagger Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"DOS0204: tagger model {path} does not exist; run `dossier train tagger` or set DOSSIER_HOME.", path);
        }

        using var reader = new BinaryReader(new BufferedStream(File.OpenRead(path), 1 << 20));
        int magic = reader.ReadInt32();
        if (magic != Magic && magic != MagicClusters && magic != MagicFlags)
        {
            throw new InvalidDataException($"DOS0205: {path} is not a Dossier tagger model; retrain it with `dossier train tagger`.");
        }

        int flags = magic == MagicFlags ? reader.ReadInt32() : magic == MagicClusters ? 1 : 0;
        var xposTags = LabelSet.Read(reader);
        var uposTags = LabelSet.Read(reader);
        var lexicon = TagLexicon.Read(reader, (flags & 1) != 0, (flags & 16) != 0);
        var x = SparseModel.Read(reader, path);
        var u = SparseModel.Read(reader, path);
        var right = (flags & 2) != 0 ? SparseModel.Read(reader, path) : null;
        return new PosTagger(xposTags, uposTags, lexicon, x, u, right) { ExtendedUpos = (flags & 4) != 0, PennContext = (flags & 8) != 0 };
    }
}
