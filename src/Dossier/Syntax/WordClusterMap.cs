namespace Dossier.Syntax;

/// <summary>
/// Word clusters (bit paths of lower-cased words, from <c>dossier train clusters</c>) carried inside a model file, so
/// that a model is read with the clusters it was trained with. Lookups give the hashed path prefixes.
/// </summary>
internal sealed class WordClusterMap
{
    private readonly Dictionary<string, string> paths;
    private readonly Dictionary<string, WordCluster> atoms;

    public WordClusterMap(IReadOnlyDictionary<string, string> paths)
    {
        this.paths = new Dictionary<string, string>(paths, StringComparer.Ordinal);
        atoms = new Dictionary<string, WordCluster>(paths.Count, StringComparer.Ordinal);
        foreach (var (word, path) in paths)
        {
            atoms[word] = WordCluster.Of(path);
        }
    }

    public static WordClusterMap Empty { get; } = new(new Dictionary<string, string>(StringComparer.Ordinal));

    public int Count => paths.Count;

    /// <summary>The cluster of a word (looked up lower-cased), or <see cref="WordCluster.None"/>.</summary>
    public WordCluster Of(string form) =>
        atoms.Count > 0 && atoms.TryGetValue(form.ToLowerInvariant(), out var c) ? c : WordCluster.None;

    public void Write(BinaryWriter writer)
    {
        writer.Write(paths.Count);
        foreach (var (word, path) in paths.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write(path);
        }
    }

    public static WordClusterMap Read(BinaryReader reader)
    {
        int n = reader.ReadInt32();
        var paths = new Dictionary<string, string>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            string word = reader.ReadString();
            paths[word] = reader.ReadString();
        }

        return new WordClusterMap(paths);
    }
}
