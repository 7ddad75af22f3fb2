using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    [Fact]
    public void Build_fails_naming_the_missing_layer_and_what_is_available()
    {
        var builder = new PipelineBuilder()
            .Use(new FakeStage("tokenizer", [], [Layer.Tokens, Layer.Sentences]))
            .Use(new FakeStage("parser", [Layer.PartsOfSpeech], [Layer.Dependencies]));

        var ex = Assert.Throws<PipelineException>(() => builder.Build());

        Assert.Contains("'parser' requires PartsOfSpeech", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Tokens, Sentences", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Insert_before_and_after_place_stages_explicitly()
    {
        var pipeline = new PipelineBuilder()
            .Use(new FakeStage("tokenizer", [], [Layer.Tokens]))
            .Use(new FakeStage("parser", [Layer.PartsOfSpeech], [Layer.Dependencies]))
            .InsertBefore("parser", new FakeStage("tagger", [Layer.Tokens], [Layer.PartsOfSpeech]))
            .InsertAfter("parser", new FakeStage("events", [Layer.Dependencies], [Layer.Events]))
            .Build();

        Assert.Equal(["tokenizer", "tagger", "parser", "events"], pipeline.Stages.Select(s => s.Name));
    }

    [Fact]
    public void A_throwing_stage_becomes_a_diagnostic_and_dependants_are_skipped()
    {
        var pipeline = new PipelineBuilder()
            .Use(new FakeStage("tokenizer", [], [Layer.Tokens]))
            .Use(new FakeStage("tagger", [Layer.Tokens], [Layer.PartsOfSpeech], throws: true))
            .Use(new FakeStage("parser", [Layer.PartsOfSpeech], [Layer.Dependencies]))
            .Use(new FakeStage("timex", [Layer.Tokens], [Layer.Timexes]))
            .Build();
        var doc = new Document("d", "Some text.");

        bool ok = pipeline.Process(doc);

        Assert.False(ok);
        Assert.Equal(["DOS0021", "DOS0020"], doc.Diagnostics.Select(d => d.Code));
        Assert.Equal("tagger", doc.Diagnostics[0].Stage);
        Assert.Contains(Layer.Timexes, doc.Layers);
        Assert.DoesNotContain(Layer.Dependencies, doc.Layers);
    }
}
