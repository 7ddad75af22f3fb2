using Microsoft.Extensions.Configuration;
using System.Net;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Security;

/// <summary>Off loopback every request needs the API key; on loopback only loopback host names are served.</summary>
[Collection(SeedCollection.Name)]
public sealed class AccessTests(SeedStore seeds) : IDisposable
{
    private const string Key = "test-key-0123456789";

    private readonly DossierFactory exposed = new(seeds.CopyDb(), new Dictionary<string, string?>
    {
        ["Urls"] = "http://0.0.0.0:5080",
        ["ApiKey"] = Key,
    });

    public void Dispose() => exposed.Dispose();

    [Theory]
    [InlineData("/api/articles")]
    [InlineData("/api/search?q=Astana")]
    [InlineData("/api/export/json")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/")]
    [InlineData("/ingest")]
    public async Task Refuses_reads_without_the_key_when_bound_off_loopback(string url)
    {
        var response = await exposed.CreateClient().GetAsync(U(url));
        await AssertProblem(response, HttpStatusCode.Unauthorized, "DOS1104");
        Assert.Contains("X-Api-Key", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_writes_without_the_key_when_bound_off_loopback()
    {
        using var content = new StringContent("{\"text\": \"hello\"}", System.Text.Encoding.UTF8, "application/json");
        await AssertProblem(await exposed.CreateClient().PostAsync(U("/api/articles"), content), HttpStatusCode.Unauthorized, "DOS1104");
    }

    [Theory]
    [InlineData("X-Api-Key", Key, HttpStatusCode.OK)]
    [InlineData("Authorization", "Bearer " + Key, HttpStatusCode.OK)]
    [InlineData("X-Api-Key", "wrong-key-0123456789", HttpStatusCode.Unauthorized)]
    [InlineData("Authorization", "Basic " + Key, HttpStatusCode.Unauthorized)]
    public async Task Accepts_the_key_as_a_header(string header, string value, HttpStatusCode expected)
    {
        var client = exposed.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation(header, value);
        Assert.Equal(expected, (await client.GetAsync(U("/api/articles"))).StatusCode);
    }

    [Fact]
    public async Task Sends_a_browser_to_sign_in_and_lets_it_in_with_the_key()
    {
        var browser = exposed.Browser();
        var first = await browser.GetAsync(U("/search?q=Astana"));
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal("/login?return=%2Fsearch%3Fq%3DAstana", first.Headers.Location?.OriginalString);

        string token = await DossierFactory.AntiforgeryToken(browser, "/login");
        var wrong = await browser.PostAsync(U("/login?return=%2Fsearch"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token, ["key"] = "nope" }));
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);

        var signIn = await browser.PostAsync(U("/login?return=%2Fsearch"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token, ["key"] = Key }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Equal("/search", signIn.Headers.Location?.OriginalString);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("dossier_key=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Key, cookie, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(U("/search?q=Astana"))).StatusCode);
    }

    [Fact]
    public async Task Never_redirects_off_site_after_signing_in()
    {
        var browser = exposed.Browser();
        string token = await DossierFactory.AntiforgeryToken(browser, "/login");
        var signIn = await browser.PostAsync(U("/login?return=%2F%2Fevil.example%2F"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token, ["key"] = Key }));
        Assert.Equal("/", signIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task On_loopback_answers_only_to_loopback_host_names()
    {
        var client = seeds.App.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(U("/api/articles"))).StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, U("/api/articles"));
        request.Headers.Host = "attacker.example";
        await AssertProblem(await client.SendAsync(request), HttpStatusCode.BadRequest, "DOS1105");
    }

    [Fact]
    public async Task Sends_security_headers_that_forbid_scripts()
    {
        var response = await seeds.App.CreateClient().GetAsync(U("/"));
        string csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("script-src", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080", null, "DOS1101")]
    [InlineData("http://*:5080", null, "DOS1101")]
    [InlineData("http://192.168.1.20:5080", null, "DOS1101")]
    [InlineData("http://127.0.0.1:5080;http://[::]:5080", null, "DOS1101")]
    [InlineData("http://0.0.0.0:5080", "short", "DOS1103")]
    [InlineData("ftp://127.0.0.1:5080", null, "DOS1102")]
    public void Refuses_to_start_exposed_without_a_good_key(string urls, string? key, string code)
    {
        var ex = Assert.Throws<InvalidOperationException>(() => WebHost.Build([], new WebSettings { Db = Path.Combine(seeds.Folder, "never.db"), Urls = urls, ApiKey = key }));
        Assert.StartsWith(code + ":", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", true)]
    [InlineData("http://localhost:5080", true)]
    [InlineData("http://[::1]:5080", true)]
    [InlineData("http://127.0.0.1:5080;http://localhost:5081", true)]
    [InlineData("http://0.0.0.0:5080", false)]
    [InlineData("http://example.org:80", false)]
    public void Knows_which_addresses_are_loopback(string urls, bool loopback) =>
        Assert.Equal(loopback, new WebSettings { Urls = urls }.LoopbackOnly);
}

/// <summary>The key check sees the addresses ASP.NET Core's own settings would bind, not only Dossier's.</summary>
public sealed class BoundAddressTests
{
    [Theory]
    [InlineData("urls", "http://0.0.0.0:5000", false)]
    [InlineData("urls", "http://localhost:5000", true)]
    [InlineData("http_ports", "8080", false)]
    [InlineData("https_ports", "8443", false)]
    [InlineData("unrelated", "x", true)]
    public void Reads_aspnetcore_urls_and_ports(string key, string value, bool loopback)
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [key] = value }).Build();
        Assert.Equal(loopback, WebSettings.From(configuration).LoopbackOnly);
    }

    [Fact]
    public void Dossier_urls_win_over_aspnetcore_urls()
    {
        var configuration = new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["urls"] = "http://0.0.0.0:5000", ["Dossier:Urls"] = "http://127.0.0.1:5080" }).Build();
        Assert.Equal("http://127.0.0.1:5080", WebSettings.From(configuration).Urls);
    }
}
