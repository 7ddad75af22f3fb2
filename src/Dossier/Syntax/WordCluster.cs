namespace Dossier.Syntax;

/// <summary>
/// Hashes of a word cluster's bit-path prefixes at three depths (coarse to fine), the atoms of the cluster features;
/// <see cref="None"/> for a word without a cluster.
/// </summary>
internal readonly record struct WordCluster(ulong Short, ulong Middle, ulong Long)
{
    public static readonly WordCluster None = new(3, 3, 3);

    /// <summary>Prefix lengths of the three atoms: after Koo et al. (2008), a short prefix (a coarse, tag-like class) and longer ones.</summary>
    private static readonly int[] Lengths = [4, 8, 12];

    public static WordCluster Of(string path) => new(Prefix(path, Lengths[0]), Prefix(path, Lengths[1]), Prefix(path, Lengths[2]));

    private static ulong Prefix(string path, int length) =>
        FeatureHash.Chars(path.AsSpan(0, Math.Min(length, path.Length)), lower: false) + (ulong)length;
}
