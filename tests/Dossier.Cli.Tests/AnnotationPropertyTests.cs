using System.Text.Json;
using Dossier.Contracts;
using Dossier.Ingest;
using Dossier.Ingest.Sources;
using Dossier.Model;
using Dossier.Pipeline;
using FsCheck;
using FsCheck.Fluent;

namespace Dossier.Cli.Tests;

/// <summary>Properties of contract §1 output over random text: every span lies inside the text and is its slice.</summary>
public sealed class AnnotationPropertyTests
{
    private static readonly Dossier.Pipeline.Pipeline Pipeline = DefaultPipeline.Create();

    private static readonly char[] Alphabet =
        [.. "abcXYZ019 .,;:!?'\"“”‘’—–-()[]…\n\t\u00A0@#/é漢🙂".ToCharArray(), 'A', 'I', 'U', 'S', '.', ' ', ' ', '\n'];

    [Fact]
    public void Every_span_of_annotated_random_text_is_its_slice()
    {
        var texts = Gen.Elements(Alphabet).ArrayOf().Select(cs => new string(cs)).Where(s => s.Trim().Length > 0);
        Prop.ForAll(texts.ToArbitrary(), text =>
        {
            foreach (string format in new[] { "text", "body" })
            {
                var input = new IngestInput("random", text, new ArticleMetadata { Source = "random" }, TextDecoding.Hash(text), format);
                var doc = new ArticlePreparer().Prepare(input);
                Pipeline.Process(doc);
                Assert.Empty(doc.Diagnostics);
                using var json = JsonDocument.Parse(DocumentJsonWriter.ToJson(doc));
                SpanChecks.AssertSpansMatch(json.RootElement, json.RootElement.GetProperty("text").GetString()!);
                AssertSentencesAreOrderedAndDisjoint(doc);
            }
        }).QuickCheckThrowOnFailure();
    }

    private static void AssertSentencesAreOrderedAndDisjoint(Document doc)
    {
        for (int i = 1; i < doc.Sentences.Count; i++)
        {
            Assert.True(doc.Sentences[i - 1].End <= doc.Sentences[i].Start, $"sentences {i - 1} and {i} overlap");
        }

        foreach (var token in doc.Tokens)
        {
            Assert.False(doc.Text.AsSpan(token.Start, token.End - token.Start).ContainsAny(" \n\t"), "a token contains white space");
        }
    }
}
