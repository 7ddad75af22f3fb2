using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Text;

namespace Dossier.Tests.Text;

public sealed class TokenizerStageTests
{
    [Fact]
    public void The_stage_fills_tokens_and_sentences_in_a_pipeline()
    {
        var pipeline = new PipelineBuilder().Use(new TokenizerStage()).Build();
        var document = new Document("d", "Mokhber met Putin in Astana.\n\nThey talked.");

        Assert.True(pipeline.Process(document));

        Assert.Equal(2, document.Sentences.Count);
        Assert.Equal(9, document.Tokens.Count);
        Assert.Contains(Layer.Tokens, document.Layers);
        Assert.Contains(Layer.Sentences, document.Layers);
        Assert.Equal("tokenizer", new TokenizerStage().Name);
    }
}
