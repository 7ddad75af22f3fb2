using System.Net;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Api;

[Collection(SeedCollection.Name)]
public sealed class ExportApiTests(SeedStore seeds)
{
    private readonly HttpClient client = seeds.App.CreateClient();

    [Fact]
    public async Task Exports_the_knowledge_base_as_contract_2()
    {
        using var json = await Json(await client.GetAsync(U("/api/export/json")));
        var root = json.RootElement;
        Assert.Equal("dossier.export/1", root.GetProperty("schema").GetString());
        Assert.Equal(5, root.GetProperty("articles").GetArrayLength());
        foreach (string key in new[] { "entities", "events", "quotes", "claims", "agreements", "stories" })
        {
            Assert.Equal(System.Text.Json.JsonValueKind.Array, root.GetProperty(key).ValueKind);
        }
    }

    [Fact]
    public async Task Exports_articles_as_csv_with_one_row_each()
    {
        var response = await client.GetAsync(U("/api/export/articles.csv"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        string csv = await response.Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,source,version,title,outlet,wire,published", lines[0], StringComparison.Ordinal);
        Assert.Equal(6, lines.Length);
        Assert.Contains(lines, l => l.Contains(",Reuters,2024-06-11,", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"Iran, Russia relations remains unchanging", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("quotes", "article,start,end,kind,speaker")]
    [InlineData("events", "GLOBALEVENTID,SQLDATE,DateValue,Actor1Name,Actor1Code,Actor2Name,Actor2Code")]
    [InlineData("entities", "key,entity,name,type")]
    public async Task Exports_each_csv_with_its_header(string kind, string header)
    {
        string csv = await client.GetStringAsync(U($"/api/export/{kind}.csv"));
        Assert.StartsWith(header, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_articles_and_entities_exports_are_the_same_tables_however_many_rows_they_read_at_a_time()
    {
        string articles = await client.GetStringAsync(U("/api/export/articles.csv"));
        string entities = await client.GetStringAsync(U("/api/export/entities.csv"));
        using var store = Dossier.Storage.Sqlite.SqliteArticleStore.Open(seeds.Db);
        var corpus = new Dossier.Web.Storage.DocumentCache(store);
        var listing = Dossier.Corpus.Entities.MentionListing.Read(store);
        Assert.NotNull(listing);
        // Header, a row per group, and the empty end after the last line break.
        Assert.Equal(listing.Groups + 2, entities.Split("\r\n").Length);
        Assert.Contains("\r\nent:IRN,ent:IRN,Iran,GPE,", entities, StringComparison.Ordinal);
        foreach (int rows in new[] { 1, 2, 4, 5, 6 })
        {
            using var output = new MemoryStream();
            await Dossier.Web.Exports.CsvExports.WriteArticlesAsync(output, corpus, CancellationToken.None, rows);
            Assert.Equal(articles, System.Text.Encoding.UTF8.GetString(output.ToArray()));
        }

        foreach (int rows in new[] { 1, 7, listing.Groups - 1, listing.Groups, listing.Groups + 1 })
        {
            using var output = new MemoryStream();
            await Dossier.Web.Exports.CsvExports.WriteEntitiesAsync(output, corpus, CancellationToken.None, rows);
            Assert.Equal(entities, System.Text.Encoding.UTF8.GetString(output.ToArray()));
        }
    }

    [Fact]
    public async Task Refuses_an_unknown_csv_export()
    {
        string detail = await AssertProblem(await client.GetAsync(U("/api/export/passwords.csv")), HttpStatusCode.NotFound, "DOS1131");
        Assert.Contains("articles.csv", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Exports_a_markdown_timeline_listing_the_articles_by_date()
    {
        var response = await client.GetAsync(U("/api/export/timeline.md"));
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        string md = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("# Timeline", md, StringComparison.Ordinal);
        int reuters = md.IndexOf("2024-06-11: Kremlin says Russia and Iran", StringComparison.Ordinal);
        int tehran = md.IndexOf("2024-07-05: Iran, Russia relations", StringComparison.Ordinal);
        Assert.True(reuters > 0 && tehran > reuters, md);
    }
}
