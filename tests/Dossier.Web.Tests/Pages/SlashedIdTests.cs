using System.Net;
using Dossier.Model;
using Dossier.Storage;
using Dossier.Storage.Sqlite;
using Microsoft.AspNetCore.Builder;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Pages;

/// <summary>
/// Article ids may hold a slash (the scale benchmark's copies are <c>copy3/1329-dd3704</c>). A page links such an id as
/// one escaped segment, and the link must lead to the article, in the pages and in the API; a literal "%2F" in an id
/// is an id of its own.
/// </summary>
public sealed class SlashedIdTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-slashed-").FullName;
    private WebApplication? server;
    private HttpClient client = null!;

    // The real server, not the test host: what the server leaves escaped in a path is what this is about.
    public async Task InitializeAsync()
    {
        string db = Path.Combine(folder, "slashed.db");
        using (var store = SqliteArticleStore.Open(db))
        {
            foreach (var (id, title, speaker) in new[] { ("wire/2024/one", "Slashed wire story", "Peskov"), ("odd%2Fid", "Percent story", "Lavrov") })
            {
                string text = $"“Talks went well.” {speaker} said on Monday.";
                var doc = new Document(id, text, new ArticleMetadata { Source = title + ".txt", Title = title, Outlet = "TASS", Published = new DateOnly(2024, 7, 1) });
                doc.Quotes.Add(new QuoteMention(1, 17, "direct", new MentionRef(19, 19 + speaker.Length), "said") { VerbClass = "say" });
                store.Save(new ArticleRecord(id, 1, "hash-" + title, doc.Metadata, text, DateTimeOffset.UnixEpoch), doc);
            }
        }

        server = WebHost.Build([], new WebSettings { Db = db, Urls = "http://127.0.0.1:0" });
        await server.StartAsync();
        client = new HttpClient { BaseAddress = new Uri(server.Urls.First()) };
    }

    public async Task DisposeAsync()
    {
        client.Dispose();
        if (server is not null)
        {
            await server.StopAsync();
            await server.DisposeAsync();
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_link_to_an_article_whose_id_holds_a_slash_leads_to_it()
    {
        var browser = client;
        string quotes = await browser.GetStringAsync(U("/quotes"));
        Assert.Contains("href=\"/articles/wire%2F2024%2Fone?start=1&amp;end=17#evidence\"", quotes, StringComparison.Ordinal);
        Assert.Contains("href=\"/articles/odd%252Fid?start=1&amp;end=17#evidence\"", quotes, StringComparison.Ordinal);

        string page = await browser.GetStringAsync(U("/articles/wire%2F2024%2Fone?start=1&end=17"));
        Assert.Contains("Slashed wire story", page, StringComparison.Ordinal);
        Assert.Contains("Slashed wire story", await browser.GetStringAsync(U("/articles/wire%2f2024%2fone")), StringComparison.Ordinal);
        Assert.Contains("Percent story", await browser.GetStringAsync(U("/articles/odd%252Fid")), StringComparison.Ordinal);

        using var article = await Json(await client.GetAsync(U("/api/articles/wire%2F2024%2Fone")));
        Assert.Equal("wire/2024/one", article.RootElement.GetProperty("article").GetProperty("id").GetString());
        using var versions = await Json(await client.GetAsync(U("/api/articles/wire%2F2024%2Fone/versions")));
        var version = Assert.Single(versions.RootElement.EnumerateArray());
        Assert.Equal("/articles/wire%2F2024%2Fone", version.GetProperty("evidence").GetString());

        // The slash written plainly is a path of three segments, and an escape that names no id finds nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(U("/articles/wire/2024/one"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync(U("/articles/odd%2Fid"))).StatusCode);
    }
}
