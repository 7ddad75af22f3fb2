using System.Text;
using Dossier.Ingest.Http;
using Dossier.Ingest.Sources;
using Dossier.Ingest.Tests.Http;

namespace Dossier.Ingest.Tests.Sources;

public sealed class WebInputReaderTests : IDisposable
{
    private static readonly PageFetcherOptions Fast = new() { AttemptTimeout = TimeSpan.FromSeconds(20), MaxRetries = 0, PolitenessDelay = TimeSpan.Zero };

    private readonly string folder = Directory.CreateTempSubdirectory("dossier-webinputs-").FullName;

    static WebInputReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_feed_file_in_windows_1251_yields_its_pages_in_order_each_url_fetched_once()
    {
        using var server = new LocalServer((context, _) => LocalServer.WriteAsync(context, 200,
            TrafilaturaPages.Text(context.Request.Url!.AbsolutePath == "/a" ? TrafilaturaPages.Guardian : TrafilaturaPages.Bbc)));
        string feed = Path.Combine(folder, "feed.xml");
        File.WriteAllBytes(feed, Encoding.GetEncoding(1251).GetBytes($"""
            <?xml version="1.0" encoding="windows-1251"?>
            <rss version="2.0"><channel><title>Новости</title>
            <item><title>Первая</title><link>{server.BaseUrl}a</link></item>
            <item><title>Вторая</title><link>{server.BaseUrl}b</link></item>
            <item><title>Снова первая</title><link>{server.BaseUrl}a</link></item>
            <item><title>Без ссылки</title><link>/relative/only</link></item>
            </channel></rss>
            """));
        using var fetcher = new PageFetcher(Fast);

        var results = new WebInputReader(fetcher, parallel: 2).ReadFeed(feed).ToList();

        Assert.Equal(3, results.Count);
        Assert.Equal(feed, results[0].Failure!.Source);
        Assert.StartsWith("DOS0422: item 4 (Без ссылки) has no usable link", results[0].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal([$"{server.BaseUrl}a", $"{server.BaseUrl}b"], results.Skip(1).Select(r => r.Input!.Source));
        Assert.Equal(2, server.Requests);
    }

    [Fact]
    public void Nothing_is_fetched_before_the_inputs_are_read_and_a_page_that_is_not_html_is_named()
    {
        using var server = new LocalServer((context, _) => LocalServer.WriteAsync(context, 200, "%PDF-1.4", "application/pdf"));
        string list = Path.Combine(folder, "urls.txt");
        File.WriteAllText(list, $"{server.BaseUrl}report.pdf\n");
        using var fetcher = new PageFetcher(Fast);

        var inputs = new WebInputReader(fetcher).ReadUrls(list);
        Assert.Equal(0, server.Requests);
        var failure = Assert.Single(inputs).Failure!;

        Assert.Equal($"{server.BaseUrl}report.pdf", failure.Source);
        Assert.Equal("is application/pdf, not an HTML page", failure.Reason);
    }

    [Fact]
    public void A_feed_that_is_neither_a_file_nor_a_url_and_an_html_page_given_as_a_feed_are_named()
    {
        using var server = new LocalServer((context, _) => LocalServer.WriteAsync(context, 200, TrafilaturaPages.Text(TrafilaturaPages.Bbc)));
        using var fetcher = new PageFetcher(Fast);
        var reader = new WebInputReader(fetcher);

        var missing = Assert.Single(reader.ReadFeed(Path.Combine(folder, "nope.xml"))).Failure!;
        var page = Assert.Single(reader.ReadFeed(server.BaseUrl.AbsoluteUri)).Failure!;

        Assert.Equal("is neither a feed file nor an http:// or https:// URL", missing.Reason);
        Assert.Equal(server.BaseUrl.AbsoluteUri, page.Source);
        Assert.StartsWith("is not an RSS 2.0 or Atom feed", page.Reason, StringComparison.Ordinal);
    }
}
