using System.Text.Json;
using Dossier.Corpus;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Tests.Entities;

namespace Dossier.Tests.Corpus;

/// <summary>The five seed articles through the default pipeline, with their publication days from expected.json (two are undated), once per test run.</summary>
internal static class AnnotatedSeeds
{
    private static readonly Lazy<List<Document>> Documents = new(Annotate);

    /// <summary>The seeds as corpus articles, in id order.</summary>
    public static List<CorpusArticle> Articles() => [.. Documents.Value.Select(d => new CorpusArticle(d.Id, d)).OrderBy(a => a.Id, StringComparer.Ordinal)];

    private static List<Document> Annotate()
    {
        var pipeline = DefaultPipeline.Create();
        var published = SeedDocuments.Expected().GetProperty("articles").EnumerateArray().ToDictionary(
            a => a.GetProperty("file").GetString()!,
            a => a.GetProperty("published").ValueKind == JsonValueKind.String ? DateOnly.ParseExact(a.GetProperty("published").GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null);
        var docs = new List<Document>();
        foreach (var (id, day) in published)
        {
            var doc = new Document(id, Temporal.TestData.Seed(id), new ArticleMetadata { Source = id, Published = day });
            pipeline.Process(doc);
            docs.Add(doc);
        }

        return docs;
    }
}
