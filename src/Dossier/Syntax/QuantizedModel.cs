using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dossier.Syntax;

/// <summary>
/// The weights of a trained linear model as 16-bit integers in units of one scale per model (weight = value ×
/// <see cref="Scale"/>), read-only and scored as integers: a row entry is 4 bytes (class and weight) instead of the 8
/// of <see cref="SparseModel"/>, so a row spans fewer cache lines, and class sums are exact integers, so their order
/// does not matter. The file (format <c>DSW2</c>) stores the rows in key order: 40 low bits of each key raw, then,
/// deflated, the steps between the keys' 24 high bits, the row lengths, the classes and the weights (low bytes, then
/// high bytes); when a model has at most 256 distinct weights (8-bit quantization, <see cref="SparseModel.Quantized"/>)
/// the file stores a table of them and one byte per weight instead.
/// </summary>
internal sealed class QuantizedModel : IStoredScorer
{
    /// <summary>"DSW2".</summary>
    internal const int Magic = 0x32575344;
    private const int LowBytes = 5;
    private const int HighShift = LowBytes * 8;
    private readonly ulong[] keys;
    private readonly int[] starts;
    private readonly byte[] classes;
    private readonly short[] weights;

    // As in SparseModel: the lookup slot keeps the key and the row bounds together and a row entry keeps class and
    // weight together, one miss to find a feature and one to read its row. A slot is 16 bytes (a dense row's offset
    // takes the place of its start), so the table of the shipped parser is 64 MB instead of 96 and loads faster.
    private readonly Slot[] slots;
    private readonly Entry[] entries;
    private readonly int mask;
    private readonly short[] dense;

    // Dense rows are padded to whole 256-bit vectors of 16-bit weights.
    private readonly int stride;

    internal QuantizedModel(int classCount, ulong[] keys, int[] starts, byte[] classes, short[] weights, float scale)
    {
        WeightRows.CheckBounds(keys, starts, classes, weights.Length);

        if (classCount is < 1 or > 256 || !(scale > 0 && float.IsFinite(scale)))
        {
            throw new InvalidDataException($"DOS0228: a quantized model needs 1 to 256 classes and a positive scale (got {classCount} and {scale}); quantize it again.");
        }

        WeightRows.CheckClasses(classes, classCount);

        ClassCount = classCount;
        Scale = scale;
        this.keys = keys;
        this.starts = starts;
        this.classes = classes;
        this.weights = weights;
        slots = SlotTable.Build(keys, (key, row) => new Slot(key, starts[row], starts[row + 1]), out mask);

        // Rows covering more than a quarter of the classes are added as dense vectors (WeightRows.Densify); a dense
        // slot's Start holds the complement of its offset.
        stride = (classCount + Lanes - 1) / Lanes * Lanes;
        dense = WeightRows.Densify(slots, classes, weights, classCount, stride);

        entries = new Entry[weights.Length];
        for (int e = 0; e < weights.Length; e++)
        {
            entries[e] = new Entry(classes[e], weights[e]);
        }
    }

    public int ClassCount { get; }

    /// <summary>The value of one unit of the stored weights.</summary>
    public float Scale { get; }

    /// <summary>How many features have weights.</summary>
    public int FeatureCount => keys.Length;

    /// <summary>How many (feature, class) weights are stored.</summary>
    public int WeightCount => weights.Length;

    private static int Lanes => Vector256<short>.Count;

    /// <summary>How many 32-bit class sums <see cref="AddSums"/> writes: the classes padded to whole vectors.</summary>
    internal int Stride => stride;

    /// <summary>Adds the weights of the features to <paramref name="scores"/> (one slot per class).</summary>
    /// <remarks>
    /// As <see cref="SparseModel.Score"/>: find every feature's row first, touch every sparse row, then add them;
    /// the sums are 32-bit integers (94 features of at most 32,767 cannot overflow), dense rows added 16 weights at a
    /// time and widened to 32 bits, and each class's sum is scaled once at the end.
    /// </remarks>
    [SkipLocalsInit]
    public void Score(ReadOnlySpan<ulong> features, Span<float> scores)
    {
        if (scores.Length < ClassCount)
        {
            throw new ArgumentException("DOS0226: the score buffer is shorter than the model's classes.", nameof(scores));
        }

        Span<int> sums = stackalloc int[stride];
        sums.Clear();
        AddSums(features, sums);
        AddScaled(sums, scores);
    }

