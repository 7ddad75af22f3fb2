using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Api;

/// <summary>Ingest by URL against a page served by a test server on 127.0.0.1 (never the network).</summary>
[Collection(SeedCollection.Name)]
public sealed class FetchTests(SeedStore seeds) : IAsyncLifetime
{
    private const string Page = """
        <html><head><title>Site name</title><meta property="og:title" content="Envoys meet in Astana">
        <meta property="article:published_time" content="2024-07-04T10:00:00Z"><script>var tracker = "do not ingest";</script></head>
        <body><nav><a href="/">Home</a> Menu furniture</nav><article><h1>Envoys meet in Astana</h1>
        <p>ASTANA – The envoys met on Thursday to discuss the treaty.</p><p>Officials said talks would continue.</p></article>
        <footer>Copyright footer</footer></body></html>
        """;

    private WebApplication? server;
    private string baseUrl = string.Empty;

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        server = builder.Build();
        server.MapGet("/story", () => Results.Content(Page, "text/html; charset=utf-8"));
        server.MapGet("/plain", () => Results.Text("A plain text headline\n\nJuly 5, 2024\n\nMOSCOW – A plain-text report from the capital.", "text/plain"));
        server.MapGet("/image", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
        server.MapGet("/huge", () => Results.Text(new string('x', 300_000), "text/plain"));
        server.MapGet("/missing", () => Results.NotFound());
        await server.StartAsync();
        baseUrl = server.Urls.First();
    }

    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    private DossierFactory App(bool allowPrivate) => new(seeds.CopyDb(), new Dictionary<string, string?>
    {
        ["AllowPrivateFetch"] = allowPrivate ? "true" : "false",
        ["MaxFetchBytes"] = "100000",
    });

    [Fact]
    public async Task Fetches_a_page_and_stores_its_text_without_scripts_or_furniture()
    {
        using var app = App(allowPrivate: true);
        var client = app.CreateClient();
        using var created = await Json(await client.PostAsJsonAsync(U("/api/articles/fetch"), new { url = baseUrl + "/story" }), HttpStatusCode.Created);
        var article = created.RootElement.GetProperty("article");
        Assert.Equal("Envoys meet in Astana", article.GetProperty("title").GetString());
        Assert.Equal("2024-07-04", article.GetProperty("published").GetString());
        Assert.Equal(baseUrl + "/story", article.GetProperty("source").GetString());
        using var detail = await Json(await client.GetAsync(U("/api/articles/" + article.GetProperty("id").GetString())));
        string body = detail.RootElement.GetProperty("body").GetString()!;
        Assert.Contains("The envoys met on Thursday to discuss the treaty.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("do not ingest", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Menu furniture", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Copyright footer", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_a_plain_text_page_as_an_article_as_received()
    {
        using var app = App(allowPrivate: true);
        using var created = await Json(await app.CreateClient().PostAsJsonAsync(U("/api/articles/fetch"), new { url = baseUrl + "/plain" }), HttpStatusCode.Created);
        Assert.Equal("A plain text headline", created.RootElement.GetProperty("article").GetProperty("title").GetString());
        Assert.Equal("2024-07-05", created.RootElement.GetProperty("article").GetProperty("published").GetString());
    }

    [Theory]
    [InlineData("/image", HttpStatusCode.BadGateway, "DOS1123")]
    [InlineData("/huge", HttpStatusCode.BadGateway, "DOS1124")]
    [InlineData("/missing", HttpStatusCode.BadGateway, "DOS1122")]
    public async Task Reports_pages_it_cannot_ingest(string path, HttpStatusCode status, string code)
    {
        using var app = App(allowPrivate: true);
        await AssertProblem(await app.CreateClient().PostAsJsonAsync(U("/api/articles/fetch"), new { url = baseUrl + path }), status, code);
    }

    [Fact]
    public async Task Refuses_loopback_addresses_unless_allowed()
    {
        using var app = App(allowPrivate: false);
        await AssertProblem(await app.CreateClient().PostAsJsonAsync(U("/api/articles/fetch"), new { url = baseUrl + "/story" }), HttpStatusCode.BadRequest, "DOS1121");
    }

    [Theory]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.1.2.3", false)]
    [InlineData("172.20.0.1", false)]
    [InlineData("192.168.1.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("::1", false)]
    [InlineData("fd00::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("::ffff:127.0.0.1", false)]
    [InlineData("93.184.216.34", true)]
    [InlineData("2606:2800:220:1::1", true)]
    public void Tells_public_from_private_addresses(string address, bool isPublic) =>
        Assert.Equal(isPublic, Dossier.Web.Ingest.UrlFetcher.IsPublic(IPAddress.Parse(address)));
}
