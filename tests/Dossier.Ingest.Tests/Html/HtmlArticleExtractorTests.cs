using System.Text;
using Dossier.Ingest.Html;

namespace Dossier.Ingest.Tests.Html;

public sealed class HtmlArticleExtractorTests
{
    private const string NewsPage = """
        <!DOCTYPE html>
        <html lang="en-GB"><head>
        <title>Ministers meet in Astana | The Daily Example</title>
        <meta property="og:site_name" content="The Daily Example">
        <link rel="canonical" href="https://example.org/world/2024/07/04/astana-talks">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
          "headline":"Ministers meet in Astana","datePublished":"2024-07-05T09:30:00+05:00","dateModified":"2024-07-06T10:00:00Z",
          "author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
          "publisher":{"@type":"Organization","name":"The Daily Example"}}</script>
        </head><body>
        <header class="site-header"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav></header>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
        <main><article>
          <h1>Ministers meet in Astana</h1>
          <div class="article-body">
            <p>ASTANA (Reuters) - The foreign ministers of the two countries met on Thursday in Astana, on the sidelines of the summit, and agreed to continue talks.</p>
            <figure><img src="a.jpg"><figcaption>The ministers before the meeting.</figcaption></figure>
            <h2>What was agreed</h2>
            <p>They agreed to meet again in the autumn, officials said, and to prepare a treaty covering trade, energy and security.</p>
            <aside class="pullquote">"We will meet again in the autumn."</aside>
            <ul><li>Trade and customs</li><li>Energy transit</li></ul>
            <p>Neither side gave a date for the signing, which diplomats expect next year at the earliest.</p>
            <div class="newsletter-box"><p>Sign up for our morning briefing, delivered every weekday.</p></div>
            <div class="related-articles"><h3>Read also</h3><ul><li><a href="/a">Summit opens in Astana with a long agenda of talks</a></li><li><a href="/b">Oil prices climb as markets await decisions</a></li></ul></div>
          </div>
        </article></main>
        <section id="comments" class="comments-area"><h2>Comments</h2><p>This is an outrageous decision by everyone involved, I must say, and nobody asked us.</p></section>
        <footer class="site-footer"><p>Copyright 2024 The Daily Example. All rights reserved. Terms and privacy.</p></footer>
        </body></html>
        """;

    private static ExtractedArticle Extract(string html, string url = "https://example.org/world/2024/07/04/astana-talks") =>
        HtmlArticleExtractor.Extract(html, new Uri(url));

    [Fact]
    public void Keeps_the_article_paragraphs_in_order()
    {
        var body = Extract(NewsPage).Body;
        var first = body.IndexOf("The foreign ministers", StringComparison.Ordinal);
        var second = body.IndexOf("They agreed to meet again", StringComparison.Ordinal);
        var third = body.IndexOf("Neither side gave a date", StringComparison.Ordinal);
        Assert.True(first >= 0 && second > first && third > second, body);
    }

    [Theory]
    [InlineData("Share on Facebook")]
    [InlineData("Sign up for our morning briefing")]
    [InlineData("Summit opens in Astana")]
    [InlineData("outrageous decision")]
    [InlineData("All rights reserved")]
    [InlineData("Home")]
    [InlineData("The ministers before the meeting")]
    [InlineData("We will meet again in the autumn.\"")]
    public void Drops_page_furniture_from_the_body(string furniture) =>
        Assert.DoesNotContain(furniture, Extract(NewsPage).Body, StringComparison.Ordinal);

