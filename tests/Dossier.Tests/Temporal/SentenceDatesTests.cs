using Dossier.Model;
using Dossier.Temporal;

namespace Dossier.Tests.Temporal;

public sealed class SentenceDatesTests
{
    [Fact]
    public void Gives_each_sentence_the_date_it_mentions_and_none_to_a_sentence_without_one()
    {
        const string text = "Putin met Raisi on Thursday. Talks went well. He flew home at 3 p.m. on Friday.";
        var document = new Document("d", text, new ArticleMetadata { Published = new DateOnly(2024, 7, 5) });
        var sentences = new[] { (0, 28), (29, 45), (46, 79) };
        var tokens = sentences.Select((s, i) => new Token(s.Item1, s.Item2, i)).ToArray();
        document.SetTokens(tokens, sentences.Select((s, i) => new Sentence(s.Item1, s.Item2, i, 1)).ToArray());
        new TemporalStage().Process(document);

        Assert.Equal("2024-07-04", SentenceDates.For(document, 0));
        Assert.Null(SentenceDates.For(document, 1));
        Assert.Equal("2024-07-05", SentenceDates.For(document, 2));
    }

    [Fact]
    public void Dates_a_sentence_by_the_point_its_counted_span_reaches()
    {
        const string text = "Talks began on July 1, 2024. Two days later they collapsed.";
        var document = new Document("d", text, new ArticleMetadata { Published = new DateOnly(2024, 7, 5) });
        var sentences = new[] { (0, 28), (29, 59) };
        var tokens = sentences.Select((s, i) => new Token(s.Item1, s.Item2, i)).ToArray();
        document.SetTokens(tokens, sentences.Select((s, i) => new Sentence(s.Item1, s.Item2, i, 1)).ToArray());
        new TemporalStage().Process(document);

        var span = Assert.Single(document.Timexes, t => t.Sentence == 1);
        Assert.Equal(("DURATION", "P2D", "2024-07-03"), (span.Type, span.Value, span.Point));
        Assert.Equal("2024-07-01", SentenceDates.For(document, 0));
        Assert.Equal("2024-07-03", SentenceDates.For(document, 1));
    }
}
