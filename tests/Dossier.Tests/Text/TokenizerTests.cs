namespace Dossier.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("U.S. Secretary of State Antony Blinken", "U.S. Secretary of State Antony Blinken")]
    [InlineData("talks with Aref on Sept. 30.", "talks with Aref on Sept. 30 .")]
    [InlineData("the Russia–Iran treaty", "the Russia – Iran treaty")]
    [InlineData("regards as a “strategic partner.”", "regards as a “ strategic partner . ”")]
    [InlineData("July 5, 2024 - 23:2", "July 5 , 2024 - 23:2")]
    [InlineData("Russia and Iran—both targets of Western sanctions—have", "Russia and Iran — both targets of Western sanctions — have")]
    [InlineData("In Tehran, Russian PM Reiterates Call With ‘Strategic Partner’ Iran", "In Tehran , Russian PM Reiterates Call With ‘ Strategic Partner ’ Iran")]
    [InlineData("Iran's acting president", "Iran 's acting president")]
    [InlineData("Leader’s message to Putin", "Leader ’s message to Putin")]
    [InlineData("they don’t and can't", "they do n’t and ca n't")]
    [InlineData("President George W. Bush said", "President George W. Bush said")]
    [InlineData("at 10:30 a.m. on 2024-07-05", "at 10:30 a.m. on 2024-07-05")]
    [InlineData("a 7,200 km network worth $1.2bn, up 3.5%", "a 7,200 km network worth $ 1.2bn , up 3.5 %")]
    [InlineData("see https://example.com/a-b?x=1, or mail info@example.org.", "see https://example.com/a-b?x=1 , or mail info@example.org .")]
    [InlineData("follow @IranIntl and #IranRussia now", "follow @IranIntl and #IranRussia now")]
    [InlineData("wait... and then… nothing", "wait ... and then … nothing")]
    [InlineData("(SCO), the U.K., Gen. Bagheri and Lt. Col. Smith", "( SCO ) , the U.K. , Gen. Bagheri and Lt. Col. Smith")]
    [InlineData("Dr. Smith of St. Petersburg, etc.", "Dr. Smith of St. Petersburg , etc.")]
    [InlineData("the parents' decision", "the parents ' decision")]
    [InlineData("\"Russia is interested,\" Mishustin said.", "\" Russia is interested , \" Mishustin said .")]
    [InlineData("the '90s and 'em", "the '90s and 'em")]
    [InlineData("Tehran-Moscow relations and e-mail", "Tehran - Moscow relations and e-mail")]
    [InlineData("Really?! Yes!!!", "Really ?! Yes !!!")]
    [InlineData("the impact of [Western] sanctions", "the impact of [ Western ] sanctions")]
    [InlineData("may be extended.As a breakthrough", "may be extended . As a breakthrough")]
    [InlineData("nytimes.com, Node.js, ASP.NET and gov.UK", "nytimes.com , Node.js , ASP.NET and gov.UK")]
    public void Splits_news_text_as_UD_English_does(string text, string expected)
    {
        Assert.Equal(expected, Rendering.Tokens(text));
    }

    [Fact]
    public void Offsets_index_the_original_text()
    {
        const string text = "  Iran’s  “partner.”\n";
        var tokens = Dossier.Text.TextSegmenter.Default.Tokenizer.Tokenize(text);

        Assert.Equal([(2, 6), (6, 8), (10, 11), (11, 18), (18, 19), (19, 20)], tokens.Select(t => (t.Start, t.End)));
    }
}
