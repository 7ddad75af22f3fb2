namespace Dossier.Text;

/// <summary>
/// 64-bit FNV-1a hashing of feature names without building strings: a template id, then any number of character
/// spans. The sentence-boundary model stores weights under these hashes, so changing this function invalidates the
/// model (its file names the feature version, <see cref="BoundaryModel.FeatureVersion"/>).
/// </summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Start(int template) => Add(Offset, (char)(template + 1));

    public static ulong Add(ulong hash, char c)
    {
        hash ^= c;
        return hash * Prime;
    }

    public static ulong Add(ulong hash, ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
        {
            hash = (hash ^ c) * Prime;
        }

        return (hash ^ 0x1F) * Prime;
    }

    public static ulong AddLower(ulong hash, ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
        {
            hash = (hash ^ char.ToLowerInvariant(c)) * Prime;
        }

        return (hash ^ 0x1F) * Prime;
    }

    /// <summary>Adds the word shape: X upper, x lower, d digit, other characters as they are; runs capped at three.</summary>
    public static ulong AddShape(ulong hash, ReadOnlySpan<char> chars)
    {
        char previous = '\0';
        int run = 0;
        int written = 0;
        foreach (char c in chars)
        {
            char m = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : char.IsLetter(c) ? 'x' : c;
            run = m == previous ? run + 1 : 1;
            previous = m;
            if (run <= 3 && written < 12)
            {
                hash = (hash ^ m) * Prime;
                written++;
            }
        }

        return (hash ^ 0x1F) * Prime;
    }
}
