using Dossier.Quotes;

namespace Dossier.Tests.Quotes;

public sealed class QuoteMarksTests
{
    [Theory]
    [InlineData("“Ties are deep,” Mokhber said.", "Ties are deep")]
    [InlineData("Kabulov remarked, \"This is a strategic decision.\"", "This is a strategic decision.")]
    [InlineData("Putin called it a «real breakthrough».", "real breakthrough")]
    [InlineData("The minister said ‘we will not yield’ to pressure.", "we will not yield")]
    [InlineData("''This isn't tax reform,'' Mr. Holtz-Eakin said.", "This isn't tax reform")]
    public void Finds_the_words_between_typographic_straight_and_guillemet_marks(string text, string quoted)
    {
        var span = Assert.Single(QuoteMarks.Find(text));

        Assert.Equal(quoted, span.Inner.Slice(text));
        Assert.True(span.Closed);
    }

    [Fact]
    public void A_nested_quotation_stays_inside_the_outer_one()
    {
        const string text = "“He told me ‘never again’, and I believed him,” Peskov said.";

        var span = Assert.Single(QuoteMarks.Find(text));

        Assert.Equal("He told me ‘never again’, and I believed him", span.Inner.Slice(text));
    }

    [Fact]
    public void An_unclosed_mark_ends_at_its_paragraph()
    {
        const string text = "He said: “We will never leave this region.\nThe talks resumed on Friday. Officials said “nothing” had changed.";

        var spans = QuoteMarks.Find(text);

        Assert.Equal(2, spans.Count);
        Assert.Equal("We will never leave this region.", spans[0].Inner.Slice(text));
        Assert.False(spans[0].Closed);
        Assert.Equal("nothing", spans[1].Inner.Slice(text));
    }

    [Fact]
    public void An_apostrophe_is_not_a_closing_single_quote()
    {
        const string text = "Officials called it ‘Iran’s choice’ on Monday.";

        Assert.Equal("Iran’s choice", Assert.Single(QuoteMarks.Find(text)).Inner.Slice(text));
    }
}
