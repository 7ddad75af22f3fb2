using System.IO.Compression;
using System.Text;
using Dossier.Ingest.Sources;

namespace Dossier.Ingest.Tests.Sources;

public sealed class WarcInputsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-warcinputs-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static byte[] Response(string uri, string contentType, byte[] body)
    {
        byte[] block = [.. Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: {contentType}\r\n\r\n"), .. body];
        string header = $"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2020-04-11T00:00:00Z\r\nContent-Length: {block.Length}\r\n\r\n";
        return [.. Encoding.ASCII.GetBytes(header), .. block, .. "\r\n\r\n"u8.ToArray()];
    }

    private string Write(string name, params byte[][] records)
    {
        string path = Path.Combine(folder, name);
        using var file = File.Create(path);
        foreach (var record in records)
        {
            using var gzip = new GZipStream(file, CompressionLevel.Fastest, leaveOpen: true);
            gzip.Write(record);
        }

        return path;
    }

    [Fact]
    public void A_record_over_the_page_limit_is_named_and_skipped_and_the_rest_are_read()
    {
        byte[] guardian = TrafilaturaPages.Bytes(TrafilaturaPages.Guardian);
        byte[] bbc = TrafilaturaPages.Bytes(TrafilaturaPages.Bbc);
        Assert.True(guardian.Length > 500_000 && bbc.Length < 400_000, "the test needs one page over and one under the limit");
        string path = Write("two.warc.gz",
            Response("https://www.theguardian.com/academics", "text/html; charset=utf-8", guardian),
            Response("https://www.bbc.com/news/world-us-canada-52241221", "text/html; charset=utf-8", bbc));

        var results = new WarcInputs(new IngestOptions { MaxHtmlBytes = 400_000 }).Read(path).ToList();

        var failure = Assert.Single(results, r => r.Failure is not null).Failure!;
        Assert.Equal(path, failure.Source);
        Assert.StartsWith("DOS0434: the response for https://www.theguardian.com/academics is 0.7 MB, over the 0.4 MB limit", failure.Reason, StringComparison.Ordinal);
        var article = Assert.Single(results, r => r.Input is not null).Input!;
        Assert.Equal("https://www.bbc.com/news/world-us-canada-52241221", article.Source);
        Assert.Equal(new DateOnly(2020, 4, 10), article.Given.Published);
    }

    [Fact]
    public void An_archive_without_html_pages_says_so()
    {
        string path = Write("images.warc.gz", Response("https://example.org/logo.png", "image/png", [0x89, 0x50, 0x4E, 0x47]));

        var failure = Assert.Single(new WarcInputs().Read(path)).Failure!;

        Assert.Equal("holds no HTML response with a 2xx status (1 records read); nothing to ingest", failure.Reason);
    }

    [Fact]
    public void A_folder_walk_picks_up_warc_archives()
    {
        Write("crawl.warc.gz", Response("https://www.bbc.com/news/world-us-canada-52241221", "text/html", TrafilaturaPages.Bytes(TrafilaturaPages.Bbc)));

        var result = Assert.Single(new InputReader().Read([folder]));

        Assert.Equal("https://www.bbc.com/news/world-us-canada-52241221", result.Input!.Source);
    }
}
