using System.Net;
using System.Text.RegularExpressions;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Pages;

[Collection(SeedCollection.Name)]
public sealed partial class PagesTests(SeedStore seeds)
{
    private readonly HttpClient browser = seeds.App.Browser();

    private async Task<string> IdOf(string stem)
    {
        string html = await browser.GetStringAsync(U("/"));
        return ArticleLink().Matches(html).Select(m => m.Groups["id"].Value).Distinct().Single(id => id.StartsWith(stem, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_start_page_lists_every_article_and_links_every_view()
    {
        string html = await browser.GetStringAsync(U("/"));
        Assert.Equal(5, ArticleLink().Matches(html).Select(m => m.Groups["id"].Value).Distinct().Count());
        Assert.Contains("in 5 articles, 2024-06-11", html, StringComparison.Ordinal);
        Assert.DoesNotContain("not yet available", html, StringComparison.Ordinal);
        foreach (string view in new[] { "timeline", "disputes", "agreements", "dyads", "entities" })
        {
            Assert.Contains($"<a href=\"/{view}\">", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_article_page_shows_metadata_captions_and_body_with_an_evidence_link_per_unit()
    {
        string id = await IdOf("003_246c7bada9d0c667");
        string html = await browser.GetStringAsync(U("/articles/" + id));
        Assert.Contains("In Tehran, Russian PM Reiterates", html, StringComparison.Ordinal);
        Assert.Contains("Adam Morrow", html, StringComparison.Ordinal);
        Assert.Contains("Mishustin chairs a meeting on improving Russia", html, StringComparison.Ordinal);
        Assert.DoesNotContain("0:00", html, StringComparison.Ordinal);
        Assert.Matches($"href=\"/articles/{Regex.Escape(id)}\\?start=0&amp;end=\\d+#evidence\" class=\"cite\"", html);
        Assert.DoesNotContain("<mark", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evidence_view_highlights_exactly_the_span_and_shows_the_other_report_of_the_meeting()
    {
        string id = await IdOf("001_92e7f391879ebd38");
        using var article = await Json(await seeds.App.CreateClient().GetAsync(U("/api/articles/" + id)));
        string body = article.RootElement.GetProperty("body").GetString()!;
        int start = body.IndexOf("During a meeting with Russian President Vladimir Putin on Thursday", StringComparison.Ordinal);
        int end = body.IndexOf('.', start) + 1;
        string html = await browser.GetStringAsync(U($"/articles/{id}?start={start}&end={end}"));
        var mark = Regex.Match(html, "<mark id=\"evidence\">(?<text>[^<]*)</mark>");
        Assert.True(mark.Success, "no highlighted span");
        Assert.Equal(body[start..end], System.Net.WebUtility.HtmlDecode(mark.Groups["text"].Value));
        int sideBySide = html.IndexOf("id=\"side-by-side\"", StringComparison.Ordinal);
        Assert.True(sideBySide > 0);
        Assert.Contains("Mokhber and Putin met on Thursday in Astana", html[sideBySide..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("?start=10")]
    [InlineData("?end=10")]
    [InlineData("?start=10&end=5")]
    [InlineData("?start=0&end=999999")]
    [InlineData("?start=-1&end=5")]
    [InlineData("?start=a&end=b")]
    public async Task Refuses_a_bad_evidence_span(string query)
    {
        string id = await IdOf("001_92e7f391879ebd38");
        await AssertProblem(await seeds.App.CreateClient().GetAsync(U($"/articles/{id}{query}")), HttpStatusCode.BadRequest, "DOS1111");
    }

    [Fact]
    public async Task An_unknown_article_is_a_404_page_for_a_browser()
    {
        var response = await browser.GetAsync(U("/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        string html = await response.Content.ReadAsStringAsync();
        Assert.Contains("DOS1130", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_lists_matching_sentences_with_the_words_marked_and_links_to_the_evidence()
    {
        string html = await browser.GetStringAsync(U("/search?q=Astana"));
        Assert.Matches("id=\"hit-count\">[2-9]\\d* sentences found", html);
        Assert.Contains("<mark>Astana</mark>", html, StringComparison.Ordinal);
        Assert.Matches("href=\"/articles/000_2a9e6c8df86a9554-[0-9a-f]+\\?start=\\d+&amp;end=\\d+#evidence\"", html);
    }

    [Fact]
    public async Task Search_also_finds_articles_by_title()
    {
        string html = await browser.GetStringAsync(U("/search?q=Kremlin%20pact"));
        int articles = html.IndexOf("id=\"article-hits\"", StringComparison.Ordinal);
        Assert.True(articles > 0, "no article hits");
        Assert.Contains("Kremlin says Russia and Iran still working on a cooperation pact", html[articles..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_without_words_shows_the_form_only()
    {
        string html = await browser.GetStringAsync(U("/search"));
        Assert.Contains("name=\"q\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"hits\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/quotes", "Quotes")]
    [InlineData("/quotes?speaker=Jalali&outlet=IRNA", "Quotes")]
    [InlineData("/entities", "Entities")]
    [InlineData("/entities?type=PERSON", "Entities")]
    [InlineData("/events", "Events")]
    [InlineData("/exports", "Exports")]
    [InlineData("/ingest", "Ingest")]
    public async Task Every_view_renders(string url, string heading)
    {
        var response = await browser.GetAsync(U(url));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains($"<h1>{heading}</h1>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_ingest_form_carries_an_anti_forgery_token()
    {
        string html = await browser.GetStringAsync(U("/ingest"));
        Assert.Equal(3, Regex.Matches(html, "<form method=\"post\"").Count);
        Assert.Equal(3, Regex.Matches(html, "name=\"__af\" value=\"[^\"]+\"").Count);
    }

    [Fact]
    public async Task The_stylesheet_is_served_from_memory()
    {
        var response = await browser.GetAsync(U("/static/site.css"));
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("mark {", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(U("/static/../../Dossier.Web.dll"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(U("/static/appsettings.json"))).StatusCode);
    }

    [GeneratedRegex("href=\"/articles/(?<id>[^\"?#]+)\"")]
    private static partial Regex ArticleLink();
}
