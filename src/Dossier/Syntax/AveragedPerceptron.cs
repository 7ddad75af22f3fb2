namespace Dossier.Syntax;

/// <summary>
/// A multi-class averaged perceptron for training (Collins 2002), with Daumé's averaging trick: besides each weight
/// <c>w</c> it keeps <c>u</c>, the sum of its updates scaled by the time they happened, so the average is
/// <c>w - u / t</c> without touching every weight at every step. Rows are linked lists in pooled arrays, so only the
/// (feature, class) pairs that were ever updated take memory.
/// </summary>
internal sealed class AveragedPerceptron : IScorer
{
    private readonly LongIntMap index = new(1 << 16);
    private int[] next = new int[1 << 16];
    private byte[] cls = new byte[1 << 16];
    private float[] w = new float[1 << 16];
    private double[] u = new double[1 << 16];
    private int count;
    private long time = 1;

    public AveragedPerceptron(int classCount)
    {
        if (classCount is < 1 or > 256)
        {
            throw new ArgumentOutOfRangeException(nameof(classCount), classCount, "DOS0202: a perceptron has between 1 and 256 classes.");
        }

        ClassCount = classCount;
    }

    public int ClassCount { get; }

    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        foreach (ulong f in features)
        {
            for (int e = index.Get(f); e >= 0; e = next[e])
            {
                scores[cls[e]] += w[e];
            }
        }
    }

    /// <summary>Moves the weights towards <paramref name="truth"/> and away from <paramref name="guess"/>.</summary>
    public void Update(ReadOnlySpan<ulong> features, int truth, int guess)
    {
        if (truth == guess)
        {
            return;
        }

        foreach (ulong f in features)
        {
            Add(f, truth, 1f);
            Add(f, guess, -1f);
        }
    }

    /// <summary>Adds <paramref name="delta"/> to the weight of every feature for one class (a structured update's half).</summary>
    public void Update(ReadOnlySpan<ulong> features, int @class, float delta)
    {
        foreach (ulong f in features)
        {
            Add(f, @class, delta);
        }
    }

    /// <summary>Marks the end of one training example (the clock the averages are taken over).</summary>
    public void Tick() => time++;

    /// <summary>The averaged weights, dropping those smaller than <paramref name="threshold"/> in magnitude.</summary>
    public SparseModel ToModel(float threshold)
    {
        var keys = new List<ulong>();
        var starts = new List<int> { 0 };
        var classes = new List<byte>();
        var weights = new List<float>();
        var row = new List<(byte Class, float Weight)>();
        foreach (var (key, head) in index.Entries())
        {
            row.Clear();
            for (int e = head; e >= 0; e = next[e])
            {
                float avg = (float)(w[e] - (u[e] / time));
                if (MathF.Abs(avg) >= threshold)
                {
                    row.Add((cls[e], avg));
                }
            }

            if (row.Count == 0)
            {
                continue;
            }

            row.Sort((a, b) => a.Class.CompareTo(b.Class));
            keys.Add(key);
            foreach (var (c, weight) in row)
            {
                classes.Add(c);
                weights.Add(weight);
            }

            starts.Add(classes.Count);
        }

        return new SparseModel(ClassCount, [.. keys], [.. starts], [.. classes], [.. weights]);
    }

    private void Add(ulong feature, int @class, float delta)
    {
        int head = index.Get(feature);
        for (int e = head; e >= 0; e = next[e])
        {
            if (cls[e] == @class)
            {
                w[e] += delta;
                u[e] += time * (double)delta;
                return;
            }
        }

        if (count == next.Length)
        {
            int size = count * 2;
            Array.Resize(ref next, size);
            Array.Resize(ref cls, size);
            Array.Resize(ref w, size);
            Array.Resize(ref u, size);
        }

        int entry = count++;
        next[entry] = head;
        cls[entry] = (byte)@class;
        w[entry] = delta;
        u[entry] = time * (double)delta;
        index.Set(feature, entry);
    }
}
