using System.Net;
using System.Text.Json;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Api;

[Collection(SeedCollection.Name)]
public sealed class SearchAndAnnotationsApiTests(SeedStore seeds)
{
    private readonly HttpClient client = seeds.App.CreateClient();

    [Fact]
    public async Task Finds_the_Astana_meeting_in_two_articles_with_evidence_links()
    {
        using var json = await Json(await client.GetAsync(U("/api/search?q=Astana")));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        var articles = items.Select(i => i.GetProperty("span").GetProperty("article").GetString()!).Distinct().ToList();
        Assert.Contains(articles, a => a.StartsWith("000_", StringComparison.Ordinal));
        Assert.Contains(articles, a => a.StartsWith("001_", StringComparison.Ordinal));
        foreach (var item in items)
        {
            var span = item.GetProperty("span");
            Assert.Contains("Astana", span.GetProperty("text").GetString(), StringComparison.Ordinal);
            Assert.Equal($"/articles/{span.GetProperty("article").GetString()}?start={span.GetProperty("start").GetInt32()}&end={span.GetProperty("end").GetInt32()}#evidence",
                span.GetProperty("evidence").GetString());
        }
    }

    [Fact]
    public async Task Search_hits_are_the_slices_of_the_article_bodies()
    {
        using var json = await Json(await client.GetAsync(U("/api/search?q=suspension")));
        Assert.NotEqual(0, json.RootElement.GetProperty("total").GetInt32());
        foreach (var item in json.RootElement.GetProperty("items").EnumerateArray())
        {
            var span = item.GetProperty("span");
            using var article = await Json(await client.GetAsync(U("/api/articles/" + span.GetProperty("article").GetString())));
            string body = article.RootElement.GetProperty("body").GetString()!;
            Assert.Equal(body[span.GetProperty("start").GetInt32()..span.GetProperty("end").GetInt32()], span.GetProperty("text").GetString());
        }
    }

    [Fact]
    public async Task Search_operators_are_taken_as_words_not_syntax()
    {
        var response = await client.GetAsync(U("/api/search?q=" + Uri.EscapeDataString("Putin OR NEAR( \"* -")));
        using var json = await Json(response);
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("items").ValueKind);
    }

    [Theory]
    [InlineData("/api/quotes")]
    [InlineData("/api/quotes?speaker=Mokhber&outlet=Reuters&verb=said")]
    [InlineData("/api/events")]
    [InlineData("/api/events?code=04&modality=asserted&actor=Putin")]
    [InlineData("/api/entities")]
    [InlineData("/api/entities?type=PERSON&name=Putin")]
    public async Task Lists_annotations_across_articles_as_pages(string url)
    {
        using var json = await Json(await client.GetAsync(U(url)));
        int total = json.RootElement.GetProperty("total").GetInt32();
        Assert.Equal(Math.Min(total, 50), json.RootElement.GetProperty("items").GetArrayLength());
        Assert.Equal(1, json.RootElement.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task Lists_the_seed_quotes_of_Peskov_with_their_reporting_verbs()
    {
        using var json = await Json(await client.GetAsync(U("/api/quotes?speaker=Peskov")));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.True(items.Count >= 2, $"Peskov is quoted twice in the seeds; the API lists {items.Count}");
        Assert.All(items, q =>
        {
            Assert.Contains("Peskov", q.GetProperty("speaker").GetString(), StringComparison.Ordinal);
            Assert.False(string.IsNullOrEmpty(q.GetProperty("verb").GetString()));
        });
    }

    [Fact]
    public async Task Quote_and_event_totals_match_the_stored_documents()
    {
        int quotes = 0, events = 0;
        using var list = await Json(await client.GetAsync(U("/api/articles")));
        foreach (var a in list.RootElement.GetProperty("items").EnumerateArray())
        {
            quotes += a.GetProperty("quotes").GetInt32();
            events += a.GetProperty("events").GetInt32();
        }

        using var q = await Json(await client.GetAsync(U("/api/quotes")));
        using var e = await Json(await client.GetAsync(U("/api/events")));
        Assert.Equal(quotes, q.RootElement.GetProperty("total").GetInt32());
        Assert.Equal(events, e.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Unknown_api_paths_and_methods_answer_with_problem_details()
    {
        await AssertProblem(await client.GetAsync(U("/api/nothing-here")), HttpStatusCode.NotFound, "DOS1132");
        await AssertProblem(await client.DeleteAsync(U("/api/articles")), HttpStatusCode.MethodNotAllowed, "DOS1133");
    }

    [Fact]
    public async Task Describes_every_api_endpoint_in_the_OpenAPI_document()
    {
        using var json = await Json(await client.GetAsync(U("/openapi/v1.json")));
        var paths = json.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        string[] expected =
        [
            "/api/articles", "/api/articles/{id}", "/api/articles/{id}/document", "/api/articles/{id}/versions",
            "/api/articles/{id}/entities", "/api/articles/{id}/timexes", "/api/articles/{id}/quotes", "/api/articles/{id}/events",
            "/api/articles/fetch", "/api/diagnostics", "/api/quotes", "/api/events", "/api/entities", "/api/search",
            "/api/export/json", "/api/export/{kind}.csv", "/api/export/timeline.md",
            "/api/stories", "/api/stories/{id}", "/api/timeline", "/api/timeline/events/{id}", "/api/claims", "/api/claims/{id}",
            "/api/agreements", "/api/agreements/{id}", "/api/dyads", "/api/dyads/{a}/{b}", "/api/corpus/entities", "/api/corpus/entities/{id}",
        ];
        foreach (string path in expected)
        {
            Assert.Contains(path, paths);
        }

        Assert.DoesNotContain(paths, p => !p.StartsWith("/api/", StringComparison.Ordinal));
        Assert.True(json.RootElement.GetProperty("paths").GetProperty("/api/articles").TryGetProperty("post", out _));
    }
}
