using System.CommandLine;
using System.IO.Compression;
using Dossier.Entities.Ner;
using Dossier.Resources;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier train clusters</c>: learns hierarchical word clusters for the entity tagger.</summary>
internal static class TrainClustersCommand
{
    public static Command Create()
    {
        var minCount = new Option<int>("--min-count") { Description = "Words seen fewer times get no cluster.", DefaultValueFactory = _ => 3 };
        var context = new Option<int>("--context") { Description = "Most frequent words used as left/right contexts.", DefaultValueFactory = _ => 1000 };
        var depth = new Option<int>("--depth") { Description = "Maximum path length in bits.", DefaultValueFactory = _ => 16 };
        var output = new Option<string?>("--output") { Description = "File to write (default models/en/ner-clusters.tsv.gz in the repository)." };
        var command = new Command("clusters", "Learn word clusters (bit paths) from shippable text in ../shared/data for the entity tagger.")
        {
            minCount, context, depth, output,
        };
        command.SetAction(parse =>
        {
            string data = RepositoryPaths.SharedData();
            string path = parse.GetValue(output) ?? Path.Combine(RepositoryPaths.FindRoot() ?? ".", "models", "en", "ner-clusters.tsv.gz");
            var clusters = BisectingClusterer.Cluster(ClusterCorpus.Read(data), parse.GetValue(minCount), parse.GetValue(context), parse.GetValue(depth), Console.WriteLine);
            using (var file = File.Create(path))
            using (var gzip = new GZipStream(file, CompressionLevel.SmallestSize))
            using (var writer = new StreamWriter(gzip))
            {
                writer.WriteLine("# FORMAT: bit path <TAB> lower-cased word; from `dossier train clusters` (recursive 2-means over PPMI neighbour vectors)");
                writer.WriteLine("# SOURCE: CIA World Factbook (public domain), UD English-EWT train (CC BY-SA 4.0), GUM CC-BY genres train, MASC (NLTK masc_tagged), WikiGold (CC BY 4.0)");
                writer.WriteLine("# LICENSE: CC BY-SA 4.0 (the most restrictive of the sources)");
                foreach (var (word, bits) in clusters.OrderBy(kv => kv.Value, StringComparer.Ordinal).ThenBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    writer.WriteLine($"{bits}\t{word}");
                }
            }

            Console.WriteLine($"wrote {clusters.Count} words to {path}");
            return ExitCodes.Success;
        });
        return command;
    }
}
