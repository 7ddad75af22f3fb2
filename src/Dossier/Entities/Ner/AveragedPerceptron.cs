using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dossier.Entities.Ner;

/// <summary>
/// A multiclass averaged perceptron over hashed features. Each feature owns a row of one weight per label.
/// Averaging uses Daumé's trick: alongside each weight, the sum of updates times the step they happened at, so
/// the average is <c>w - acc / steps</c> without touching every weight at every step.
/// </summary>
public sealed class AveragedPerceptron
{
    private const int MaxStackFeatures = 512;
    private readonly Dictionary<ulong, int> rows;
    private float[] weights;
    private double[]? accumulated;
    private FeatureTable? table;
    private long steps = 1;

    public AveragedPerceptron(int labelCount)
    {
        LabelCount = labelCount;
        rows = [];
        weights = new float[labelCount * 1024];
        accumulated = new double[weights.Length];
    }

    private AveragedPerceptron(int labelCount, Dictionary<ulong, int> rows, float[] weights)
    {
        LabelCount = labelCount;
        this.rows = rows;
        this.weights = weights;
        table = new FeatureTable(rows);
    }

    public int LabelCount { get; }

    public int FeatureCount => rows.Count;

    /// <summary>A trained, read-only model from saved rows.</summary>
    public static AveragedPerceptron FromRows(int labelCount, Dictionary<ulong, int> rows, float[] weights) => new(labelCount, rows, weights);

    /// <summary>Adds each feature's weights into <paramref name="scores"/> (one per label, cleared first).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        scores.Clear();
        var w = weights.AsSpan();
        if (table is null || features.Length > MaxStackFeatures)
        {
            foreach (ulong f in features)
            {
                if (table is not null ? table.TryGetValue(f, out int row) : rows.TryGetValue(f, out row))
                {
                    Add(w.Slice(row, LabelCount), scores);
                }
            }

            return;
        }

        // Scoring is bound by cache misses: find all rows first (their lookups prefetched together), ask for all
        // rows, then add them, in feature order as above, so the sums are the same.
        table.Prefetch(features);
        Span<int> found = stackalloc int[features.Length];
        int count = 0;
        foreach (ulong f in features)
        {
            if (table.TryGetValue(f, out int row))
            {
                found[count++] = row;
            }
        }

        PrefetchRows(found[..count]);
        for (int i = 0; i < count; i++)
        {
            Add(w.Slice(found[i], LabelCount), scores);
        }
    }

    // Adds a row eight labels at a time: each label's sum still takes the rows in feature order, so the scores are the
    // same to the bit.
    private static void Add(ReadOnlySpan<float> row, Span<float> scores)
    {
        int n = row.Length;
        if (scores.Length < n)
        {
            throw new ArgumentException("DOS0517: the score buffer is shorter than a row of weights.", nameof(scores));
        }

        ref float sum = ref MemoryMarshal.GetReference(scores);
        ref float weight = ref MemoryMarshal.GetReference(row);
        int l = 0;
        for (; l <= n - Vector256<float>.Count; l += Vector256<float>.Count)
        {
            (Vector256.LoadUnsafe(ref sum, (nuint)l) + Vector256.LoadUnsafe(ref weight, (nuint)l)).StoreUnsafe(ref sum, (nuint)l);
        }

        for (; l < n; l++)
        {
            Unsafe.Add(ref sum, l) += Unsafe.Add(ref weight, l);
        }
    }

    private unsafe void PrefetchRows(ReadOnlySpan<int> found)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        fixed (float* first = weights)
        {
            foreach (int row in found)
            {
                Sse.Prefetch0(first + row);
            }
        }
    }

    /// <summary>Counts one training example: a step of the averaging clock.</summary>
    public void Tick() => steps++;

    /// <summary>Moves weights towards the gold label and away from the predicted one.</summary>
    public void Update(ReadOnlySpan<ulong> features, int gold, int predicted)
    {
        if (accumulated is null)
        {
            throw new InvalidOperationException("DOS0503: this perceptron was loaded for tagging and cannot be trained further.");
        }

        if (gold == predicted)
        {
            return;
        }

        foreach (ulong f in features)
        {
            int row = RowFor(f);
            weights[row + gold] += 1f;
            accumulated[row + gold] += steps;
            weights[row + predicted] -= 1f;
            accumulated[row + predicted] -= steps;
        }
    }

    /// <summary>Replaces the weights by their averages; after this the model only tags.</summary>
    public void Average()
    {
        if (accumulated is null)
        {
            return;
        }

        for (int i = 0; i < rows.Count * LabelCount; i++)
        {
            weights[i] = (float)(weights[i] - (accumulated[i] / steps));
        }

        accumulated = null;
        table = new FeatureTable(rows);
    }

    /// <summary>The rows whose largest absolute weight reaches <paramref name="threshold"/>, for saving.</summary>
    public IEnumerable<(ulong Feature, ReadOnlyMemory<float> Weights)> Rows(float threshold)
    {
        foreach (var (feature, row) in rows)
        {
            var r = new ReadOnlyMemory<float>(weights, row, LabelCount);
            float max = 0;
            foreach (float v in r.Span)
            {
                max = Math.Max(max, Math.Abs(v));
            }

            if (max >= threshold)
            {
                yield return (feature, r);
            }
        }
    }

    /// <summary>
    /// The mean of several trained models' weights: linear scores average, so this equals averaging the models'
    /// scores (an ensemble) at the cost of one model at tagging time.
    /// </summary>
    public static AveragedPerceptron Mean(IReadOnlyList<AveragedPerceptron> models)
    {
        ArgumentNullException.ThrowIfNull(models);
        int labels = models[0].LabelCount;
        var rows = new Dictionary<ulong, int>();
        foreach (var m in models)
        {
            foreach (ulong f in m.rows.Keys)
            {
                rows.TryAdd(f, rows.Count * labels);
            }
        }

        var weights = new float[rows.Count * labels];
        foreach (var m in models)
        {
            foreach (var (f, row) in m.rows)
            {
                int target = rows[f];
                for (int l = 0; l < labels; l++)
                {
                    weights[target + l] += m.weights[row + l] / models.Count;
                }
            }
        }

        return new AveragedPerceptron(labels, rows, weights);
    }

    private int RowFor(ulong feature)
    {
        if (rows.TryGetValue(feature, out int row))
        {
            return row;
        }

        row = rows.Count * LabelCount;
        if (row + LabelCount > weights.Length)
        {
            Array.Resize(ref weights, weights.Length * 2);
            Array.Resize(ref accumulated, weights.Length);
        }

        rows[feature] = row;
        return row;
    }
}
