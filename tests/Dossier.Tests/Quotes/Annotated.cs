using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Tests.Quotes;

/// <summary>Short texts through the whole default pipeline (the quotes stage reads the real parse and entities).</summary>
internal static class Annotated
{
    private static readonly Lazy<Dossier.Pipeline.Pipeline> Pipeline = new(() => DefaultPipeline.CreateFor(Layer.Quotes));

    public static Document Doc(string text)
    {
        var doc = new Document("test", text, ArticleMetadata.Empty with { Published = new DateOnly(2024, 10, 1) });
        Pipeline.Value.Process(doc);
        return doc;
    }

    public static string Slice(Document doc, QuoteMention q) => doc.Text[q.Start..q.End];

    public static string? SpeakerText(Document doc, QuoteMention q) => q.Speaker is { } s ? doc.Text[s.Start..s.End] : null;
}
