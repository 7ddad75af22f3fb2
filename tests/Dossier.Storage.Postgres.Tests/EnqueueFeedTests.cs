using System.Diagnostics;
using System.Text.RegularExpressions;
using Dossier.Ingest.Tests;
using Dossier.Ingest.Tests.Http;
using Dossier.Storage.Postgres;

namespace Dossier.Storage.Postgres.Tests;

/// <summary>
/// <c>enqueue --feed</c>: the feed's pages are fetched from a real server on 127.0.0.1 and extracted when enqueued, so
/// a worker stores clean articles without touching the network; a page that fails is named and the rest are queued.
/// </summary>
public sealed class EnqueueFeedTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "Dossier.Cli.dll");

    [Fact]
    public void Feed_items_are_fetched_and_queued_a_missing_page_is_named_and_a_worker_stores_the_articles()
    {
        string db = server.NewSchema();
        Uri? baseUrl = null;
        using var site = new LocalServer(async (context, _) =>
        {
            switch (context.Request.Url!.AbsolutePath)
            {
                case "/atom.xml":
                    await LocalServer.WriteAsync(context, 200, $"""
                        <?xml version="1.0" encoding="utf-8"?>
                        <feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
                        <entry><title>Academics</title><link href="{baseUrl}academics"/><id>a</id><updated>2020-01-20T10:00:00Z</updated></entry>
                        <entry><title>Gone</title><link href="{baseUrl}gone"/><id>g</id><updated>2020-01-21T10:00:00Z</updated></entry>
                        <entry><title>Burials</title><link href="/burials"/><id>b</id><updated>2020-04-10T10:00:00Z</updated></entry>
                        </feed>
                        """, "application/atom+xml");
                    break;
                case "/academics":
                    await LocalServer.WriteAsync(context, 200, TrafilaturaPages.Text(TrafilaturaPages.Guardian));
                    break;
                case "/burials":
                    await LocalServer.WriteAsync(context, 200, TrafilaturaPages.Text(TrafilaturaPages.Bbc));
                    break;
                default:
                    await LocalServer.WriteAsync(context, 404, "missing");
                    break;
            }
        });
        baseUrl = site.BaseUrl;
        string feed = new Uri(site.BaseUrl, "atom.xml").AbsoluteUri;

        var enqueue = Run("enqueue", "--feed", feed, "--db", db, "--delay", "0", "--retries", "0");
        var twice = Run("enqueue", "--feed", feed, "--db", db, "--delay", "0", "--retries", "0");
        var worker = Run("worker", "--once", "--quiet", "--db", db);

        Assert.True(enqueue.ExitCode == 1, enqueue.Output);
        Assert.Contains($"error: {baseUrl}gone: DOS0441: answered HTTP 404", enqueue.Output, StringComparison.Ordinal);
        Assert.Contains("2 queued, 0 already queued, 1 failed", enqueue.Output, StringComparison.Ordinal);
        Assert.Contains("0 queued, 2 already queued, 1 failed", twice.Output, StringComparison.Ordinal);
        Assert.True(worker.ExitCode == 0, worker.Output);
        using var store = PostgresArticleStore.Open(db);
        var articles = store.ListArticles().ToDictionary(a => a.Source, StringComparer.Ordinal);
        Assert.Equal([$"{baseUrl}academics", $"{baseUrl}burials"], articles.Keys.Order(StringComparer.Ordinal));
        foreach (var (source, page) in new[] { ($"{baseUrl}academics", TrafilaturaPages.Guardian), ($"{baseUrl}burials", TrafilaturaPages.Bbc) })
        {
            string body = Regex.Replace(articles[source].Body, @"\s+", " ");
            Assert.All(TrafilaturaPages.With(page), snippet => Assert.Contains(snippet.Trim(), body, StringComparison.Ordinal));
        }

        Assert.Equal(new DateOnly(2020, 1, 20), articles[$"{baseUrl}academics"].Metadata.Published);
        Assert.Equal("BBC News", articles[$"{baseUrl}burials"].Metadata.Outlet);
    }

    private static (int ExitCode, string Output) Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Dll);
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["DOSSIER_DB"] = string.Empty;
        using var p = Process.Start(psi)!;
        var stderr = p.StandardError.ReadToEndAsync();
        string stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, stderr.Result + stdout);
    }
}
