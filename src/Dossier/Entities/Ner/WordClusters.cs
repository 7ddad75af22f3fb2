namespace Dossier.Entities.Ner;

/// <summary>
/// Word clusters as bit paths (Brown-style hierarchical codes); prefixes of the path at several lengths are features,
/// so that rare words share weights with frequent words used in the same contexts.
/// </summary>
public sealed class WordClusters
{
    /// <summary>The path prefix lengths used as features.</summary>
    public static readonly int[] PrefixLengths = [4, 6, 10, 20];

    private readonly Dictionary<ulong, string> paths;

    public WordClusters(Dictionary<ulong, string> paths)
    {
        this.paths = paths;
    }

    public static WordClusters Empty { get; } = new([]);

    public int Count => paths.Count;

    public IReadOnlyDictionary<ulong, string> Paths => paths;

    /// <summary>The path of a lower-cased word, or null.</summary>
    public string? PathOf(string lowerWord) => paths.GetValueOrDefault(FeatureHash.Of(lowerWord));
}
