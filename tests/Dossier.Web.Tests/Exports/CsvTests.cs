using Dossier.Web.Exports;

namespace Dossier.Web.Tests.Exports;

public sealed class CsvTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"no\"", "\"say \"\"no\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Quotes_fields_and_defuses_formulas(string? value, string expected) => Assert.Equal(expected, Csv.Field(value));

    [Theory]
    [InlineData("<script>", "\\<script\\>")]
    [InlineData("[link](javascript:x)", "\\[link\\]\\(javascript:x\\)")]
    [InlineData("*bold* _it_", "\\*bold\\* \\_it\\_")]
    [InlineData("two\nlines", "two lines")]
    public void Markdown_escapes_syntax_and_html(string text, string expected) => Assert.Equal(expected, MarkdownTimeline.Escape(text));
}
