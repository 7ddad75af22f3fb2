using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Tests.Pipeline;

public sealed class DefaultPipelineTests
{
    [Fact]
    public void A_replaced_stage_takes_its_place_and_only_the_stages_needed_are_chosen()
    {
        var parser = new FakeStage("parser", [Layer.PartsOfSpeech, Layer.Lemmas], [Layer.Dependencies]);

        var pipeline = DefaultPipeline.CreateFor(DefaultPipeline.StagesWith(parser), Layer.Quotes);

        var names = pipeline.Stages.Select(s => s.Name).ToList();
        Assert.Same(parser, pipeline.Stages.Single(s => s.Name == "parser"));
        Assert.True(names.IndexOf("lemmatizer") < names.IndexOf("parser") && names.IndexOf("parser") < names.IndexOf("quotes"), string.Join(", ", names));
        Assert.DoesNotContain("events", names);
        Assert.Equal(DefaultPipeline.CreateFor(Layer.Quotes).Stages.Select(s => s.Name), names);
    }

    [Fact]
    public void Replacing_a_stage_the_default_pipeline_lacks_is_refused_naming_it()
    {
        var ex = Assert.Throws<ArgumentException>(() => DefaultPipeline.StagesWith(new FakeStage("sentiment", [Layer.Tokens], [Layer.Entities])));

        Assert.Contains("'sentiment'", ex.Message, StringComparison.Ordinal);
    }
}
