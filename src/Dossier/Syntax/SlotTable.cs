namespace Dossier.Syntax;

/// <summary>A slot of a <see cref="SlotTable"/>: a nonzero feature key (0 marks an empty slot) with what it maps to.</summary>
internal interface IKeyedSlot
{
    ulong Key { get; }
}

/// <summary>
/// The open-addressing layout the weight tables share (<see cref="SparseModel"/>, <see cref="QuantizedModel"/>): a
/// power-of-two table at most half full, probed linearly from a mix of the key's high and low bits. Generic over the
/// slot struct so each model keeps its own slot layout and the probe is compiled for it.
/// </summary>
internal static class SlotTable
{
    /// <summary>A table holding one slot per key (keys distinct), made by <paramref name="slot"/> from the stored key and the key's row.</summary>
    public static TSlot[] Build<TSlot>(ulong[] keys, Func<ulong, int, TSlot> slot, out int mask)
        where TSlot : struct, IKeyedSlot
    {
        int size = 16;
        while (size < keys.Length * 2)
        {
            size <<= 1;
        }

        var table = new TSlot[size];
        mask = size - 1;
        for (int row = 0; row < keys.Length; row++)
        {
            ulong key = LongIntMap.NonZero(keys[row]);
            int at = Home(key, mask);
            while (table[at].Key != 0)
            {
                at = (at + 1) & mask;
            }

            table[at] = slot(key, row);
        }

        return table;
    }

    /// <summary>
    /// Writes the slot of every feature the table holds to <paramref name="found"/>, in the order of the features, and
    /// returns how many there are. All lookups are done before any row is read, so the CPU can overlap their loads.
    /// </summary>
    public static int FindAll<TSlot>(TSlot[] table, int mask, ReadOnlySpan<ulong> features, Span<int> found)
        where TSlot : struct, IKeyedSlot
    {
        int count = 0;
        foreach (ulong feature in features)
        {
            ulong key = LongIntMap.NonZero(feature);
            int at = Home(key, mask);
            while (true)
            {
                ulong k = table[at].Key;
                if (k == key)
                {
                    found[count++] = at;
                    break;
                }

                if (k == 0)
                {
                    break;
                }

                at = (at + 1) & mask;
            }
        }

        return count;
    }

    /// <summary>Reads the home slot of every feature and returns a sum of their keys' low bits (to keep the loads).</summary>
    public static int Touch<TSlot>(TSlot[] table, int mask, ReadOnlySpan<ulong> features)
        where TSlot : struct, IKeyedSlot
    {
        int sum = 0;
        foreach (ulong feature in features)
        {
            sum += (int)table[Home(LongIntMap.NonZero(feature), mask)].Key;
        }

        return sum;
    }

    private static int Home(ulong key, int mask) => (int)(key ^ (key >> 29)) & mask;
}
