namespace Dossier.Entities.Ner;

/// <summary>
/// 64-bit FNV-1a hashing of feature templates and strings, so that features are looked up without building strings
/// at tagging time. Collisions among a few million features at 64 bits are negligible.
/// </summary>
public static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Start(int template) => Mix(Offset, (ulong)template);

    public static ulong Mix(ulong hash, ulong value)
    {
        for (int i = 0; i < 8; i++)
        {
            hash ^= value & 0xFF;
            hash *= Prime;
            value >>= 8;
        }

        return hash;
    }

    public static ulong Mix(ulong hash, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            hash ^= c;
            hash *= Prime;
            hash ^= (ulong)c >> 8;
            hash *= Prime;
        }

        // A terminator keeps "ab"+"c" apart from "a"+"bc".
        hash ^= 0xFF;
        return hash * Prime;
    }

    /// <summary>Streams one character into a hash (as <see cref="Mix(ulong, ReadOnlySpan{char})"/> does).</summary>
    public static ulong Add(ulong hash, char c)
    {
        hash ^= c;
        hash *= Prime;
        hash ^= (ulong)c >> 8;
        return hash * Prime;
    }

    /// <summary>Ends a streamed string: the same value <see cref="Of"/> gives for the characters streamed.</summary>
    public static ulong Finish(ulong hash) => (hash ^ 0xFF) * Prime;

    /// <summary>The starting value for streaming a string with <see cref="Add"/>.</summary>
    public static ulong Empty => Offset;

    /// <summary>The hash of a string on its own (used for gazetteer and cluster keys).</summary>
    public static ulong Of(ReadOnlySpan<char> text) => Mix(Offset, text);
}
