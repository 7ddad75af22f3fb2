using Dossier.Ingest.Html;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Dossier.Ingest.Tests.Html;

public sealed class ExtractionProperties
{
    private static readonly string[] Words = ["the", "minister", "said", "talks", "would", "continue", "in", "Astana", "next", "week", "and", "officials", "agreed"];

    private static Arbitrary<string[]> Paragraphs() =>
        Gen.ArrayOf(Gen.Elements(Words), 12).Select(ws => string.Join(' ', ws) + ".")
            .ArrayOf().Where(ps => ps.Length is > 0 and < 12).ToArbitrary();

    [Property(MaxTest = 60)]
    public Property Every_paragraph_of_a_plain_article_survives_intact() =>
        Prop.ForAll(Paragraphs(), paragraphs =>
        {
            var html = "<html><body><article>" + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</article></body></html>";
            var body = HtmlArticleExtractor.Extract(html, null).Body;
            return paragraphs.All(p => body.Contains(p, StringComparison.Ordinal)) && !body.Contains("  ", StringComparison.Ordinal);
        });
}
