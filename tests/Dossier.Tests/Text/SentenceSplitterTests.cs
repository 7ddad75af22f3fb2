namespace Dossier.Tests.Text;

public sealed class SentenceSplitterTests
{
    [Theory]
    [InlineData("He lives in the U.S. The president left.", "He lives in the U.S. || The president left .")]
    [InlineData("U.S. Secretary of State Antony Blinken spoke.", "U.S. Secretary of State Antony Blinken spoke .")]
    [InlineData("“It is over,” he said. “We will sign.”", "“ It is over , ” he said . || “ We will sign . ”")]
    [InlineData("He said: “We are ready. The treaty is done.” Then he left.", "He said : “ We are ready . || The treaty is done . ” || Then he left .")]
    [InlineData("Headline without a stop\nThe body starts here.", "Headline without a stop || The body starts here .")]
    [InlineData("First paragraph ends\n\nsecond starts in lower case", "First paragraph ends || second starts in lower case")]
    [InlineData("They met on Sept. 30. Talks went on.", "They met on Sept. 30 . || Talks went on .")]
    [InlineData("TEHRAN – During a meeting, he spoke.", "TEHRAN – During a meeting , he spoke .")]
    public void Splits_sentences_in_news_text(string text, string expected)
    {
        Assert.Equal(expected, Rendering.Render(text));
    }

    [Fact]
    public void A_line_ending_in_a_function_word_continues_on_the_next_line()
    {
        Assert.Equal("The talks with the leaders of Iran ended .", Rendering.Render("The talks with the\nleaders of Iran ended."));
    }
}
