using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Tests.Model;

public sealed class DocumentWithoutTokensTests
{
    [Fact]
    public void Keeps_the_text_sentences_and_annotations_and_drops_the_tokens_and_tags()
    {
        var doc = new Document("test", "Kremlin spokesman Dmitry Peskov said on Monday that Russia and Iran signed the treaty in Moscow.", ArticleMetadata.Empty with { Published = new DateOnly(2024, 10, 1) });
        DefaultPipeline.Create().Process(doc);
        Assert.NotEmpty(doc.Entities);
        Assert.NotEmpty(doc.Events);
        Assert.NotEmpty(doc.Timexes);
        Assert.Contains(doc.Lemmas, l => l == "sign");

        var lean = doc.WithoutTokens(quotes: true);

        Assert.Same(doc.Text, lean.Text);
        Assert.Same(doc.Metadata, lean.Metadata);
        Assert.Empty(lean.Tokens);
        Assert.Equal(doc.Sentences, lean.Sentences);
        Assert.Equal(doc.Entities, lean.Entities);
        Assert.Equal(doc.ResolvedEntities, lean.ResolvedEntities);
        Assert.Equal(doc.Timexes, lean.Timexes);
        Assert.Equal(doc.Quotes, lean.Quotes);
        Assert.Equal(doc.Events, lean.Events);
        Assert.Empty(lean.Upos);
        Assert.Empty(lean.Xpos);
        Assert.Empty(lean.Lemmas);
        Assert.Empty(lean.Heads);
        Assert.Empty(lean.Deprels);
        Assert.Equal(0, lean.SentenceAt(doc.Sentences[0].Start));
    }

    [Fact]
    public void Leaves_the_quotes_out_when_asked()
    {
        var doc = new Document("test", "\"We will sign it,\" Kremlin spokesman Dmitry Peskov said on Monday.", ArticleMetadata.Empty with { Published = new DateOnly(2024, 10, 1) });
        DefaultPipeline.Create().Process(doc);
        Assert.NotEmpty(doc.Quotes);

        var lean = doc.WithoutTokens(quotes: false);

        Assert.Empty(lean.Quotes);
        Assert.Equal(doc.Entities, lean.Entities);
        Assert.Equal(doc.Sentences, lean.Sentences);
    }
}
