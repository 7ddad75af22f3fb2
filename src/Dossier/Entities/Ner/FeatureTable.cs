using System.Runtime.Intrinsics.X86;

namespace Dossier.Entities.Ner;

/// <summary>
/// A read-only open-addressing hash table from feature hash to weight row, for tagging: linear probing over
/// key and value slots is about twice as fast as <see cref="Dictionary{TKey, TValue}"/> in the scoring loop.
/// </summary>
internal sealed class FeatureTable
{
    // Key and value side by side: one cache miss finds both.
    private readonly Slot[] slots;
    private readonly int mask;

    public FeatureTable(IReadOnlyDictionary<ulong, int> rows)
    {
        int size = 1;
        while (size < rows.Count * 2)
        {
            size <<= 1;
        }

        slots = new Slot[size];
        mask = size - 1;
        foreach (var (key, value) in rows)
        {
            ulong k = key == 0 ? 1 : key;
            int i = (int)(Mix(k) & (ulong)mask);
            while (slots[i].Key != 0)
            {
                i = (i + 1) & mask;
            }

            slots[i] = new Slot(k, value);
        }
    }

    public bool TryGetValue(ulong key, out int value)
    {
        ulong k = key == 0 ? 1 : key;
        int i = (int)(Mix(k) & (ulong)mask);
        while (true)
        {
            ulong found = slots[i].Key;
            if (found == k)
            {
                value = slots[i].Value;
                return true;
            }

            if (found == 0)
            {
                value = 0;
                return false;
            }

            i = (i + 1) & mask;
        }
    }

    /// <summary>Asks the CPU for the slots of all these keys at once, so their cache misses overlap.</summary>
    public unsafe void Prefetch(ReadOnlySpan<ulong> features)
    {
        if (!Sse.IsSupported)
        {
            return;
        }

        fixed (Slot* first = slots)
        {
            foreach (ulong key in features)
            {
                ulong k = key == 0 ? 1 : key;
                Sse.Prefetch0(first + (int)(Mix(k) & (ulong)mask));
            }
        }
    }

    // FNV hashes are well mixed in their high bits; fold them down so the low bits index well.
    private static ulong Mix(ulong k) => k ^ (k >> 29) ^ (k >> 47);

    private readonly record struct Slot(ulong Key, int Value);
}
