using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dossier.Syntax;

/// <summary>
/// The weights of a trained linear model, read-only: for each feature hash, the classes it has a weight for. A
/// feature's row is short (a perceptron only moves the weights of classes it confused), so scoring walks a few
/// entries per feature and the file stays small. Weights are stored as half floats on disk.
/// </summary>
internal sealed class SparseModel : IStoredScorer
{
    /// <summary>"DSW1": float weights stored as half floats.</summary>
    internal const int Magic = 0x31575344;
    private readonly ulong[] keys;
    private readonly int[] starts;
    private readonly byte[] classes;
    private readonly float[] weights;

    // Scoring is bound by cache misses, so the lookup table keeps each feature's key and row bounds together and the
    // rows keep class and weight together: one miss to find a feature, one to read its row.
    private readonly Slot[] slots;
    private readonly Entry[] entries;
    private readonly int mask;
    private readonly float[] dense;

    // Dense rows are padded to whole 256-bit vectors (see Score).
    private readonly int stride;

    internal SparseModel(int classCount, ulong[] keys, int[] starts, byte[] classes, float[] weights)
    {
        WeightRows.CheckBounds(keys, starts, classes, weights.Length);
        WeightRows.CheckClasses(classes, classCount);
        ClassCount = classCount;
        this.keys = keys;
        this.starts = starts;
        this.classes = classes;
        this.weights = weights;
        slots = SlotTable.Build(keys, (key, row) => new Slot(key, starts[row], starts[row + 1], -1), out mask);

        // Rows covering more than a quarter of the classes are added as dense vectors (WeightRows.Densify).
        stride = (classCount + Lanes - 1) / Lanes * Lanes;
        dense = WeightRows.Densify(slots, classes, weights, classCount, stride);

        entries = new Entry[weights.Length];
        for (int e = 0; e < weights.Length; e++)
        {
            entries[e] = new Entry(classes[e], weights[e]);
        }
    }

    public int ClassCount { get; }

    private static int Lanes => Vector256<float>.Count;

    /// <summary>How many features have weights.</summary>
    public int FeatureCount => keys.Length;

    /// <summary>How many (feature, class) weights are stored.</summary>
    public int WeightCount => weights.Length;

    /// <summary>Adds the weights of the features to <paramref name="scores"/> (one slot per class).</summary>
    /// <remarks>
    /// Each class's score is the sum of its weights in the order of <paramref name="features"/>, as it always was
    /// (float addition is not associative: another order would change scores in the last bit and so, rarely, a
    /// decision). Scoring is bound by memory: about 60 % of the rows found are dense rows, added whole. They are added
    /// as 256-bit vectors into a buffer padded to whole vectors, without bounds checks (the offsets come from the
    /// table built in the constructor), which measured ≈ 15 % less time per call than spans of <c>Vector&lt;float&gt;</c>
    /// with a scalar tail on a replay of the parser's and tagger's calls.
    /// </remarks>
    [SkipLocalsInit]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        int classes = ClassCount;
        if (scores.Length < classes)
        {
            throw new ArgumentException("DOS0226: the score buffer is shorter than the model's classes.", nameof(scores));
        }

        var table = slots;

        // Two passes: first find every feature's row (independent loads the CPU can overlap), then add the rows.
        Span<int> found = stackalloc int[features.Length];
        int count = SlotTable.FindAll(table, mask, features, found);

        // Touch the start of every sparse row first, for the same reason.
        var rows = entries;
        int touched = WeightRows.TouchSparse(table, found[..count], rows);

        Span<float> sums = stackalloc float[stride];
        scores[..classes].CopyTo(sums);
        sums[classes..].Clear();
        sums[0] += touched * 0f;
        ref float sum = ref MemoryMarshal.GetReference(sums);
        ref float block0 = ref MemoryMarshal.GetArrayDataReference(dense);
        ref Entry entry0 = ref MemoryMarshal.GetArrayDataReference(rows);
        for (int i = 0; i < count; i++)
        {
            ref readonly Slot row = ref table[found[i]];
            if (row.Dense >= 0)
            {
                ref float block = ref Unsafe.Add(ref block0, row.Dense);
                for (int c = 0; c < stride; c += Lanes)
                {
                    (Vector256.LoadUnsafe(ref sum, (nuint)c) + Vector256.LoadUnsafe(ref block, (nuint)c)).StoreUnsafe(ref sum, (nuint)c);
                }

                continue;
            }

            for (int e = row.Start; e < row.End; e++)
            {
                ref Entry weight = ref Unsafe.Add(ref entry0, e);
                Unsafe.Add(ref sum, weight.Class) += weight.Weight;
            }
        }

