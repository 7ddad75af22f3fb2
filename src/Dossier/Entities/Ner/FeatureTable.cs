namespace Dossier.Entities.Ner;

/// <summary>
/// A read-only open-addressing hash table from feature hash to weight row, for tagging: linear probing over
/// parallel arrays is about twice as fast as <see cref="Dictionary{TKey, TValue}"/> in the scoring loop.
/// </summary>
internal sealed class FeatureTable
{
    private readonly ulong[] keys;
    private readonly int[] values;
    private readonly int mask;

    public FeatureTable(IReadOnlyDictionary<ulong, int> rows)
    {
        int size = 1;
        while (size < rows.Count * 2)
        {
            size <<= 1;
        }

        keys = new ulong[size];
        values = new int[size];
        mask = size - 1;
        foreach (var (key, value) in rows)
        {
            ulong k = key == 0 ? 1 : key;
            int i = (int)(Mix(k) & (ulong)mask);
            while (keys[i] != 0)
            {
                i = (i + 1) & mask;
            }

            keys[i] = k;
            values[i] = value;
        }
    }

    public bool TryGetValue(ulong key, out int value)
    {
        ulong k = key == 0 ? 1 : key;
        int i = (int)(Mix(k) & (ulong)mask);
        while (true)
        {
            ulong found = keys[i];
            if (found == k)
            {
                value = values[i];
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

    // FNV hashes are well mixed in their high bits; fold them down so the low bits index well.
    private static ulong Mix(ulong k) => k ^ (k >> 29) ^ (k >> 47);
}
