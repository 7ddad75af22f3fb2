using System.IO.Compression;

namespace Dossier.Syntax.Training;

/// <summary>
/// Reads a word-cluster file as written by <c>dossier train clusters</c> (<c>models/en/ner-clusters.tsv.gz</c>:
/// "#" header lines, then bit path TAB lower-cased word), for the tagger's cluster features.
/// </summary>
public static class ClusterFile
{
    public static Dictionary<string, string> Read(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"DOS0217: cluster file {path} does not exist; run `dossier train clusters` or leave out --clusters.", path);
        }

        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = File.OpenRead(path);
        Stream input = path.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
        using var reader = new StreamReader(input);
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            int tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (line.StartsWith('#') || tab <= 0)
            {
                continue;
            }

            paths[line[(tab + 1)..].ToLowerInvariant()] = line[..tab];
        }

        return paths;
    }

    /// <summary>
    /// The tag dictionary for training: MASC's ambiguity classes, plus the clusters of the file
    /// <paramref name="clusters"/> unless it is null or "none".
    /// </summary>
    public static TagLexicon Lexicon(string? clusters)
    {
        var lexicon = TagLexicon.Build(MascReader.Read(TrainingCorpora.Masc));
        var paths = ReadOptional(clusters);
        return paths is null ? lexicon : lexicon.WithClusters(paths);
    }

    /// <summary>The clusters of <paramref name="clusters"/>, or null when it is null or "none".</summary>
    public static Dictionary<string, string>? ReadOptional(string? clusters) =>
        clusters is null || string.Equals(clusters, "none", StringComparison.Ordinal) ? null : Read(clusters);
}
