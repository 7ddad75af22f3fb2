using System.Net;
using System.Text;
using Dossier.Model;
using Dossier.Storage;
using Dossier.Storage.Sqlite;
using static Dossier.Web.Tests.Http;

namespace Dossier.Web.Tests.Pages;

/// <summary>The quotes page and <c>/api/quotes</c> over more quotes than a page shows: read a page at a time, in order, with a pager.</summary>
public sealed class QuotesPageTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-quotes-").FullName;
    private readonly DossierFactory app;

    public QuotesPageTests()
    {
        string db = Path.Combine(folder, "quotes.db");
        using (var store = SqliteArticleStore.Open(db))
        {
            // Two articles: 130 quotes by Peskov (TASS) and 100 by Lavrov (no outlet), each "“Point N.” Speaker said."
            foreach (var (id, speaker, outlet, count, day) in new[] { ("tass-1", "Peskov", "TASS", 130, 5), ("plain-1", "Lavrov", (string?)null, 100, 4) })
            {
                var body = new StringBuilder();
                var quotes = new List<QuoteMention>();
                for (int i = 0; i < count; i++)
                {
                    int start = body.Length + 1;
                    body.Append($"“Point {i:D3}.” ");
                    int end = body.Length - 2;
                    quotes.Add(new QuoteMention(start, end, "direct", new MentionRef(body.Length, body.Length + speaker.Length), "said") { VerbClass = "say" });
                    body.Append(speaker).Append(" said. ");
                }

                string text = body.ToString().TrimEnd();
                var doc = new Document(id, text, new ArticleMetadata { Source = id + ".txt", Title = id, Outlet = outlet, Published = new DateOnly(2024, 7, day) });
                doc.Quotes.AddRange(quotes);
                store.Save(new ArticleRecord(id, 1, "hash-" + id, doc.Metadata, text, DateTimeOffset.UnixEpoch), doc);
            }
        }

        app = new DossierFactory(db);
    }

    public void Dispose()
    {
        app.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task The_quotes_page_shows_a_hundred_quotes_by_speaker_with_a_pager_that_keeps_the_filter()
    {
        var browser = app.Browser();
        string first = await browser.GetStringAsync(U("/quotes"));
        Assert.Contains("Quotes 1&#x2013;100 of 230.", first, StringComparison.Ordinal);
        Assert.Equal(100, Rows(first));
        // Lavrov before Peskov; within a speaker, in the article's order.
        Assert.Contains("<td>Lavrov</td><td>&#x2014;</td><td>said</td><td><a href=\"/articles/plain-1?start=1&amp;end=11#evidence\">Point 000.</a>", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Peskov", first, StringComparison.Ordinal);
        Assert.Contains("href=\"/quotes?page=2\"", first, StringComparison.Ordinal);

        string last = await browser.GetStringAsync(U("/quotes?page=3"));
        Assert.Contains("Quotes 201&#x2013;230 of 230.", last, StringComparison.Ordinal);
        Assert.Equal(30, Rows(last));
        Assert.Contains("Point 129.", last, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", last, StringComparison.Ordinal);

        string filtered = await browser.GetStringAsync(U("/quotes?speaker=pesk&page=2"));
        Assert.Contains("Quotes 101&#x2013;130 of 130.", filtered, StringComparison.Ordinal);
        Assert.Contains("href=\"/quotes?speaker=pesk&amp;page=1\"", filtered, StringComparison.Ordinal);

        // The form sends both fields; a blank outlet keeps Lavrov's quotes, which have none.
        string blank = await browser.GetStringAsync(U("/quotes?speaker=&outlet="));
        Assert.Contains("Quotes 1&#x2013;100 of 230.", blank, StringComparison.Ordinal);

        string beyond = await browser.GetStringAsync(U("/quotes?page=9"));
        Assert.Contains("No quotes on page 9; there are 230.", beyond, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync(U("/quotes?page=0"))).StatusCode);
    }

    [Fact]
    public async Task The_quote_api_pages_through_every_quote_in_the_articles_order()
    {
        var client = app.CreateClient();
        var texts = new List<string>();
        string? next = "/api/quotes?page_size=90";
        while (next is not null)
        {
            using var json = await Json(await client.GetAsync(U(next)));
            Assert.Equal(230, json.RootElement.GetProperty("total").GetInt32());
            texts.AddRange(json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("span").GetProperty("text").GetString()!));
            next = json.RootElement.GetProperty("next").GetString();
        }

        // The earlier article (Lavrov's, 4 July) first, each article's quotes in order.
        Assert.Equal(Enumerable.Range(0, 100).Select(i => $"Point {i:D3}.").Concat(Enumerable.Range(0, 130).Select(i => $"Point {i:D3}.")), texts);
        using var verb = await Json(await client.GetAsync(U("/api/quotes?speaker=ent:none&verb=SAI&article=tass-1&page_size=1")));
        Assert.Equal(0, verb.RootElement.GetProperty("total").GetInt32());
        using var article = await Json(await client.GetAsync(U("/api/quotes?verb=SAI&article=tass-1&page_size=1")));
        Assert.Equal(130, article.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_quotes_export_is_the_same_table_however_many_rows_it_reads_at_a_time()
    {
        string served = await app.CreateClient().GetStringAsync(U("/api/export/quotes.csv"));
        var lines = served.Split("\r\n");
        Assert.Equal(232, lines.Length); // header, 230 quotes, and the empty end after the last line break
        Assert.StartsWith("plain-1,1,11,direct,Lavrov,,said,say,,2024-07-04,Point 000.", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("tass-1,", lines[101], StringComparison.Ordinal);
        using var store = Dossier.Storage.Sqlite.SqliteArticleStore.Open(Path.Combine(folder, "quotes.db"));
        var corpus = new Dossier.Web.Storage.DocumentCache(store);
        foreach (int rows in new[] { 7, 100, 229, 230, 231 })
        {
            using var output = new MemoryStream();
            await Dossier.Web.Exports.CsvExports.WriteQuotesAsync(output, corpus, CancellationToken.None, rows);
            Assert.Equal(served, Encoding.UTF8.GetString(output.ToArray()));
        }
    }

    private static int Rows(string html) => html.Split("<tr>").Length - 2;
}
