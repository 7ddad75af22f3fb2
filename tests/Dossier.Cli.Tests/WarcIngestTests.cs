using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Dossier.Ingest.Tests;

namespace Dossier.Cli.Tests;

/// <summary>
/// <c>ingest crawl.warc.gz</c> on an archive written here the way Common Crawl's news crawl writes them (one gzip member
/// per record), holding real pages from the shared trafilatura set.
/// </summary>
public sealed class WarcIngestTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-warc-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Each_html_response_becomes_an_article_under_its_url_a_recapture_a_new_version_and_a_truncated_end_is_named()
    {
        const string Academics = "https://www.theguardian.com/education/2020/jan/20/thousands-of-uk-academics-treated-as-second-class-citizens";
        const string Burials = "https://www.bbc.com/news/world-us-canada-52241221";
        string guardian = TrafilaturaPages.Text(TrafilaturaPages.Guardian);
        const string Opening = "<p>Thousands of academic staff at British universities";
        Assert.Contains(Opening, guardian, StringComparison.Ordinal);
        string corrected = guardian.Replace(Opening, "<p>Tens of thousands of academic staff at British universities", StringComparison.Ordinal);
        byte[][] records =
        [
            Record("warcinfo", null, "2020-04-11T00:00:00Z", "software: dossier test\r\n"u8.ToArray()),
            Record("request", Academics, "2020-04-11T00:00:01Z", "GET /education HTTP/1.1\r\nHost: www.theguardian.com\r\n\r\n"u8.ToArray()),
            Record("response", Academics, "2020-04-11T00:00:02Z", Http("200 OK", "text/html; charset=utf-8", TrafilaturaPages.Bytes(TrafilaturaPages.Guardian))),
            Record("response", "https://www.bbc.com/news", "2020-04-11T00:00:03Z", Http("301 Moved Permanently", "text/html", "<a href=\"/news/\">moved</a>"u8.ToArray())),
            Record("response", "https://www.bbc.com/logo.png", "2020-04-11T00:00:04Z", Http("200 OK", "image/png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])),
            Record("response", Burials, "2020-04-11T00:00:05Z", Http("200 OK", "text/html; charset=utf-8", TrafilaturaPages.Bytes(TrafilaturaPages.Bbc))),
            Record("response", Academics, "2020-04-12T00:00:00Z", Http("200 OK", "text/html; charset=utf-8", Encoding.UTF8.GetBytes(corrected))),
            Record("response", "https://www.bbc.com/news/cut-short", "2020-04-12T00:00:01Z", Http("200 OK", "text/html; charset=utf-8", TrafilaturaPages.Bytes(TrafilaturaPages.Bbc))),
        ];
        byte[] warc = [.. records.SelectMany(Gzip)];
        string archive = Path.Combine(folder, "CC-NEWS-20200411.warc.gz");
        File.WriteAllBytes(archive, warc[..^200]);
        string db = Path.Combine(folder, "kb.db");

        var result = CliRunner.Run(folder, "ingest", archive, "--db", db);
        var again = CliRunner.Run(folder, "ingest", archive, "--db", db);
        var diff = CliRunner.Run(folder, "diff", Academics, "--db", db);
        using var export = JsonDocument.Parse(CliRunner.Run(folder, "export", "--db", db).Stdout);

        Assert.True(result.ExitCode == 1, result.ToString());
        string error = Assert.Single(result.ErrorLines);
        Assert.StartsWith($"error: {archive}: DOS0431: is truncated or corrupt after 7 records", error, StringComparison.Ordinal);
        Assert.Contains("2 new, 1 new versions, 0 unchanged, 1 failed", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("0 new, 0 new versions, 3 unchanged, 1 failed", again.Stderr, StringComparison.Ordinal);
        Assert.Contains("{+Tens of thousands+} of academic staff", diff.Stdout, StringComparison.Ordinal);
        var articles = export.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("source").GetString()!, a => a.Clone(), StringComparer.Ordinal);
        Assert.Equal([Burials, Academics], articles.Keys.Order(StringComparer.Ordinal));
        // The publication dates are the pages' own, never the capture dates (2020-04-11 and -12).
        WebIngestTests.AssertArticle(articles[Academics], TrafilaturaPages.Guardian, "Thousands of UK academics 'treated as second-class citizens'", "2020-01-20", "the Guardian");
        WebIngestTests.AssertArticle(articles[Burials], TrafilaturaPages.Bbc, null, "2020-04-10", "BBC News");
        Assert.StartsWith("Tens of thousands of academic staff", articles[Academics].GetProperty("body").GetString()!.Split("\n\n")[2], StringComparison.Ordinal);
    }

    private static byte[] Http(string status, string contentType, byte[] body) =>
        [.. Encoding.ASCII.GetBytes($"HTTP/1.1 {status}\r\nContent-Type: {contentType}\r\nContent-Length: {body.Length}\r\n\r\n"), .. body];

    private static byte[] Record(string type, string? uri, string date, byte[] block)
    {
        var header = new StringBuilder("WARC/1.1\r\n");
        header.Append("WARC-Type: ").Append(type).Append("\r\n");
        if (uri is not null)
        {
            header.Append("WARC-Target-URI: ").Append(uri).Append("\r\n");
        }

        header.Append("WARC-Date: ").Append(date).Append("\r\n");
        header.Append("WARC-Record-ID: <urn:uuid:").Append(Guid.NewGuid()).Append(">\r\n");
        header.Append("Content-Type: ").Append(type == "response" ? "application/http; msgtype=response" : "application/warc-fields").Append("\r\n");
        header.Append("Content-Length: ").Append(block.Length).Append("\r\n\r\n");
        return [.. Encoding.ASCII.GetBytes(header.ToString()), .. block, .. "\r\n\r\n"u8.ToArray()];
    }

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(data);
        }

        return output.ToArray();
    }
}
