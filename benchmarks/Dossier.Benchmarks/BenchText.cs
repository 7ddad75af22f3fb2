using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Dossier.Benchmarks;
using Dossier.Model;
using Dossier.Resources;

namespace Dossier.Benchmarks.Stages;

/// <summary>
/// The benchmark text: a fixed sample of Timeline17 articles (every 40th, in file order, so every topic and outlet
/// is represented), read from the shared data at run time and never copied into the repository.
/// </summary>
internal static class BenchText
{
    public const int Every = 40;

    private static readonly Lazy<IReadOnlyList<Document>> Sample = new(Load);

    /// <summary>Fresh, unannotated documents of the sample.</summary>
    public static IReadOnlyList<Document> Articles() =>
        [.. Sample.Value.Select(d => new Document(d.Id, d.Text, d.Metadata))];

    public static long Words => Sample.Value.Sum(d => (long)PipelineBenchmark.CountWords(d.Text));

    private static List<Document> Load()
    {
        var list = new List<Document>();
        string root = SharedData.Combine("timeline17");
        int n = 0;
        foreach (string file in Directory.EnumerateFiles(root, "articles.jsonl.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (n++ % Every != 0)
                {
                    continue;
                }

                using var json = JsonDocument.Parse(line);
                var r = json.RootElement;
                string id = Path.GetFileName(Path.GetDirectoryName(file)) + "/" + r.GetProperty("id").GetString();
                var published = DateOnly.ParseExact(r.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
                list.Add(new Document(id, r.GetProperty("text").GetString()!, new ArticleMetadata { Source = id, Published = published }));
            }
        }

        return list;
    }
}
