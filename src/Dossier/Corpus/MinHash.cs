using System.Numerics;

namespace Dossier.Corpus;

/// <summary>
/// MinHash signatures over word 5-shingles, for estimating the Jaccard similarity of two texts cheaply, and LSH band
/// keys for finding candidate pairs without comparing every pair.
/// </summary>
public static class MinHash
{
    public const int Permutations = 128;
    public const int Bands = 32;
    public const int RowsPerBand = Permutations / Bands;
    private const int ShingleWords = 5;

    private static readonly ulong[] Seeds = CreateSeeds();

    /// <summary>The signature of a text; an empty text (no shingle) gets an all-max signature that matches nothing.</summary>
    public static ulong[] Signature(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(text);
        var signature = new ulong[Permutations];
        Array.Fill(signature, ulong.MaxValue);
        int shingles = Math.Max(0, words.Count - ShingleWords + 1);
        if (words.Count is > 0 and < ShingleWords)
        {
            shingles = 1;
        }

        for (int s = 0; s < shingles; s++)
        {
            ulong h = 1469598103934665603UL;
            for (int w = s; w < Math.Min(words.Count, s + ShingleWords); w++)
            {
                h = (h ^ words[w]) * 1099511628211UL;
            }

            for (int p = 0; p < Permutations; p++)
            {
                ulong v = Mix(h ^ Seeds[p]);
                if (v < signature[p])
                {
                    signature[p] = v;
                }
            }
        }

        return signature;
    }

    /// <summary>The share of equal positions: an unbiased estimate of the Jaccard similarity of the shingle sets.</summary>
    public static double Similarity(ulong[] a, ulong[] b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        int equal = 0;
        for (int i = 0; i < Permutations; i++)
        {
            if (a[i] == b[i] && a[i] != ulong.MaxValue)
            {
                equal++;
            }
        }

        return equal / (double)Permutations;
    }

    /// <summary>One key per band; two signatures sharing any key are candidates.</summary>
    public static IEnumerable<(int Band, ulong Key)> BandKeys(ulong[] signature)
    {
        ArgumentNullException.ThrowIfNull(signature);
        for (int b = 0; b < Bands; b++)
        {
            ulong key = 14695981039346656037UL;
            bool empty = true;
            for (int r = 0; r < RowsPerBand; r++)
            {
                ulong v = signature[(b * RowsPerBand) + r];
                empty &= v == ulong.MaxValue;
                key = Mix(key ^ v);
            }

            if (!empty)
            {
                yield return (b, key);
            }
        }
    }

    private static List<ulong> Words(string text)
    {
        var words = new List<ulong>();
        ulong h = 0;
        int length = 0;
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                h = (h * 31) + char.ToLowerInvariant(c);
                length++;
            }
            else if (length > 0)
            {
                words.Add(Mix(h));
                h = 0;
                length = 0;
            }
        }

        if (length > 0)
        {
            words.Add(Mix(h));
        }

        return words;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }

    private static ulong[] CreateSeeds()
    {
        var seeds = new ulong[Permutations];
        ulong s = 0x9E3779B97F4A7C15UL;
        for (int i = 0; i < seeds.Length; i++)
        {
            s = Mix(s + 0x9E3779B97F4A7C15UL);
            seeds[i] = BitOperations.RotateLeft(s, i % 64);
        }

        return seeds;
    }
}
