using System.Net;
using System.Net.Http.Json;
using System.Text;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Api;

[Collection(SeedCollection.Name)]
public sealed class IngestApiTests(SeedStore seeds) : IDisposable
{
    private readonly DossierFactory app = new(seeds.CopyDb(), new Dictionary<string, string?> { ["MaxUploadBytes"] = "20000" });

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Stores_a_posted_article_once_and_then_reports_it_unchanged()
    {
        var client = app.CreateClient();
        var article = new { text = "Talks resumed\n\nJuly 9, 2024\n\nTEHRAN – Officials met in Tehran on Tuesday.", source = "api-test-1", outlet = "Test Wire" };
        var first = await client.PostAsJsonAsync(U("/api/articles"), article);
        using var created = await Json(first, HttpStatusCode.Created);
        Assert.Equal("inserted", created.RootElement.GetProperty("outcome").GetString());
        string id = created.RootElement.GetProperty("article").GetProperty("id").GetString()!;
        Assert.Equal($"/api/articles/{id}", first.Headers.Location?.OriginalString);
        Assert.Equal("Test Wire", created.RootElement.GetProperty("article").GetProperty("outlet").GetString());

        using var again = await Json(await client.PostAsJsonAsync(U("/api/articles"), article));
        Assert.Equal("unchanged", again.RootElement.GetProperty("outcome").GetString());
        using var list = await Json(await client.GetAsync(U("/api/articles")));
        Assert.Equal(6, list.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_changed_article_under_the_same_source_becomes_a_new_version()
    {
        var client = app.CreateClient();
        await client.PostAsJsonAsync(U("/api/articles"), new { text = "First text of the piece.", source = "api-versioned" });
        using var second = await Json(await client.PostAsJsonAsync(U("/api/articles"), new { text = "Second, corrected text of the piece.", source = "api-versioned" }), HttpStatusCode.Created);
        Assert.Equal("new_version", second.RootElement.GetProperty("outcome").GetString());
        string id = second.RootElement.GetProperty("article").GetProperty("id").GetString()!;
        using var versions = await Json(await client.GetAsync(U($"/api/articles/{id}/versions")));
        Assert.Equal(2, versions.RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("{\"text\": \"\"}", "DOS1114")]
    [InlineData("{\"title\": \"no text\"}", "DOS1114")]
    [InlineData("{\"text\": \"x\", \"published\": \"5 July 2024\"}", "DOS1112")]
    [InlineData("{\"text\": \"x\", \"source\": \"bad\\u0000name\"}", "DOS1115")]
    [InlineData("{\"text\": ", "DOS1118")]
    [InlineData("[1, 2]", "DOS1118")]
    [InlineData("null", "DOS1118")]
    public async Task Rejects_bad_articles_with_problem_details(string body, string code)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        await AssertProblem(await app.CreateClient().PostAsync(U("/api/articles"), content), HttpStatusCode.BadRequest, code);
    }

    [Fact]
    public async Task Takes_only_json_so_other_sites_cannot_post_without_a_preflight()
    {
        using var content = new StringContent("text=hello", Encoding.UTF8, "application/x-www-form-urlencoded");
        await AssertProblem(await app.CreateClient().PostAsync(U("/api/articles"), content), HttpStatusCode.UnsupportedMediaType, "DOS1117");
    }

    [Fact]
    public async Task Refuses_an_article_over_the_size_limit()
    {
        var response = await app.CreateClient().PostAsJsonAsync(U("/api/articles"), new { text = new string('a', 30000) });
        await AssertProblem(response, HttpStatusCode.RequestEntityTooLarge, "DOS1108");
    }

    [Theory]
    [InlineData("{\"url\": \"file:///etc/passwd\"}", "DOS1120")]
    [InlineData("{\"url\": \"/etc/passwd\"}", "DOS1120")]
    [InlineData("{\"url\": \"javascript:alert(1)\"}", "DOS1120")]
    [InlineData("{}", "DOS1120")]
    public async Task Fetches_only_http_urls(string body, string code)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        await AssertProblem(await app.CreateClient().PostAsync(U("/api/articles/fetch"), content), HttpStatusCode.BadRequest, code);
    }
}
