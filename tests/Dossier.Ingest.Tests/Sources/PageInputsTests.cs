using System.Text;
using Dossier.Ingest.Sources;

namespace Dossier.Ingest.Tests.Sources;

public sealed class PageInputsTests
{
    private static readonly Uri Url = new("https://www.theguardian.com/education/2020/jan/20/academics");

    [Fact]
    public void A_page_is_compared_by_its_article_not_its_bytes()
    {
        string page = TrafilaturaPages.Text(TrafilaturaPages.Guardian);
        string reskinned = page.Replace("<body", "<script>var pageview = 4711;</script><body", StringComparison.Ordinal)
            .Replace("</body>", "<div class=\"advert\">Two for one</div></body>", StringComparison.Ordinal);
        string reworded = page.Replace("said students would be shocked", "said students would be appalled", StringComparison.Ordinal);
        Assert.NotEqual(page, reworded);

        var original = PageInputs.Extract(Url.AbsoluteUri, Encoding.UTF8.GetBytes(page), "text/html; charset=utf-8", Url).Input!;
        var furniture = PageInputs.Extract(Url.AbsoluteUri, Encoding.UTF8.GetBytes(reskinned), "text/html; charset=utf-8", Url).Input!;
        var edited = PageInputs.Extract(Url.AbsoluteUri, Encoding.UTF8.GetBytes(reworded), "text/html; charset=utf-8", Url).Input!;

        Assert.Equal(original.ContentHash, furniture.ContentHash);
        Assert.NotEqual(original.ContentHash, edited.ContentHash);
        Assert.Equal("body", original.Format);
        Assert.Equal(Url.AbsoluteUri, original.Source);
    }

    [Fact]
    public void Feed_hints_fill_only_what_the_page_does_not_state()
    {
        var hints = new PageHints("Feed title", new DateOnly(1999, 1, 1));
        var stated = PageInputs.Extract(Url.AbsoluteUri, TrafilaturaPages.Bytes(TrafilaturaPages.Guardian), null, Url, hints).Input!;
        var bare = PageInputs.Extract("https://example.org/p", Encoding.UTF8.GetBytes(
            "<html><body><article><p>Iran and Russia resumed work on the treaty on Wednesday, officials in both capitals said, after a pause of several weeks in which the text was reviewed.</p></article></body></html>"),
            null, new Uri("https://example.org/p"), hints).Input!;

        Assert.Equal(new DateOnly(2020, 1, 20), stated.Given.Published);
        Assert.Equal("Thousands of UK academics 'treated as second-class citizens'", stated.Given.Title);
        Assert.Equal(new DateOnly(1999, 1, 1), bare.Given.Published);
        Assert.Equal("Feed title", bare.Given.Title);
        Assert.Equal("https://example.org/p", bare.Given.Url);
    }

    [Fact]
    public void A_page_without_article_text_is_a_failure_naming_it()
    {
        var result = PageInputs.Extract("https://example.org/index", "<html><body><nav><a href='/'>Home</a></nav></body></html>"u8.ToArray(), null, null);

        Assert.Null(result.Input);
        Assert.Equal("https://example.org/index", result.Failure!.Source);
        Assert.StartsWith("has no article text", result.Failure.Reason, StringComparison.Ordinal);
    }
}
