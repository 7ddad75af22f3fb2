namespace Dossier.Syntax;

/// <summary>
/// 64-bit feature hashing: a feature is a template number mixed with the ids of its atoms (word hashes, tag ids,
/// labels). Hashing avoids building feature strings, so extracting features allocates nothing; with 64 bits,
/// collisions among the few million features of a model are negligible.
/// </summary>
internal static class FeatureHash
{
    private const ulong Seed = 0xCBF29CE484222325UL;

    /// <summary>Mixes a value into a running hash (a SplitMix64-style finalizer, so that nearby ids spread out).</summary>
    public static ulong Mix(ulong h, ulong v)
    {
        h ^= v + 0x9E3779B97F4A7C15UL + (h << 6) + (h >> 2);
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 31;
        return h;
    }

    public static ulong Of(int template, ulong a) => Mix(Mix(Seed, (ulong)template), a);

    public static ulong Of(int template, ulong a, ulong b) => Mix(Of(template, a), b);

    public static ulong Of(int template, ulong a, ulong b, ulong c) => Mix(Of(template, a, b), c);

    public static ulong Of(int template, ulong a, ulong b, ulong c, ulong d) => Mix(Of(template, a, b, c), d);

    /// <summary>FNV-1a over the characters, optionally lower-cased (invariantly).</summary>
    public static ulong Chars(ReadOnlySpan<char> text, bool lower)
    {
        ulong h = Seed;
        foreach (char raw in text)
        {
            char c = lower ? char.ToLowerInvariant(raw) : raw;
            h = (h ^ c) * 0x100000001B3UL;
        }

        return Mix(h, (ulong)text.Length);
    }
}
