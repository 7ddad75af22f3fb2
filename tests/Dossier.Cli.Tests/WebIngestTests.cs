using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Ingest.Tests;
using Dossier.Ingest.Tests.Http;

namespace Dossier.Cli.Tests;

/// <summary>
/// <c>ingest --feed</c> and <c>--urls</c> against a real HTTP server on 127.0.0.1 serving real news pages from the
/// shared trafilatura set: pages are fetched, extracted and stored under their URLs; each failure names its input.
/// </summary>
public sealed class WebIngestTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-web-").FullName;

    private string Db => Path.Combine(folder, "kb.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_feed_is_read_item_by_item_and_a_broken_item_a_missing_page_and_a_timeout_are_each_named()
    {
        Uri? baseUrl = null;
        using var server = new LocalServer(async (context, _) =>
        {
            string path = context.Request.Url!.AbsolutePath;
            switch (path)
            {
                case "/feed.xml":
                    await LocalServer.WriteAsync(context, 200, $"""
                        <?xml version="1.0" encoding="utf-8"?>
                        <rss version="2.0"><channel><title>Test desk</title>
                        <item><title>Academics</title><link>{baseUrl}education/academics</link><pubDate>Mon, 20 Jan 2020 10:00:00 GMT</pubDate></item>
                        <item><title>Broken & unescaped</title><link>{baseUrl}broken</link></item>
                        <item><title>Slow</title><link>{baseUrl}slow</link></item>
                        <item><title>Gone</title><link>{baseUrl}gone</link></item>
                        <item><title>Burials</title><link>{baseUrl}news/burials</link></item>
                        </channel></rss>
                        """, "application/rss+xml; charset=utf-8");
                    break;
                case "/education/academics":
                    await LocalServer.WriteAsync(context, 200, TrafilaturaPages.Text(TrafilaturaPages.Guardian));
                    break;
                case "/news/burials":
                    await LocalServer.WriteAsync(context, 200, TrafilaturaPages.Text(TrafilaturaPages.Bbc));
                    break;
                case "/slow":
                    await Task.Delay(TimeSpan.FromSeconds(60));
                    await LocalServer.WriteAsync(context, 200, TrafilaturaPages.Text(TrafilaturaPages.Bbc));
                    break;
                default:
                    await LocalServer.WriteAsync(context, 404, "<html><body>not here</body></html>");
                    break;
            }
        });
        baseUrl = server.BaseUrl;
        string feed = new Uri(server.BaseUrl, "feed.xml").AbsoluteUri;

        var result = CliRunner.Run(folder, "ingest", "--feed", feed, "--db", Db, "--timeout", "4s", "--retries", "0", "--delay", "0");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(3, result.ErrorLines.Count);
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"error: {feed}: DOS0421: item 2 is not well-formed XML", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"error: {baseUrl}slow: DOS0440: did not answer within 4 s", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"error: {baseUrl}gone: DOS0441: answered HTTP 404", StringComparison.Ordinal));
        Assert.Contains("2 new, 0 new versions, 0 unchanged, 3 failed", result.Stderr, StringComparison.Ordinal);

        var articles = Export();
        Assert.Equal([$"{baseUrl}education/academics", $"{baseUrl}news/burials"], articles.Keys.Order(StringComparer.Ordinal));
        AssertArticle(articles[$"{baseUrl}education/academics"], TrafilaturaPages.Guardian, "Thousands of UK academics 'treated as second-class citizens'", "2020-01-20", "the Guardian");
        AssertArticle(articles[$"{baseUrl}news/burials"], TrafilaturaPages.Bbc, null, "2020-04-10", "BBC News");

        var again = CliRunner.Run(folder, "ingest", "--feed", feed, "--db", Db, "--timeout", "4s", "--retries", "0", "--delay", "0");
        Assert.True(again.Stderr.Contains("0 new, 0 new versions, 2 unchanged, 3 failed", StringComparison.Ordinal), again.ToString());
    }

    [Fact]
    public void A_url_list_names_its_bad_lines_and_failed_pages_and_stores_the_rest()
    {
        using var server = new LocalServer(async (context, _) =>
        {
            if (context.Request.Url!.AbsolutePath == "/academics")
            {
                await LocalServer.WriteAsync(context, 200, TrafilaturaPages.Text(TrafilaturaPages.Guardian));
            }
            else if (context.Request.Url.AbsolutePath == "/empty")
            {
                await LocalServer.WriteAsync(context, 200, "<html><body><nav><a href='/'>Home</a></nav></body></html>");
            }
            else
            {
                await LocalServer.WriteAsync(context, 500, "down");
            }
        });
        string list = Path.Combine(folder, "urls.txt");
        File.WriteAllLines(list, ["# today's reading", "", $"{server.BaseUrl}academics", "ftp://example.org/file", $"{server.BaseUrl}failing", $"{server.BaseUrl}empty", $"{server.BaseUrl}academics"]);

        var result = CliRunner.Run(folder, "ingest", "--urls", list, "--db", Db, "--retries", "1", "--delay", "0");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(3, result.ErrorLines.Count);
        Assert.Contains($"error: {list}:4: 'ftp://example.org/file' is not an absolute http:// or https:// URL", result.ErrorLines);
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"error: {server.BaseUrl}failing: DOS0441: answered HTTP 500 (2 attempts)", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"error: {server.BaseUrl}empty: has no article text", StringComparison.Ordinal));
        var article = Assert.Single(Export()).Value;
        AssertArticle(article, TrafilaturaPages.Guardian, "Thousands of UK academics 'treated as second-class citizens'", "2020-01-20", "the Guardian");
    }

    [Fact]
    public void A_changed_page_becomes_a_new_version_whose_differences_diff_shows_and_the_old_version_stays_readable()
    {
        string original = TrafilaturaPages.Text(TrafilaturaPages.Guardian);
        const string Opening = "<p>Thousands of academic staff at British universities";
        var closing = new Regex("<p>Jo Grady, the UCU general secretary,[^<]*</p>");
        Assert.Contains(Opening, original, StringComparison.Ordinal);
        Assert.Matches(closing, original);
        // Same article, different page furniture (a tracking script and an advert): not a new version.
        string reskinned = original.Replace("<body", "<script>var pageview = 918273;</script><body", StringComparison.Ordinal)
            .Replace("</body>", "<div class=\"advert\">Buy two, get one free</div></body>", StringComparison.Ordinal);
        string revised = closing.Replace(original.Replace(Opening, "<p>Tens of thousands of academic staff at British universities", StringComparison.Ordinal), string.Empty);
        string page = original;
        using var server = new LocalServer((context, _) => LocalServer.WriteAsync(context, 200, Volatile.Read(ref page)));
        string url = new Uri(server.BaseUrl, "education/academics").AbsoluteUri;
        string list = Path.Combine(folder, "urls.txt");
        File.WriteAllText(list, url + "\n");

        var first = CliRunner.Run(folder, "ingest", "--urls", list, "--db", Db, "--delay", "0");
        Volatile.Write(ref page, reskinned);
        var second = CliRunner.Run(folder, "ingest", "--urls", list, "--db", Db, "--delay", "0");
        Volatile.Write(ref page, revised);
        var third = CliRunner.Run(folder, "ingest", "--urls", list, "--db", Db, "--delay", "0");
        var diff = CliRunner.Run(folder, "diff", url, "--db", Db);
        var json = CliRunner.Run(folder, "diff", url, "--db", Db, "--format", "json");
        var old = CliRunner.Run(folder, "show", url, "--db", Db, "--version", "1");
        var current = CliRunner.Run(folder, "show", url, "--db", Db);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Contains("0 new, 0 new versions, 1 unchanged", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("0 new, 1 new versions, 0 unchanged", third.Stdout, StringComparison.Ordinal);
        Assert.True(diff.ExitCode == 0, diff.ToString());
        Assert.Contains("version 1 (", diff.Stdout, StringComparison.Ordinal);
        Assert.Contains("-> version 2 (", diff.Stdout, StringComparison.Ordinal);
        Assert.Contains("{+Tens of thousands+} of academic staff", diff.Stdout, StringComparison.Ordinal);
        Assert.Contains("[-Thousands-]", diff.Stdout, StringComparison.Ordinal);
        Assert.Contains("removed\n  - Jo Grady, the UCU general secretary, said", diff.Stdout, StringComparison.Ordinal);
        using (var parsed = JsonDocument.Parse(json.Stdout))
        {
            var counts = parsed.RootElement.GetProperty("counts");
            Assert.Equal(1, counts.GetProperty("changed").GetInt32());
            Assert.Equal(1, counts.GetProperty("removed").GetInt32());
            Assert.Equal(0, counts.GetProperty("added").GetInt32());
            Assert.Equal(2, parsed.RootElement.GetProperty("to").GetProperty("version").GetInt32());
        }

        Assert.Contains("Jo Grady, the UCU general secretary", old.Stdout, StringComparison.Ordinal);
        Assert.Contains("(version 1 of 2)", old.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("Jo Grady, the UCU general secretary", current.Stdout, StringComparison.Ordinal);
        Assert.Contains("(version 2 of 2)", current.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_to_ingest_and_a_bad_timeout_are_usage_errors()
    {
        var none = CliRunner.Run(folder, "ingest", "--db", Db);
        var badTimeout = CliRunner.Run(folder, "ingest", "--urls", "x.txt", "--timeout", "soon", "--db", Db);

        Assert.Equal(2, none.ExitCode);
        Assert.Contains("DOS0446", none.Stderr, StringComparison.Ordinal);
        Assert.Equal(2, badTimeout.ExitCode);
        Assert.Contains("DOS0445: --timeout soon", badTimeout.Stderr, StringComparison.Ordinal);
    }

    private Dictionary<string, JsonElement> Export()
    {
        var export = CliRunner.Run(folder, "export", "--db", Db);
        using var json = JsonDocument.Parse(export.Stdout);
        return json.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("source").GetString()!, a => a.Clone(), StringComparer.Ordinal);
    }

    /// <summary>The article holds the page's gold snippets, its stated date (never the fetch date), outlet and, when given, title.</summary>
    internal static void AssertArticle(JsonElement article, string page, string? title, string published, string outlet)
    {
        string body = Regex.Replace(article.GetProperty("body").GetString()!, @"\s+", " ");
        foreach (string snippet in TrafilaturaPages.With(page))
        {
            Assert.Contains(Regex.Replace(snippet, @"\s+", " ").Trim(), body, StringComparison.Ordinal);
        }

        if (title is not null)
        {
            Assert.Equal(title, article.GetProperty("title").GetString());
        }

        Assert.Equal(published, article.GetProperty("published").GetString());
        Assert.Equal(outlet, article.GetProperty("outlet").GetString());
    }
}
