namespace Dossier.Text;

/// <summary>
/// A read-only open-addressing hash table from feature hashes to weights: one multiply and usually one probe per
/// lookup, about twice as fast as a <see cref="Dictionary{TKey, TValue}"/> on the splitter's hot path.
/// </summary>
internal sealed class WeightTable
{
    private readonly ulong[] keys;
    private readonly float[] values;
    private readonly int shift;
    private readonly int mask;

    public WeightTable(IReadOnlyDictionary<ulong, float> weights)
    {
        int capacity = 16;
        while (capacity < weights.Count * 2)
        {
            capacity <<= 1;
        }

        keys = new ulong[capacity];
        values = new float[capacity];
        mask = capacity - 1;
        shift = 64 - System.Numerics.BitOperations.Log2((uint)capacity);
        foreach (var (key, value) in weights)
        {
            ulong k = key == 0 ? 1 : key;
            int slot = Slot(k);
            while (keys[slot] != 0 && keys[slot] != k)
            {
                slot = (slot + 1) & mask;
            }

            keys[slot] = k;
            values[slot] += value;
        }
    }

    public float Get(ulong key)
    {
        ulong k = key == 0 ? 1 : key;
        int slot = Slot(k);
        while (true)
        {
            ulong found = keys[slot];
            if (found == k)
            {
                return values[slot];
            }

            if (found == 0)
            {
                return 0;
            }

            slot = (slot + 1) & mask;
        }
    }

    private int Slot(ulong key) => (int)((key * 0x9E3779B97F4A7C15UL) >> shift);
}
