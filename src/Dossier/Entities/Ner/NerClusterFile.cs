namespace Dossier.Entities.Ner;

/// <summary>
/// Word clusters used at training time: <c>models/en/ner-clusters.tsv.gz</c> when present (bit path, word per line,
/// as written by <c>dossier train clusters</c>); once trained, the clusters travel inside the NER model.
/// </summary>
public static class NerClusterFile
{
    public static WordClusters LoadShipped(string? repositoryRoot)
    {
        string path = Path.Combine(repositoryRoot ?? ".", "models", "en", "ner-clusters.tsv.gz");
        return File.Exists(path) ? Load(path) : WordClusters.Empty;
    }

    public static WordClusters Load(string path)
    {
        var paths = new Dictionary<ulong, string>();
        using var stream = File.OpenRead(path);
        using var reader = new StreamReader(new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress));
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0)
            {
                paths[FeatureHash.Of(line[(tab + 1)..].ToLowerInvariant())] = line[..tab];
            }
        }

        return new WordClusters(paths);
    }
}
