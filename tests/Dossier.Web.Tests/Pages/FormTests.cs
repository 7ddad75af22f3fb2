using System.Net;
using System.Net.Http.Headers;
using System.Text;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Pages;

/// <summary>The ingest forms: anti-forgery, size limits, and what a stored article looks like afterwards.</summary>
[Collection(SeedCollection.Name)]
public sealed class FormTests(SeedStore seeds) : IDisposable
{
    private readonly DossierFactory app = new(seeds.CopyDb(), new Dictionary<string, string?> { ["MaxUploadBytes"] = "20000" });

    public void Dispose() => app.Dispose();

    [Fact]
    public async Task Pasted_text_is_ingested_and_the_browser_lands_on_the_article()
    {
        var browser = app.Browser();
        string token = await DossierFactory.AntiforgeryToken(browser);
        var response = await browser.PostAsync(U("/ingest/paste"), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = token, ["name"] = "../../etc/passwd", ["text"] = "Envoys meet again\n\nJuly 9, 2024\n\nASTANA – The envoys met again.",
        }));
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        string location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/articles/", location, StringComparison.Ordinal);
        string page = await browser.GetStringAsync(U(location));
        Assert.Contains("<h1>Envoys meet again</h1>", page, StringComparison.Ordinal);
        Assert.Contains("paste:passwd", page, StringComparison.Ordinal);
        Assert.DoesNotContain("../", page, StringComparison.Ordinal);
        Assert.Contains("2024-07-09", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_uploaded_file_is_ingested_under_its_name_not_its_path()
    {
        var browser = app.Browser();
        string token = await DossierFactory.AntiforgeryToken(browser);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__af");
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes("Uploaded headline\n\nJuly 10, 2024\n\nMOSCOW – An uploaded report."));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/plain");
        form.Add(file, "file", "/tmp/../secret/report.txt");
        var response = await browser.PostAsync(U("/ingest/upload"), form);
        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        string page = await browser.GetStringAsync(U(response.Headers.Location!.OriginalString));
        Assert.Contains("upload:report.txt", page, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/ingest/paste")]
    [InlineData("/ingest/upload")]
    [InlineData("/ingest/url")]
    public async Task Refuses_a_form_without_the_anti_forgery_token(string action)
    {
        var client = app.CreateClient();
        var response = await client.PostAsync(U(action), new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "Forged", ["url"] = "http://example.org/" }));
        await AssertProblem(response, HttpStatusCode.BadRequest, "DOS1106");
    }

    [Fact]
    public async Task Refuses_a_token_taken_from_another_session()
    {
        string token = await DossierFactory.AntiforgeryToken(app.Browser());
        var other = app.CreateClient();
        var response = await other.PostAsync(U("/ingest/paste"), new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token, ["text"] = "Forged" }));
        await AssertProblem(response, HttpStatusCode.BadRequest, "DOS1106");
    }

    [Fact]
    public async Task Refuses_an_oversized_upload()
    {
        var browser = app.CreateClient();
        string token = await DossierFactory.AntiforgeryToken(browser);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__af");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(new string('a', 200_000))), "file", "big.txt");
        await AssertProblem(await browser.PostAsync(U("/ingest/upload"), form), HttpStatusCode.RequestEntityTooLarge, "DOS1108");
    }

    [Fact]
    public async Task Refuses_an_upload_just_over_the_article_limit()
    {
        var browser = app.CreateClient();
        string token = await DossierFactory.AntiforgeryToken(browser);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__af");
        form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(new string('a', 20_001))), "file", "big.txt");
        await AssertProblem(await browser.PostAsync(U("/ingest/upload"), form), HttpStatusCode.RequestEntityTooLarge, "DOS1108");
    }

    [Fact]
    public async Task Refuses_a_binary_upload()
    {
        var browser = app.CreateClient();
        string token = await DossierFactory.AntiforgeryToken(browser);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__af");
        form.Add(new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]), "file", "picture.png");
        await AssertProblem(await browser.PostAsync(U("/ingest/upload"), form), HttpStatusCode.BadRequest, "DOS1119");
    }

    [Fact]
    public async Task Shows_errors_to_a_browser_as_a_page()
    {
        var response = await app.Browser().PostAsync(U("/ingest/paste"), new FormUrlEncodedContent(new Dictionary<string, string> { ["text"] = "Forged" }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("DOS1106", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