    [Fact]
    public void Puts_headings_and_list_items_on_their_own_lines_and_separates_paragraphs_by_a_blank_line()
    {
        var body = Extract(NewsPage).Body;
        Assert.Contains("\n\nWhat was agreed\n\n", body, StringComparison.Ordinal);
        Assert.Contains("Trade and customs\nEnergy transit", body, StringComparison.Ordinal);
        Assert.DoesNotContain("  ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Keeps_captions_and_pull_quotes_apart()
    {
        var article = Extract(NewsPage);
        Assert.Equal(["The ministers before the meeting."], article.Captions);
        Assert.Equal(["\"We will meet again in the autumn.\""], article.PullQuotes);
    }

    [Fact]
    public void Reads_the_metadata_the_page_states()
    {
        var article = Extract(NewsPage);
        Assert.Equal("Ministers meet in Astana", article.Title);
        Assert.Equal(new DateOnly(2024, 7, 5), article.Published);
        Assert.Equal(new DateOnly(2024, 7, 6), article.Modified);
        Assert.Equal("The Daily Example", article.Outlet);
        Assert.Equal(["Jane Roe", "John Doe"], article.Authors);
        Assert.Equal("https://example.org/world/2024/07/04/astana-talks", article.CanonicalUrl);
        Assert.Equal("en", article.Language);
        Assert.Equal("Reuters", article.Wire);
    }

    [Theory]
    [InlineData("<title>Talks resume in Vienna - The Courier</title>", "Talks resume in Vienna")]
    [InlineData("<title>Talks resume in Vienna | Courier Online</title>", "Talks resume in Vienna")]
    [InlineData("<title>Talks resume in Vienna</title>", "Talks resume in Vienna")]
    public void Cleans_the_site_name_from_the_title(string head, string expected) =>
        Assert.Equal(expected, Extract($"<html><head>{head}</head><body><p>Text of the article goes here, long enough.</p></body></html>").Title);

    [Fact]
    public void Falls_back_to_the_date_in_the_url_but_never_invents_one()
    {
        const string page = "<html><body><article><p>Nothing in this article states when it was written, at all.</p></article></body></html>";
        Assert.Equal(new DateOnly(2023, 3, 9), Extract(page, "https://example.org/2023/03/09/story").Published);
        Assert.Null(Extract(page, "https://example.org/story").Published);
    }

    [Fact]
    public void Decodes_a_windows_1251_page_without_a_charset_header()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        const string text = "Министры иностранных дел встретились в Астане и договорились продолжить переговоры о новом договоре.";
        var bytes = Encoding.GetEncoding(1251).GetBytes($"<html><head><title>Встреча</title></head><body><article><p>{text}</p></article></body></html>");
        var article = HtmlArticleExtractor.Extract(bytes, contentTypeHeader: null, url: null);
        Assert.Equal("windows-1251", article.Encoding);
        Assert.Contains(text, article.Body, StringComparison.Ordinal);
        Assert.Contains(article.Warnings, w => w.Code == "DOS0402");
    }

    [Fact]
    public void Takes_the_charset_of_the_http_header_over_the_meta_tag()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("<html><head><meta charset=\"utf-8\"></head><body><p>Café au lait in Zürich, served with crème brûlée for everyone.</p></body></html>");
        var article = HtmlArticleExtractor.Extract(bytes, "text/html; charset=ISO-8859-1", null);
        Assert.Contains("Café au lait in Zürich", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Survives_unclosed_and_misnested_markup()
    {
        const string broken = "<html><body><div class=\"article-body\"><p>First paragraph of the story <b>bold <i>and italic</b> text, with more words.<p>Second paragraph, never closed either, with the ending";
        var body = Extract(broken).Body;
        Assert.Contains("First paragraph of the story bold and italic text", body, StringComparison.Ordinal);
        Assert.Contains("Second paragraph, never closed", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_a_20_MB_page_up_to_the_limit_and_says_so()
    {
        var sb = new StringBuilder("<html><body><article><p>The article itself comes first, as it nearly always does on bloated pages.</p></article><div>");
        while (sb.Length < 20_000_000)
            sb.Append("<span class=\"filler\">lorem ipsum dolor sit amet </span>");
        sb.Append("</div></body></html>");
        var article = HtmlArticleExtractor.Extract(Encoding.UTF8.GetBytes(sb.ToString()), "text/html; charset=utf-8", null);
        Assert.Contains(article.Warnings, w => w.Code == "DOS0401");
    }

    [Fact]
    public void Warns_when_a_page_has_no_article_text()
    {
        var article = Extract("<html><body><nav><a href='/'>Home</a></nav></body></html>");
        Assert.Equal(string.Empty, article.Body);
        Assert.Contains(article.Warnings, w => w.Code == "DOS0403");
    }
}