        sums[..classes].CopyTo(scores);
    }

    /// <summary>
    /// The mean of models over the same classes: the scores of a linear model with the mean weights are the mean of the
    /// models' scores, so it decides as the ensemble of the models voting by their summed scores does (rows sorted by key).
    /// </summary>
    public static SparseModel Mean(IReadOnlyList<SparseModel> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        int classCount = models[0].ClassCount;
        var rows = new Dictionary<ulong, float[]>();
        foreach (var model in models)
        {
            for (int row = 0; row < model.keys.Length; row++)
            {
                if (!rows.TryGetValue(model.keys[row], out var sums))
                {
                    sums = new float[classCount];
                    rows[model.keys[row]] = sums;
                }

                for (int e = model.starts[row]; e < model.starts[row + 1]; e++)
                {
                    sums[model.classes[e]] += model.weights[e] / models.Count;
                }
            }
        }

        var keys = rows.Keys.Order().ToArray();
        var starts = new List<int>(keys.Length + 1) { 0 };
        var classes = new List<byte>();
        var weights = new List<float>();
        foreach (ulong key in keys)
        {
            var sums = rows[key];
            for (int c = 0; c < classCount; c++)
            {
                if (sums[c] != 0)
                {
                    classes.Add((byte)c);
                    weights.Add(sums[c]);
                }
            }

            starts.Add(weights.Count);
        }

        return new SparseModel(classCount, keys, [.. starts], [.. classes], [.. weights]);
    }

    /// <summary>A copy without the weights smaller than <paramref name="threshold"/> in magnitude (rows left empty go).</summary>
    public SparseModel Pruned(float threshold)
    {
        var keptKeys = new List<ulong>();
        var keptStarts = new List<int> { 0 };
        var keptClasses = new List<byte>();
        var keptWeights = new List<float>();
        for (int row = 0; row < keys.Length; row++)
        {
            int before = keptWeights.Count;
            for (int e = starts[row]; e < starts[row + 1]; e++)
            {
                if (MathF.Abs(weights[e]) >= threshold)
                {
                    keptClasses.Add(classes[e]);
                    keptWeights.Add(weights[e]);
                }
            }

            if (keptWeights.Count > before)
            {
                keptKeys.Add(keys[row]);
                keptStarts.Add(keptWeights.Count);
            }
        }

        return new SparseModel(ClassCount, [.. keptKeys], [.. keptStarts], [.. keptClasses], [.. keptWeights]);
    }

    /// <summary>
    /// The same weights as integers of <paramref name="bits"/> bits for <see cref="QuantizedModel"/>. 16 bits: one
    /// scale, the largest magnitude over 32,767, and each weight rounded to the nearest unit. 8 bits: 128 magnitudes
    /// per sign spaced evenly in log scale from the smallest magnitude to the largest (each about 4 % above the one
    /// before for the parser's 0.5–108), each weight rounded to the nearest of them, the magnitudes themselves stored
    /// in 16-bit units as above (so the 8-bit model scores as a 16-bit one whose weights take at most 256 values).
    /// Weights of 0 and rows left empty are left out.
    /// </summary>
    public QuantizedModel Quantized(int bits)
    {
        if (bits is not (8 or 16))
        {
            throw new ArgumentOutOfRangeException(nameof(bits), bits, "DOS0229: weights are quantized to 8 or 16 bits.");
        }

        var model = Pruned(float.Epsilon);
        var w = model.weights;
        float smallest = float.PositiveInfinity;
        float largest = 0;
        foreach (float x in w)
        {
            smallest = MathF.Min(smallest, MathF.Abs(x));
            largest = MathF.Max(largest, MathF.Abs(x));
        }

        float scale = largest > 0 ? largest / short.MaxValue : 1f;
        double span = largest > smallest ? Math.Log(largest / (double)smallest) : 0;
        const int Steps = 127;
        var quantized = new short[w.Length];
        for (int e = 0; e < w.Length; e++)
        {
            double magnitude = Math.Abs(w[e]);
            if (bits == 8 && span > 0)
            {
                double k = Math.Log(magnitude / smallest) / span * Steps;
                double below = smallest * Math.Exp(span * Math.Floor(k) / Steps);
                double above = smallest * Math.Exp(span * Math.Min(Steps, Math.Ceiling(k)) / Steps);
                magnitude = magnitude - below <= above - magnitude ? below : above;
            }

            quantized[e] = (short)(Math.Sign(w[e]) * Math.Min(short.MaxValue, Math.Round(magnitude / scale)));
        }

        return new QuantizedModel(ClassCount, model.keys, model.starts, model.classes, quantized, scale);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(ClassCount);
        writer.Write(keys.Length);
        writer.Write(weights.Length);
        writer.Write(MemoryMarshal.AsBytes(keys.AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(starts.AsSpan()));
        writer.Write(classes);
        var halves = new Half[weights.Length];
        for (int i = 0; i < weights.Length; i++)
        {
            halves[i] = (Half)weights[i];
        }

        writer.Write(MemoryMarshal.AsBytes(halves.AsSpan()));
    }

    public static SparseModel Read(BinaryReader reader, string name)
    {
        if (reader.ReadInt32() != Magic)
        {
            throw new InvalidDataException($"DOS0201: {name} is not a Dossier weight file (bad magic number); retrain it with `dossier train`.");
        }

        return ReadBody(reader);
    }

    /// <summary>Reads a model written by <see cref="Write"/> after its magic number (see <see cref="WeightFile"/>).</summary>
    internal static SparseModel ReadBody(BinaryReader reader)
    {
        int classCount = reader.ReadInt32();
        int rows = reader.ReadInt32();
        int entries = reader.ReadInt32();
        var keys = new ulong[rows];
        var starts = new int[rows + 1];
        var classes = new byte[entries];
        var halves = new Half[entries];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(starts.AsSpan()));
        reader.BaseStream.ReadExactly(classes);
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(halves.AsSpan()));
        var weights = new float[entries];
        for (int i = 0; i < entries; i++)
        {
            weights[i] = (float)halves[i];
        }

        return new SparseModel(classCount, keys, starts, classes, weights);
    }

    private readonly record struct Slot(ulong Key, int Start, int End, int Dense) : IWeightSlot<Slot>
    {
        public bool IsDense => Dense >= 0;

        public Slot AsDense(int offset) => this with { Dense = offset };
    }

    private readonly record struct Entry(int Class, float Weight) : IWeightEntry;
}
