using System.Net;
using System.Net.Http.Json;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Security;

/// <summary>An article carrying markup shows it as text everywhere it appears; no markup from an article reaches a page.</summary>
[Collection(SeedCollection.Name)]
public sealed class XssTests(SeedStore seeds) : IDisposable
{
    private const string Script = "<script>alert(1)</script>";
    private const string Img = "<img src=x onerror=alert(1)>";

    private readonly DossierFactory app = new(seeds.CopyDb());

    public void Dispose() => app.Dispose();

    private async Task<string> IngestHostileArticle()
    {
        var client = app.CreateClient();
        string text = $"Breaking news headline {Script}\n\nJuly 9, 2024\n\nASTANA – The envoys met. {Script} Then {Img} appeared in Astana.\n\nA \"javascript:alert(1)\" link and ]]> and &amp; too.";
        using var created = await Json(await client.PostAsJsonAsync(U("/api/articles"), new
        {
            text, source = "hostile", outlet = "Outlet " + Img, url = "javascript:alert(1)",
        }), HttpStatusCode.Created);
        return created.RootElement.GetProperty("article").GetProperty("id").GetString()!;
    }

    private static void AssertInert(string html)
    {
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror=alert", html.Replace("onerror=alert(1)&gt;", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_article_page_shows_script_and_img_tags_as_text()
    {
        string id = await IngestHostileArticle();
        var browser = app.Browser();
        string html = await browser.GetStringAsync(U("/articles/" + id));
        AssertInert(html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("<h1>Breaking news headline &lt;script&gt;alert(1)&lt;/script&gt;</h1>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_evidence_view_search_and_lists_show_them_as_text_too()
    {
        string id = await IngestHostileArticle();
        var browser = app.Browser();
        using var article = await Json(await app.CreateClient().GetAsync(U("/api/articles/" + id)));
        string body = article.RootElement.GetProperty("body").GetString()!;
        int start = body.IndexOf(Script, StringComparison.Ordinal);
        foreach (string url in new[]
        {
            $"/articles/{id}?start={start}&end={start + Script.Length}", "/search?q=envoys", "/search?q=" + Uri.EscapeDataString(Script),
            "/", "/quotes?speaker=" + Uri.EscapeDataString(Script), "/entities", "/events",
        })
        {
            var response = await browser.GetAsync(U(url));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertInert(await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Exports_keep_markup_from_running()
    {
        await IngestHostileArticle();
        var client = app.CreateClient();
        string json = await client.GetStringAsync(U("/api/export/json"));
        Assert.DoesNotContain("<script>", json, StringComparison.Ordinal);
        Assert.Contains("\\u003Cscript\\u003E", json, StringComparison.Ordinal);
        string md = await client.GetStringAsync(U("/api/export/timeline.md"));
        Assert.DoesNotContain("<script>", md, StringComparison.Ordinal);
        Assert.Contains("\\<script\\>", md, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_corpus_pages_show_them_as_text_too()
    {
        string id = await IngestHostileArticle();
        var client = app.CreateClient();
        var browser = app.Browser();
        using var stories = await Json(await client.GetAsync(U("/api/stories?page_size=200")));
        var story = stories.RootElement.GetProperty("items").EnumerateArray().Single(s => s.GetProperty("articles").EnumerateArray().Any(a => a.GetString() == id));
        using var timeline = await Json(await client.GetAsync(U("/api/timeline?page_size=200")));
        var evidence = timeline.RootElement.GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("sources").EnumerateArray().Any(a => a.GetString() == id)).Select(e => e.GetProperty("evidence").GetString()!).ToList();
        using var entities = await Json(await client.GetAsync(U("/api/corpus/entities?page_size=200")));
        var pages = entities.RootElement.GetProperty("items").EnumerateArray()
            .Where(e => e.GetProperty("articles").EnumerateArray().Any(a => a.GetString() == id)).Select(e => e.GetProperty("page").GetString()!).Take(5).ToList();
        Assert.NotEmpty(pages);
        string storyPage = story.GetProperty("page").GetString()!;
        foreach (string url in new[] { "/", storyPage, "/timeline", "/disputes", "/disputes?about=" + Uri.EscapeDataString(Script), "/agreements", "/dyads",
            "/dyads?a=" + Uri.EscapeDataString(Script) + "&b=IRN", "/entities", "/entities?name=" + Uri.EscapeDataString(Img) }.Concat(evidence).Concat(pages))
        {
            var response = await browser.GetAsync(U(url));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            AssertInert(await response.Content.ReadAsStringAsync());
        }

        string html = await browser.GetStringAsync(U(storyPage));
        Assert.Contains("Breaking news headline &lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }
}
