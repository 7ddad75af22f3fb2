namespace Dossier.Syntax;

/// <summary>
/// An open-addressing hash map from 64-bit feature hashes to ints (linear probing, power-of-two capacity). Key 0 is
/// reserved for empty slots, so callers never store it (hashes of 0 are remapped to 1).
/// </summary>
internal sealed class LongIntMap
{
    private ulong[] keys;
    private int[] values;
    private int mask;

    public LongIntMap(int capacity = 1024)
    {
        int size = 16;
        while (size < capacity * 2)
        {
            size <<= 1;
        }

        keys = new ulong[size];
        values = new int[size];
        mask = size - 1;
    }

    public int Count { get; private set; }

    public static ulong NonZero(ulong key) => key == 0 ? 1 : key;

    /// <summary>The value stored for the key, or -1.</summary>
    public int Get(ulong key)
    {
        key = NonZero(key);
        int slot = (int)(key ^ (key >> 29)) & mask;
        while (true)
        {
            ulong k = keys[slot];
            if (k == key)
            {
                return values[slot];
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    public void Set(ulong key, int value)
    {
        key = NonZero(key);
        if ((Count + 1) * 2 > keys.Length)
        {
            Grow();
        }

        int slot = (int)(key ^ (key >> 29)) & mask;
        while (keys[slot] != 0 && keys[slot] != key)
        {
            slot = (slot + 1) & mask;
        }

        if (keys[slot] == 0)
        {
            Count++;
            keys[slot] = key;
        }

        values[slot] = value;
    }

    /// <summary>Every (key, value) pair, in slot order.</summary>
    public IEnumerable<(ulong Key, int Value)> Entries()
    {
        for (int i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0)
            {
                yield return (keys[i], values[i]);
            }
        }
    }

    private void Grow()
    {
        var oldKeys = keys;
        var oldValues = values;
        keys = new ulong[oldKeys.Length * 2];
        values = new int[oldKeys.Length * 2];
        mask = keys.Length - 1;
        Count = 0;
        for (int i = 0; i < oldKeys.Length; i++)
        {
            if (oldKeys[i] != 0)
            {
                Set(oldKeys[i], oldValues[i]);
            }
        }
    }
}
