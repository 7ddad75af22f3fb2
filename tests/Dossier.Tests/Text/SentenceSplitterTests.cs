using Dossier.Text;

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
    [InlineData("The agreement may be extended.As a breakthrough, Putin hailed it.", "The agreement may be extended . || As a breakthrough , Putin hailed it .")]
    public void Splits_sentences_in_news_text(string text, string expected)
    {
        Assert.Equal(expected, Rendering.Render(text));
    }

    [Fact]
    public void A_line_ending_in_a_function_word_continues_on_the_next_line()
    {
        Assert.Equal("The talks with the leaders of Iran ended .", Rendering.Render("The talks with the\nleaders of Iran ended."));
    }

    [Theory]
    [InlineData("see http://www.example.com/a.html http://www.example.com/b.html", 1, true)]
    [InlineData("mail me at jane.doe@example.com thanks a lot", 3, true)]
    [InlineData("the talks ended in the night", 2, false)]
    public void A_link_or_address_beside_a_lower_case_word_is_a_candidate(string text, int gap, bool candidate)
    {
        var tokens = TextSegmenter.Default.Tokenizer.Tokenize(text);
        Assert.Equal(candidate ? SentenceSplitter.GapKind.Candidate : SentenceSplitter.GapKind.Inside, SentenceSplitter.Classify(text, tokens, gap));
    }

    [Fact]
    public void A_dash_between_two_halves_of_a_sentence_never_ends_it_but_one_after_final_punctuation_is_not_ruled()
    {
        const string text = "It was over. -- Posted by Hidden Nook";
        var tokens = TextSegmenter.Default.Tokenizer.Tokenize(text);
        Assert.Null(SentenceSplitter.Rule(text, tokens, 4, TokenizerLexicon.Default));
        const string news = "TEHRAN -- During a meeting, he spoke.";
        var newsTokens = TextSegmenter.Default.Tokenizer.Tokenize(news);
        Assert.False(SentenceSplitter.Rule(news, newsTokens, 1, TokenizerLexicon.Default));
    }
}
