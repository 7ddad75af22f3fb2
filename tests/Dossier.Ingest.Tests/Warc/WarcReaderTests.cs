using System.IO.Compression;
using System.Text;
using Dossier.Ingest.Warc;

namespace Dossier.Ingest.Tests.Warc;

public sealed class WarcReaderTests
{
    private static byte[] Record(string type, string uri, string http)
    {
        var block = Encoding.UTF8.GetBytes(http);
        var header = $"WARC/1.1\r\nWARC-Type: {type}\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-07-05T10:00:00Z\r\n" +
            $"WARC-Record-ID: <urn:uuid:{Guid.NewGuid()}>\r\nContent-Type: application/http; msgtype={type}\r\nContent-Length: {block.Length}\r\n\r\n";
        return [.. Encoding.UTF8.GetBytes(header), .. block, .. "\r\n\r\n"u8.ToArray()];
    }

    private static string Page(string text) =>
        $"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>{text}</p></body></html>";

    private static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            gzip.Write(data);
        return output.ToArray();
    }

    private static byte[] MemberPerRecord(params byte[][] records) => records.SelectMany(Gzip).ToArray();

    [Fact]
    public void Reads_responses_from_a_gzip_member_per_record_file()
    {
        var warc = MemberPerRecord(
            Record("warcinfo", "urn:x", "software: test"),
            Record("request", "https://example.org/a", "GET /a HTTP/1.1\r\n\r\n"),
            Record("response", "https://example.org/a", Page("first")),
            Record("response", "https://example.org/b", Page("second")));
        var reader = new WarcReader();
        var responses = reader.ReadResponses(new MemoryStream(warc)).ToList();
        Assert.Equal(["https://example.org/a", "https://example.org/b"], responses.Select(r => r.TargetUri.AbsoluteUri));
        Assert.Equal(200, responses[0].HttpStatus);
        Assert.Equal("text/html; charset=utf-8", responses[0].ContentType);
        Assert.Equal(new DateTimeOffset(2024, 7, 5, 10, 0, 0, TimeSpan.Zero), responses[0].Date);
        Assert.Contains("<p>second</p>", Encoding.UTF8.GetString(responses[1].Payload), StringComparison.Ordinal);
        Assert.Equal(4, reader.RecordsRead);
        Assert.Empty(reader.Problems);
    }

    [Fact]
    public void Reports_a_truncated_gzip_and_keeps_the_records_before_it()
    {
        var warc = MemberPerRecord(
            Record("response", "https://example.org/a", Page("first")),
            Record("response", "https://example.org/b", Page("second")),
            Record("response", "https://example.org/c", Page(new string('x', 5000))));
        var truncated = warc[..(warc.Length - 40)];
        var reader = new WarcReader();
        var responses = reader.ReadResponses(new MemoryStream(truncated), "crawl.warc.gz").ToList();
        Assert.Equal(2, responses.Count);
        var problem = Assert.Single(reader.Problems);
        Assert.Equal("DOS0431", problem.Code);
        Assert.Contains("crawl.warc.gz", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_an_uncompressed_warc_and_undoes_chunked_transfer_encoding()
    {
        var http = "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nHello\r\n6\r\n world\r\n0\r\n\r\n";
        var reader = new WarcReader();
        var response = Assert.Single(reader.ReadResponses(new MemoryStream(Record("response", "https://example.org/c", http))));
        Assert.Equal("Hello world", Encoding.UTF8.GetString(response.Payload));
    }

    [Fact]
    public void Reports_garbage_instead_of_a_warc()
    {
        var reader = new WarcReader();
        Assert.Empty(reader.ReadResponses(new MemoryStream("this is not a WARC file\n"u8.ToArray())));
        Assert.Equal("DOS0431", Assert.Single(reader.Problems).Code);
    }
}
