namespace Dossier.Text;

/// <summary>
/// 64-bit FNV-1a hashing of words without building strings: exact, lower-cased, or as a word shape. The
/// sentence-boundary model stores weights under hashes built from these, so changing this function invalidates the
/// model (its file names the feature version, <see cref="BoundaryModel.FeatureVersion"/>).
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Add(ulong hash, ReadOnlySpan<char> chars)
    {
        hash ^= Offset;
        foreach (char c in chars)
        {
            hash = (hash ^ c) * Prime;
        }

        return hash;
    }

    public static ulong AddLower(ulong hash, ReadOnlySpan<char> chars)
    {
        hash ^= Offset;
        foreach (char c in chars)
        {
            hash = (hash ^ (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : char.ToLowerInvariant(c))) * Prime;
        }

        return hash;
    }

    /// <summary>Adds the word shape: X upper, x lower, d digit, other characters as they are; runs capped at three.</summary>
    public static ulong AddShape(ulong hash, ReadOnlySpan<char> chars)
    {
        hash ^= Offset ^ 0x5A5A;
        char previous = '\0';
        int run = 0;
        int written = 0;
        foreach (char c in chars)
        {
            char m = char.IsAsciiLetterLower(c) ? 'x' : char.IsAsciiLetterUpper(c) ? 'X' : char.IsAsciiDigit(c) ? 'd'
                : char.IsUpper(c) ? 'X' : char.IsLetter(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            run = m == previous ? run + 1 : 1;
            previous = m;
            if (run <= 3 && written < 12)
            {
                hash = (hash ^ m) * Prime;
                written++;
            }
        }

        return hash;
    }
}
