using Dossier.Model;
using Dossier.Temporal;

namespace Dossier.Tests.Temporal;

/// <summary>The seed articles read as they are: the dates expected.json and the issue ask for.</summary>
public sealed class SeedArticleTests
{
    private static Document Run(string seed, DateOnly? published)
    {
        var document = new Document(seed, TestData.Seed(seed), new ArticleMetadata { Published = published });
        new TemporalStage().Process(document);
        return document;
    }

    private static TimexMention At(Document d, string context, string extent)
    {
        int at = d.Text.IndexOf(context, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{context}' is not in {d.Id}");
        int start = d.Text.IndexOf(extent, at, StringComparison.Ordinal);
        return Assert.Single(d.Timexes, t => t.Start == start && t.End == start + extent.Length);
    }

    [Fact]
    public void Resolves_on_Thursday_against_a_Friday_article()
    {
        var d = Run("001_92e7f391879ebd38", new DateOnly(2024, 7, 5));
        var thursday = At(d, "Vladimir Putin on Thursday", "Thursday");
        Assert.Equal("2024-07-04", thursday.Value);
        Assert.Equal("dct", thursday.Anchor);
    }

    [Fact]
    public void Keeps_six_years_after_a_duration_and_reaches_2017_from_December_2023()
    {
        var d = Run("001_92e7f391879ebd38", new DateOnly(2024, 7, 5));
        var span = At(d, "agreement, six years after Tehran joined", "six years");
        Assert.Equal("DURATION", span.Type);
        Assert.Equal("P6Y", span.Value);
        Assert.Equal("2017", span.Point);
        Assert.Equal("2017", span.CalendarValue);
    }

    [Fact]
    public void Resolves_said_on_Tuesday_to_the_same_Tuesday()
    {
        var d = Run("002_655b4ba9bfca9600", new DateOnly(2024, 6, 11));
        Assert.Equal("2024-06-11", At(d, "said on Tuesday", "Tuesday").Value);
        Assert.Equal("2022-09", At(d, "announced in September 2022", "September 2022").Value);
    }

    [Fact]
    public void Keeps_In_June_month_level_with_its_year_unknown_in_an_undated_article()
    {
        var d = Run("000_2a9e6c8df86a9554", null);
        Assert.Equal("XXXX-06", At(d, "In June, Russia", "June").Value);
        Assert.Equal("XXXX-WXX-4", At(d, "met on Thursday", "Thursday").Value);
        Assert.Equal("2001-03", At(d, "in March 2001", "March 2001").Value);
    }

    [Fact]
    public void Bounds_an_undated_article_by_later_this_month_and_its_explicit_day()
    {
        var d = Run("003_246c7bada9d0c667", null);
        var range = d.Metadata.PublishedRange;
        Assert.NotNull(range);
        Assert.True(range.Value.Earliest >= new DateOnly(2024, 10, 1) && range.Value.Latest <= new DateOnly(2024, 10, 21), $"range {range}");
        Assert.True(range.Value.Earliest >= new DateOnly(2024, 9, 30) && range.Value.Latest <= new DateOnly(2024, 10, 22), "expected.json's published_between");
        var sept30 = At(d, "on Sept. 30", "Sept. 30");
        Assert.Equal("2024-09-30", sept30.Value);
        Assert.Equal("range", sept30.Anchor);
        Assert.Equal("2024-10-22", At(d, "from Oct. 22", "Oct. 22").Value);
        Assert.Equal("2024-10", At(d, "Later this month, Pezeshkian", "Later this month").Value);
    }

    [Fact]
    public void Gives_an_article_with_no_explicit_date_no_range_it_cannot_support()
    {
        var d = Run("004_0ae074166cb28726", null);
        Assert.True(d.Metadata.PublishedRange is null || d.Metadata.PublishedRange.Value.Contains(new DateOnly(2025, 1, 17)), $"range {d.Metadata.PublishedRange}");
        Assert.Equal("XXXX-WXX-5", At(d, "on Friday by signing", "Friday").Value);
        Assert.Equal("2022-02", At(d, "in February 2022", "February 2022").Value);
    }

    [Fact]
    public void Attaches_timexes_to_the_tokenizers_sentences_when_present()
    {
        const string text = "Talks began on July 1, 2024. They collapsed the next day.";
        var document = new Document("s", text, new ArticleMetadata { Published = new DateOnly(2024, 7, 5) });
        document.SetTokens(
            [new Token(0, 5, 0), new Token(6, 11, 0), new Token(12, 27, 0), new Token(27, 28, 0), new Token(29, 33, 1), new Token(34, 43, 1), new Token(44, 56, 1), new Token(56, 57, 1)],
            [new Sentence(0, 28, 0, 4), new Sentence(29, 57, 4, 4)]);
        new TemporalStage().Process(document);
        Assert.Collection(
            document.Timexes,
            t => Assert.Equal((0, "2024-07-01"), (t.Sentence, t.Value)),
            t => Assert.Equal((1, "2024-07-02", "narrative"), (t.Sentence, t.Value, t.Anchor)));
    }
}
