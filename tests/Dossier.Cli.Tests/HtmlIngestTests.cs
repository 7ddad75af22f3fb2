using System.Text;
using System.Text.Json;

namespace Dossier.Cli.Tests;

public sealed class HtmlIngestTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-html-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_saved_page_is_stored_as_its_article_with_its_metadata_and_without_page_furniture()
    {
        const string page = """
            <!doctype html><html lang="en"><head><meta charset="utf-8">
            <title>Kremlin: pact work goes on | Example News</title>
            <meta property="og:title" content="Kremlin says pact work goes on">
            <meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2024-06-11T10:00:00Z">
            <script>window.tracker = "do not keep";</script></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
            <article><h1>Kremlin says pact work goes on</h1>
            <p>Moscow and Tehran are continuing their work on a comprehensive bilateral cooperation agreement, although the schedule of specific events may shift, Kremlin spokesman Dmitry Peskov said on Tuesday.</p>
            <p>Earlier Russia's RIA state news agency reported that the agreement had been temporarily suspended, however Iran's ambassador to Moscow Kazem Jalali said this was not the case.</p>
            <p>Since the war in Ukraine began, Russia has moved to strengthen its political, trade and military ties with Iran in a deepening relationship.</p>
            </article>
            <aside class="related"><h3>Read more</h3><ul><li><a href="/x">Russia, Iran and China to hold naval drills</a></li></ul></aside>
            <footer>© Example News. All rights reserved. Subscribe to our newsletter.</footer></body></html>
            """;
        string path = Path.Combine(folder, "kremlin.html");
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(page));
        string db = Path.Combine(folder, "kb.db");

        var ingest = CliRunner.Run(folder, "ingest", folder, "--db", db);
        var again = CliRunner.Run(folder, "ingest", folder, "--db", db);
        using var export = JsonDocument.Parse(CliRunner.Run(folder, "export", "--db", db).Stdout);

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.Contains("0 new, 0 new versions, 1 unchanged", again.Stdout, StringComparison.Ordinal);
        var article = Assert.Single(export.RootElement.GetProperty("articles").EnumerateArray());
        Assert.Equal(path, article.GetProperty("source").GetString());
        Assert.Equal("Kremlin says pact work goes on", article.GetProperty("title").GetString());
        Assert.Equal("2024-06-11", article.GetProperty("published").GetString());
        Assert.Equal("Example News", article.GetProperty("outlet").GetString());
        string body = article.GetProperty("body").GetString()!;
        Assert.Contains("Kazem Jalali said this was not the case.", body, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker", body, StringComparison.Ordinal);
        Assert.DoesNotContain("naval drills", body, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", body, StringComparison.Ordinal);
    }
}
