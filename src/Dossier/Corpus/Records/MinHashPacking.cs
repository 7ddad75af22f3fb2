namespace Dossier.Corpus.Records;

/// <summary>
/// A MinHash signature in few bytes: each value is the least of an article's shingle hashes, so all of them are small
/// next to <see cref="ulong.MaxValue"/> and share their leading zero bits. The values are written as a Rice code (the
/// high part in unary, the low <c>k</c> bits as they are) with the <c>k</c> that makes them shortest; an empty text's
/// all-max signature is one flag.
/// </summary>
internal static class MinHashPacking
{
    /// <summary>The longest unary part written; a longer one makes <c>k</c> too small to be chosen.</summary>
    private const int MaxQuotient = 64;

    public static void Write(RecordWriter w, ulong[] values)
    {
        w.Count(values.Length);
        if (values.Length == 0)
        {
            return;
        }

        bool allMax = Array.TrueForAll(values, v => v == ulong.MaxValue);
        w.Bool(allMax);
        if (allMax)
        {
            return;
        }

        int k = BestShift(values);
        w.Count(k);
        var bits = new BitWriter();
        foreach (ulong v in values)
        {
            ulong q = k == 64 ? 0 : v >> k;
            for (ulong i = 0; i < q; i++)
            {
                bits.Add(true);
            }

            bits.Add(false);
            for (int b = k - 1; b >= 0; b--)
            {
                bits.Add(((v >> b) & 1) != 0);
            }
        }

        w.List(bits.Words, static (w, word) => w.ULong(word));
    }

    public static ulong[] Read(RecordReader r)
    {
        int count = r.Count();
        if (count == 0)
        {
            return [];
        }

        if (r.Bool())
        {
            return count <= MinHash.Permutations * 64 ? Enumerable.Repeat(ulong.MaxValue, count).ToArray()
                : throw new InvalidDataException($"A corpus record holds a signature of {count} values.");
        }

        int k = r.Count();
        if (k > 64)
        {
            throw new InvalidDataException($"A corpus record packs a signature with a shift of {k}.");
        }

        var bits = new BitReader(r.List(static r => r.ULong()));
        var values = new List<ulong>(Math.Min(count, 1024));
        for (int i = 0; i < count; i++)
        {
            ulong q = 0;
            while (bits.Next())
            {
                if (++q > MaxQuotient)
                {
                    throw new InvalidDataException("A corpus record packs a signature value out of range.");
                }
            }

            ulong v = k == 64 ? 0 : q << k;
            for (int b = k - 1; b >= 0; b--)
            {
                v |= (bits.Next() ? 1UL : 0UL) << b;
            }

            values.Add(v);
        }

        return [.. values];
    }

    /// <summary>The shift that gives the fewest bits, among those whose unary parts stay short.</summary>
    private static int BestShift(ulong[] values)
    {
        int best = 64;
        long bestBits = long.MaxValue;
        for (int k = 64; k >= 0; k--)
        {
            long total = 0;
            foreach (ulong v in values)
            {
                ulong q = k == 64 ? 0 : v >> k;
                if (q > MaxQuotient)
                {
                    return best;
                }

                total += (long)q + 1 + k;
            }

            if (total < bestBits)
            {
                (best, bestBits) = (k, total);
            }
        }

        return best;
    }
}
