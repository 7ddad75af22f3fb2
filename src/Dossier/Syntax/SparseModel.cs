using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

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

    // Scoring is bound by cache misses, so the lookup table keeps each feature's key and its row together: a row of
    // one or two weights (three quarters of the rows) lives in the slot itself, so finding a feature is also reading
    // its weights, one miss; longer rows keep class and weight together in one array, one more miss.
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
        var denseRows = new List<float>();
        for (int row = 0; row < keys.Length; row++)
        {
            ulong key = LongIntMap.NonZero(keys[row]);
            int slot = SlotOf(key);
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            int first = starts[row], count = starts[row + 1] - starts[row];
            var s = new Slot { Key = key, Start = first, Count = (ushort)count };
            if (count * 4 > classCount)
            {
                // Rows covering more than a quarter of the classes are cheaper to add as dense vectors.
                var block = new float[classCount];
                for (int e = first; e < first + count; e++)
                {
                    block[classes[e]] = weights[e];
                }

                s.Start = denseRows.Count;
                s.Count = DenseRow;
                denseRows.AddRange(block);
            }
            else if (count <= 2)
            {
                s.Class0 = count > 0 ? classes[first] : (byte)0;
                s.Weight0 = count > 0 ? weights[first] : 0f;
                s.Class1 = count > 1 ? classes[first + 1] : (byte)0;
                s.Weight1 = count > 1 ? weights[first + 1] : 0f;
            }

            slots[slot] = s;
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

        // Ask for every feature's slot before reading any (a prefetch per feature), so that the cache misses, which
        // are the cost of scoring, overlap instead of following one another; prefetching changes no result.
        Prefetch(table, features);

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

        // Touch the start of every row kept outside the table first, for the same reason (the sum only keeps the
        // loads alive).
        int touched = 0;
        for (int i = 0; i < count; i++)
        {
            ref readonly Slot row = ref table[found[i]];
            if (row.Count > 2)
            {
                touched += row.Count == DenseRow ? (int)dense[row.Start] : rows[row.Start].Class;
            }
        }

        scores[0] += touched * 0f;

        // Each class's score adds the features' weights in feature order, as the row arrays list them, whatever
        // the layout, so the sums (and the decisions) are the same as from the plain arrays.
        for (int i = 0; i < count; i++)
        {
            ref readonly Slot row = ref table[found[i]];
            if (row.Count <= 2)
            {
                if (row.Count > 0)
                {
                    scores[row.Class0] += row.Weight0;
                    if (row.Count > 1)
                    {
                        scores[row.Class1] += row.Weight1;
                    }
                }

                continue;
            }

            if (row.Count == DenseRow)
            {
                var block = dense.AsSpan(row.Start, ClassCount);
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

            for (int e = row.Start, end = row.Start + row.Count; e < end; e++)
            {
                scores[rows[e].Class] += rows[e].Weight;
            }
        }
    }

    private unsafe void Prefetch(Slot[] table, ReadOnlySpan<ulong> features)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        fixed (Slot* first = table)
        {
            for (int f = 0; f < features.Length; f++)
            {
                Sse.Prefetch0(first + SlotOf(LongIntMap.NonZero(features[f])));
            }
        }
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

    private const ushort DenseRow = ushort.MaxValue;

    /// <summary>
    /// A feature's key and row, 24 bytes: <see cref="Count"/> weights, inline when at most two, else from
    /// <see cref="Start"/> in the entries, or <see cref="DenseRow"/>: a dense vector from <see cref="Start"/>.
    /// </summary>
    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct Slot
    {
        public ulong Key;
        public int Start;
        public ushort Count;
        public byte Class0;
        public byte Class1;
        public float Weight0;
        public float Weight1;
    }

    private readonly record struct Entry(int Class, float Weight);
}