    /// <summary>
    /// Adds the integer weights of the features to <paramref name="sums"/> (at least <see cref="Stride"/> long).
    /// Integer sums are exact, so features may be summed in any order and in any grouping: the beam parser adds
    /// cached sums of groups of features (<see cref="BeamScoreMemo"/>) and gets the same scores.
    /// </summary>
    internal void AddSums(ReadOnlySpan<ulong> features, Span<int> sums)
    {
        if (sums.Length < stride)
        {
            throw new ArgumentException("DOS0226: the sum buffer is shorter than the model's padded classes.", nameof(sums));
        }

        var table = slots;
        Span<int> found = stackalloc int[features.Length];
        int count = SlotTable.FindAll(table, mask, features, found);

        var rows = entries;
        int touched = WeightRows.TouchSparse(table, found[..count], rows);

        sums[0] += touched * 0;
        ref int sum = ref MemoryMarshal.GetReference(sums);
        ref short block0 = ref MemoryMarshal.GetArrayDataReference(dense);
        ref Entry entry0 = ref MemoryMarshal.GetArrayDataReference(rows);
        int half = Vector256<int>.Count;
        for (int i = 0; i < count; i++)
        {
            ref readonly Slot row = ref table[found[i]];
            if (row.Start < 0)
            {
                ref short block = ref Unsafe.Add(ref block0, ~row.Start);
                for (int c = 0; c < stride; c += Lanes)
                {
                    var (lower, upper) = Vector256.Widen(Vector256.LoadUnsafe(ref block, (nuint)c));
                    (Vector256.LoadUnsafe(ref sum, (nuint)c) + lower).StoreUnsafe(ref sum, (nuint)c);
                    (Vector256.LoadUnsafe(ref sum, (nuint)(c + half)) + upper).StoreUnsafe(ref sum, (nuint)(c + half));
                }

                continue;
            }

            for (int e = row.Start; e < row.End; e++)
            {
                ref Entry weight = ref Unsafe.Add(ref entry0, e);
                Unsafe.Add(ref sum, weight.Class) += weight.Weight;
            }
        }
    }

    /// <summary>
    /// Reads the home slot of every feature and returns a meaningless sum of what it read (the caller keeps it): issued
    /// back to back, the loads of many features overlap, so a later <see cref="AddSums"/> finds their slots cached.
    /// </summary>
    internal int Touch(ReadOnlySpan<ulong> features) => SlotTable.Touch(slots, mask, features);

    /// <summary>Adds each class's integer sum, scaled to a float score, to <paramref name="scores"/>.</summary>
    internal void AddScaled(ReadOnlySpan<int> sums, Span<float> scores)
    {
        float scale = Scale;
        for (int c = 0; c < ClassCount; c++)
        {
            scores[c] += sums[c] * scale;
        }
    }

    /// <summary>Writes the model (format DSW2): rows in key order, 8-bit codes when at most 256 distinct weights occur.</summary>
    public void Write(BinaryWriter writer)
    {
        int rows = keys.Length;
        var order = new int[rows];
        for (int r = 0; r < rows; r++)
        {
            order[r] = r;
        }

        var sortedKeys = (ulong[])keys.Clone();
        Array.Sort(sortedKeys, order);
        var distinct = new SortedSet<short>(weights);
        var codebook = distinct.Count <= 256 ? [.. distinct] : Array.Empty<short>();

        writer.Write(Magic);
        writer.Write(ClassCount);
        writer.Write(rows);
        writer.Write(weights.Length);
        writer.Write(Scale);
        writer.Write(codebook.Length);
        var low = new byte[rows * LowBytes];
        Span<byte> eight = stackalloc byte[8];
        for (int r = 0; r < rows; r++)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(eight, sortedKeys[r]);
            eight[..LowBytes].CopyTo(low.AsSpan(r * LowBytes));
        }

