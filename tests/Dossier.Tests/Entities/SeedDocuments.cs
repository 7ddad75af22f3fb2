using System.Text.Json;
using Dossier.Entities;
using Dossier.Model;

namespace Dossier.Tests.Entities;

/// <summary>The five seed articles through the "ner" and "entities" stages (a fixed test tokenization), once per test run.</summary>
internal static class SeedDocuments
{
    public static readonly Lazy<List<Document>> Annotated = new(Annotate);

    public static JsonElement Expected() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedPaths.Seeds(), "expected.json"))).RootElement;

    private static List<Document> Annotate()
    {
        var ner = NerStage.LoadDefault();
        var entities = EntityResolutionStage.LoadDefault();
        var articles = Expected().GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("file").GetString()!, a => a);
        var docs = new List<Document>();
        foreach (string file in Directory.EnumerateFiles(SharedPaths.Seeds(), "*.txt").Order(StringComparer.Ordinal))
        {
            string id = Path.GetFileNameWithoutExtension(file);
            DateOnly? published = articles.TryGetValue(id, out var a) && a.GetProperty("published").ValueKind == JsonValueKind.String
                ? DateOnly.Parse(a.GetProperty("published").GetString()!, System.Globalization.CultureInfo.InvariantCulture)
                : null;
            var doc = TestTokenizer.Document(id, File.ReadAllText(file), published);
            ner.Process(doc);
            entities.Process(doc);
            docs.Add(doc);
        }

        return docs;
    }
}
