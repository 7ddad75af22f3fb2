using System.Numerics;
using System.Runtime.InteropServices;

namespace Dossier.Syntax;

/// <summary>
/// The weights of a trained linear model, read-only: for each feature hash, the classes it has a weight for. A
/// feature's row is short (a perceptron only moves the weights of classes it confused), so scoring walks a few
/// entries per feature and the file stays small. Weights are stored as half floats on disk.
/// </summary>
internal sealed class SparseModel : IScorer
{
    private const int Magic = 0x31575344; // "DSW1"
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

    internal SparseModel(int classCount, ulong[] keys, int[] starts, byte[] classes, float[] weights)
    {
        ClassCount = classCount;
        this.keys = keys;
        this.starts = starts;
        this.classes = classes;
        this.weights = weights;
        int size = 16;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }

        slots = new Slot[size];
        mask = size - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            ulong key = LongIntMap.NonZero(keys[row]);
            int slot = SlotOf(key);
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot(key, starts[row], starts[row + 1], -1);
        }

        // Rows covering more than a quarter of the classes are cheaper to add as dense vectors.
        var denseRows = new List<float>();
        for (int slot = 0; slot < slots.Length; slot++)
        {
            var s = slots[slot];
            if (s.Key != 0 && (s.End - s.Start) * 4 > classCount)
            {
                int offset = denseRows.Count;
                var block = new float[classCount];
                for (int e = s.Start; e < s.End; e++)
                {
                    block[classes[e]] = weights[e];
                }

                denseRows.AddRange(block);
                slots[slot] = s with { Dense = offset };
            }
        }

        dense = [.. denseRows];

        entries = new Entry[weights.Length];
        for (int e = 0; e < weights.Length; e++)
        {
            entries[e] = new Entry(classes[e], weights[e]);
        }
    }

    public int ClassCount { get; }

    /// <summary>How many features have weights.</summary>
    public int FeatureCount => keys.Length;

    /// <summary>How many (feature, class) weights are stored.</summary>
    public int WeightCount => weights.Length;

    /// <summary>Adds the weights of the features to <paramref name="scores"/> (one slot per class).</summary>
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        var table = slots;
        var rows = entries;

        // Two passes: first find every feature's row (independent loads the CPU can overlap), then add the rows.
        Span<int> found = stackalloc int[features.Length];
        int count = 0;
        for (int f = 0; f < features.Length; f++)
        {
            ulong key = LongIntMap.NonZero(features[f]);
            int slot = SlotOf(key);
            while (true)
            {
                ulong k = table[slot].Key;
                if (k == key)
                {
                    found[count++] = slot;
                    break;
                }

                if (k == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        // Touch the start of every row first, for the same reason (the sum only keeps the loads alive).
        int touched = 0;
        for (int i = 0; i < count; i++)
        {
            ref readonly Slot row = ref table[found[i]];
            touched += row.Dense >= 0 ? (int)dense[row.Dense] : rows[row.Start].Class;
        }

        scores[0] += touched * 0f;
        for (int i = 0; i < count; i++)
        {
            ref readonly Slot row = ref table[found[i]];
            if (row.Dense >= 0)
            {
                // Rows with weights for many classes are stored densely and added a vector at a time.
                var block = dense.AsSpan(row.Dense, ClassCount);
                int c = 0;
                for (; c <= ClassCount - Vector<float>.Count; c += Vector<float>.Count)
                {
                    (new Vector<float>(scores[c..]) + new Vector<float>(block[c..])).CopyTo(scores[c..]);
                }

                for (; c < ClassCount; c++)
                {
                    scores[c] += block[c];
                }

                continue;
            }

            for (int e = row.Start; e < row.End; e++)
            {
                scores[rows[e].Class] += rows[e].Weight;
            }
        }
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

    private int SlotOf(ulong key) => (int)(key ^ (key >> 29)) & mask;

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

    private readonly record struct Slot(ulong Key, int Start, int End, int Dense);

    private readonly record struct Entry(int Class, float Weight);
}