        writer.Write(low);
        using var packed = new MemoryStream();
        using (var deflate = new DeflateStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        using (var body = new BinaryWriter(deflate))
        {
            // The high bits of sorted keys grow by small steps (about 2^24 / rows): one byte each before deflating.
            int previous = 0;
            foreach (ulong key in sortedKeys)
            {
                int high = (int)(key >> HighShift);
                body.Write7BitEncodedInt(high - previous);
                previous = high;
            }

            foreach (int r in order)
            {
                body.Write7BitEncodedInt(starts[r + 1] - starts[r]);
            }

            foreach (int r in order)
            {
                body.Write(classes.AsSpan(starts[r], starts[r + 1] - starts[r]));
            }

            foreach (short value in codebook)
            {
                body.Write(value);
            }

            var sorted = new short[weights.Length];
            int at = 0;
            foreach (int r in order)
            {
                weights.AsSpan(starts[r], starts[r + 1] - starts[r]).CopyTo(sorted.AsSpan(at));
                at += starts[r + 1] - starts[r];
            }

            if (codebook.Length > 0)
            {
                foreach (short value in sorted)
                {
                    body.Write((byte)Array.BinarySearch(codebook, value));
                }
            }
            else
            {
                // Low bytes, then high bytes: the high bytes are nearly all 0 or 255 and deflate far better apart.
                foreach (short value in sorted)
                {
                    body.Write((byte)value);
                }

                foreach (short value in sorted)
                {
                    body.Write((byte)(value >> 8));
                }
            }
        }

        writer.Write(packed.Length);
        writer.Write(packed.GetBuffer(), 0, (int)packed.Length);
    }

    /// <summary>Reads a model written by <see cref="Write"/> after its magic number (see <see cref="WeightFile"/>).</summary>
    internal static QuantizedModel ReadBody(BinaryReader reader, string name)
    {
        int classCount = reader.ReadInt32();
        int rows = reader.ReadInt32();
        int entryCount = reader.ReadInt32();
        float scale = reader.ReadSingle();
        int tableSize = reader.ReadInt32();
        if (rows < 0 || entryCount < 0 || tableSize is < 0 or > 256)
        {
            throw new InvalidDataException($"DOS0228: {name} has a damaged quantized weight header; quantize it again.");
        }

        var low = new byte[(long)rows * LowBytes];
        reader.BaseStream.ReadExactly(low);
        long packedLength = reader.ReadInt64();
        if (packedLength is < 0 or > int.MaxValue)
        {
            throw new InvalidDataException($"DOS0228: {name} has a damaged quantized weight header; quantize it again.");
        }

        var packed = new byte[packedLength];
        reader.BaseStream.ReadExactly(packed);
        using var deflate = new DeflateStream(new MemoryStream(packed), CompressionMode.Decompress);
        using var body = new BinaryReader(new BufferedStream(deflate, 1 << 16));
        var keys = new ulong[rows];
        Span<byte> eight = stackalloc byte[8];
        long high = 0;
        for (int r = 0; r < rows; r++)
        {
            high += body.Read7BitEncodedInt();
            if (high is < 0 or >= 1L << (64 - HighShift))
            {
                throw new InvalidDataException($"DOS0228: {name} has damaged quantized weight keys; quantize it again.");
            }

            eight.Clear();
            low.AsSpan(r * LowBytes, LowBytes).CopyTo(eight);
            keys[r] = BinaryPrimitives.ReadUInt64LittleEndian(eight) | ((ulong)high << HighShift);
        }

        var starts = new int[rows + 1];
        for (int r = 0; r < rows; r++)
        {
            starts[r + 1] = starts[r] + body.Read7BitEncodedInt();
        }

        var classes = new byte[entryCount];
        body.BaseStream.ReadExactly(classes);
        var weights = new short[entryCount];
        if (tableSize > 0)
        {
            var table = new short[tableSize];
            body.BaseStream.ReadExactly(MemoryMarshal.AsBytes(table.AsSpan()));
            var codes = new byte[entryCount];
            body.BaseStream.ReadExactly(codes);
            for (int e = 0; e < entryCount; e++)
            {
                weights[e] = codes[e] < tableSize ? table[codes[e]]
                    : throw new InvalidDataException($"DOS0228: {name} names weight {codes[e]} of a table of {tableSize}; quantize it again.");
            }
        }
        else
        {
            var planes = new byte[2 * entryCount];
            body.BaseStream.ReadExactly(planes);
            for (int e = 0; e < entryCount; e++)
            {
                weights[e] = (short)(planes[e] | (planes[entryCount + e] << 8));
            }
        }

        return new QuantizedModel(classCount, keys, starts, classes, weights, scale);
    }

    /// <summary>A feature's row: entries Start to End, or for a dense row the offset ~Start of its block (16 bytes, not 24).</summary>
    private readonly record struct Slot(ulong Key, int Start, int End) : IWeightSlot<Slot>
    {
        public bool IsDense => Start < 0;

        public Slot AsDense(int offset) => this with { Start = ~offset };
    }

    private readonly record struct Entry(byte Class, short Weight) : IWeightEntry
    {
        int IWeightEntry.Class => Class;
    }
}
