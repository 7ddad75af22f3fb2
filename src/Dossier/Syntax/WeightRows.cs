namespace Dossier.Syntax;

/// <summary>
/// The checks every weight table (<see cref="SparseModel"/>, <see cref="QuantizedModel"/>) makes of its rows when it
/// is built: scoring reads rows and writes class sums without bounds checks, so a damaged model file must fail here.
/// </summary>
internal static class WeightRows
{
    /// <summary>Row r of the keys holds the weights from starts[r] to starts[r + 1], ascending, ending at the last weight.</summary>
    public static void CheckBounds(ulong[] keys, int[] starts, byte[] classes, int weightCount)
    {
        if (starts.Length != keys.Length + 1 || starts[0] != 0 || starts[^1] != weightCount || classes.Length != weightCount || !Ascending(starts))
        {
            throw new InvalidDataException("DOS0227: the weights' row bounds do not match their rows; retrain the model with `dossier train`.");
        }
    }

    /// <summary>Every weight names one of the model's classes.</summary>
    public static void CheckClasses(byte[] classes, int classCount)
    {
        foreach (byte c in classes)
        {
            if (c >= classCount)
            {
                throw new InvalidDataException($"DOS0227: a weight names class {c} of a model with {classCount}; retrain the model with `dossier train`.");
            }
        }
    }

    /// <summary>
    /// Copies every row covering more than a quarter of the classes into a dense block of <paramref name="stride"/>
    /// weights (the classes padded with zeros to whole vectors, so adding one is a loop of full vector adds without a
    /// scalar tail), marks its slot with the block's offset, and returns the blocks end to end. Such rows are cheaper
    /// to add whole than entry by entry.
    /// </summary>
    public static TWeight[] Densify<TSlot, TWeight>(TSlot[] slots, byte[] classes, TWeight[] weights, int classCount, int stride)
        where TSlot : struct, IWeightSlot<TSlot>
        where TWeight : struct
    {
        var denseRows = new List<TWeight>();
        for (int slot = 0; slot < slots.Length; slot++)
        {
            var s = slots[slot];
            if (s.Key != 0 && (s.End - s.Start) * 4 > classCount)
            {
                int offset = denseRows.Count;
                var block = new TWeight[stride];
                for (int e = s.Start; e < s.End; e++)
                {
                    block[classes[e]] = weights[e];
                }

                denseRows.AddRange(block);
                slots[slot] = s.AsDense(offset);
            }
        }

        return [.. denseRows];
    }

    /// <summary>
    /// Reads the first entry of every sparse row among the <paramref name="found"/> slots and returns a meaningless sum
    /// of them (the caller keeps it so the loads stay): issued back to back before any row is added, the loads overlap.
    /// Dense rows are few (a few thousand) and stay in the cache.
    /// </summary>
    public static int TouchSparse<TSlot, TEntry>(TSlot[] table, ReadOnlySpan<int> found, TEntry[] rows)
        where TSlot : struct, IWeightSlot<TSlot>
        where TEntry : struct, IWeightEntry
    {
        int touched = 0;
        foreach (int at in found)
        {
            ref readonly TSlot row = ref table[at];
            if (!row.IsDense)
            {
                touched += rows[row.Start].Class;
            }
        }

        return touched;
    }

    private static bool Ascending(int[] starts)
    {
        for (int row = 1; row < starts.Length; row++)
        {
            if (starts[row] < starts[row - 1])
            {
                return false;
            }
        }

        return true;
    }
}
