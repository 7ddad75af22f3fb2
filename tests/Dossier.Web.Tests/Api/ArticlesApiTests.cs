using System.Net;
using System.Text.Json;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Api;

[Collection(SeedCollection.Name)]
public sealed class ArticlesApiTests(SeedStore seeds)
{
    private readonly HttpClient client = seeds.App.CreateClient();

    private async Task<string> IdOf(string stem)
    {
        using var list = await Json(await client.GetAsync(U("/api/articles")));
        return list.RootElement.GetProperty("items").EnumerateArray()
            .Single(a => Path.GetFileNameWithoutExtension(a.GetProperty("source").GetString()) == stem).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task Lists_the_five_seeds_by_date_with_their_metadata()
    {
        using var json = await Json(await client.GetAsync(U("/api/articles")));
        var root = json.RootElement;
        Assert.Equal(5, root.GetProperty("total").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("next").ValueKind);
        var items = root.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal("2024-06-11", items[0].GetProperty("published").GetString());
        Assert.Equal("Reuters", items[0].GetProperty("wire").GetString());
        Assert.Contains(items, a => a.GetProperty("title").GetString()?.Contains("Mokhber delivers Leader", StringComparison.Ordinal) == true
            && a.GetProperty("dateline").GetString() == "TEHRAN" && a.GetProperty("published").GetString() == "2024-07-05");
    }

    [Fact]
    public async Task Pages_with_a_link_to_the_next_page()
    {
        using var first = await Json(await client.GetAsync(U("/api/articles?page_size=2")));
        Assert.Equal(2, first.RootElement.GetProperty("items").GetArrayLength());
        string next = first.RootElement.GetProperty("next").GetString()!;
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        using var last = await Json(await client.GetAsync(U("/api/articles?page_size=2&page=3")));
        Assert.Equal(1, last.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, last.RootElement.GetProperty("next").ValueKind);
        using var second = await Json(await client.GetAsync(U(next)));
        Assert.Equal(2, second.RootElement.GetProperty("page").GetInt32());
    }

    [Theory]
    [InlineData("outlet=Reuters", 1)]
    [InlineData("to=2024-06-30", 1)]
    [InlineData("from=2024-06-11&to=2024-06-11", 1)]
    [InlineData("from=2026-01-01", 0)]
    [InlineData("title=Kremlin", 1)]
    public async Task Filters_articles(string query, int expected)
    {
        using var json = await Json(await client.GetAsync(U("/api/articles?" + query)));
        Assert.Equal(expected, json.RootElement.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("/api/articles?page=0", "DOS1110")]
    [InlineData("/api/articles?page=x", "DOS1110")]
    [InlineData("/api/articles?page_size=201", "DOS1110")]
    [InlineData("/api/articles?from=July", "DOS1112")]
    [InlineData("/api/articles?to=2024-13-01", "DOS1112")]
    [InlineData("/api/search", "DOS1113")]
    [InlineData("/api/search?q=%20", "DOS1113")]
    [InlineData("/api/quotes?page_size=0", "DOS1110")]
    [InlineData("/api/events?page=-1", "DOS1110")]
    [InlineData("/api/entities?page_size=many", "DOS1110")]
    public async Task Rejects_bad_queries_with_problem_details(string url, string code) =>
        await AssertProblem(await client.GetAsync(U(url)), HttpStatusCode.BadRequest, code);

    [Theory]
    [InlineData("/api/articles/no-such-article")]
    [InlineData("/api/articles/no-such-article/document")]
    [InlineData("/api/articles/no-such-article/versions")]
    [InlineData("/api/articles/no-such-article/entities")]
    [InlineData("/api/articles/no-such-article/timexes")]
    [InlineData("/api/articles/no-such-article/quotes")]
    [InlineData("/api/articles/no-such-article/events")]
    [InlineData("/api/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/api/articles/000_2a9e6c8df86a9554")]
    public async Task Answers_404_for_an_unknown_article(string url) =>
        await AssertProblem(await client.GetAsync(U(url)), HttpStatusCode.NotFound, "DOS1130");

    [Fact]
    public async Task Returns_an_article_with_the_body_that_offsets_index()
    {
        string id = await IdOf("002_655b4ba9bfca9600");
        using var json = await Json(await client.GetAsync(U("/api/articles/" + id)));
        string body = json.RootElement.GetProperty("body").GetString()!;
        Assert.Contains("Kremlin", body, StringComparison.Ordinal);
        Assert.DoesNotContain("COMMENTS (1)", body, StringComparison.Ordinal);
        Assert.Equal(body.Length, json.RootElement.GetProperty("article").GetProperty("characters").GetInt32());
    }

    [Fact]
    public async Task Returns_the_annotated_document_as_contract_1_and_its_versions()
    {
        string id = await IdOf("001_92e7f391879ebd38");
        using var doc = await Json(await client.GetAsync(U($"/api/articles/{id}/document")));
        Assert.Equal(id, doc.RootElement.GetProperty("id").GetString());
        Assert.Equal("2024-07-05", doc.RootElement.GetProperty("published").GetString());
        foreach (string layer in new[] { "sentences", "tokens", "entities", "timexes", "quotes", "events" })
        {
            Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty(layer).ValueKind);
        }

        using var versions = await Json(await client.GetAsync(U($"/api/articles/{id}/versions")));
        Assert.Equal(1, versions.RootElement.GetArrayLength());
    }

    [Theory]
    [InlineData("entities")]
    [InlineData("timexes")]
    [InlineData("quotes")]
    [InlineData("events")]
    public async Task Lists_each_layer_as_the_stored_document_holds_it(string layer)
    {
        string id = await IdOf("000_2a9e6c8df86a9554");
        using var doc = await Json(await client.GetAsync(U($"/api/articles/{id}/document")));
        using var list = await Json(await client.GetAsync(U($"/api/articles/{id}/{layer}?page_size=200")));
        Assert.Equal(doc.RootElement.GetProperty(layer).GetArrayLength(), list.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Lists_diagnostics()
    {
        using var json = await Json(await client.GetAsync(U("/api/diagnostics")));
        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
    }
}
