using System.IO.Compression;
using System.Net.Sockets;
using System.Text;
using Dossier.Ingest.Sources;

namespace Dossier.Ingest.Tests.Sources;

public sealed class InputReaderTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-input-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void An_empty_file_is_refused_naming_it()
    {
        string path = Write("empty.txt", []);

        Assert.Equal((path, "is empty"), FailureOf(path));
    }

    [Fact]
    public void A_binary_file_is_refused_with_the_offset_of_its_first_NUL()
    {
        string path = Write("photo.txt", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]);

        Assert.Equal((path, "looks binary (NUL byte at offset 8), not text"), FailureOf(path));
    }

    [Fact]
    public void Invalid_UTF8_is_refused_with_the_offending_byte()
    {
        string path = Write("latin1.txt", Encoding.Latin1.GetBytes("Mokhber a déclaré"));

        var (source, reason) = FailureOf(path);
        Assert.Equal(path, source);
        Assert.StartsWith("is not valid UTF-8 (byte 0xE9 at offset 11)", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_without_reading_it()
    {
        string path = Path.Combine(folder, "huge.txt");
        using (var f = File.Create(path))
        {
            f.SetLength(50L * 1024 * 1024);
        }

        Assert.Equal((path, "is 50.0 MB; one article may be at most 10.0 MB (--max-article-mb)"), FailureOf(path));
    }

    [Fact]
    public void A_missing_path_is_named()
    {
        string path = Path.Combine(folder, "nowhere", "gone.txt");

        Assert.Equal((path, "does not exist"), FailureOf(path));
    }

    [Fact]
    public void A_file_that_cannot_be_opened_is_named_with_the_system_reason()
    {
        // A Unix socket cannot be opened as a file, even by root (a chmod 000 file can be, by root).
        string path = Path.Combine(folder, "socket.txt");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));

        var (source, reason) = FailureOf(path);
        Assert.Equal(path, source);
        Assert.StartsWith("cannot be read: ", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Folders_are_read_recursively_in_path_order_skipping_other_file_kinds()
    {
        Write("b.txt", "Second article text."u8.ToArray());
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        Write(Path.Combine("sub", "a.txt"), "Nested article text."u8.ToArray());
        Write("notes.docx", "not an article"u8.ToArray());

        var results = new InputReader().Read([folder]).ToList();

        Assert.All(results, r => Assert.Null(r.Failure));
        Assert.Equal([Path.Combine(folder, "b.txt"), Path.Combine(folder, "sub", "a.txt")], results.Select(r => r.Input!.Source));
    }

    [Fact]
    public void JSON_Lines_give_one_input_per_line_and_name_each_bad_line()
    {
        string path = Write("batch.jsonl", Encoding.UTF8.GetBytes(
            "{\"id\": \"reuters-1\", \"title\": \"T\", \"text\": \"Body one.\", \"published\": \"2024-06-11\", \"outlet\": \"Reuters\", \"url\": \"https://example.org/1\"}\n" +
            "{\"id\": \"x\", \"text\": \"\"}\n" +
            "not json\n" +
            "\n" +
            "{\"text\": \"No id here.\", \"published\": \"11/06/2024\"}\n" +
            "{\"text\": \"No id, fine.\"}\n"));

        var results = new InputReader().Read([path]).ToList();

        Assert.Equal(5, results.Count);
        var first = results[0].Input!;
        Assert.Equal(("reuters-1", "Body one.", new DateOnly(2024, 6, 11), "Reuters"), (first.Source, first.Text, first.Given.Published, first.Given.Outlet));
        Assert.Equal(path + ":2", results[1].Failure!.Source);
        Assert.Contains("no \"text\"", results[1].Failure!.Reason, StringComparison.Ordinal);
        Assert.StartsWith("is not valid JSON", results[2].Failure!.Reason, StringComparison.Ordinal);
        Assert.Contains("not a YYYY-MM-DD date", results[3].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal(path + ":6", results[4].Input!.Source);
    }

    [Fact]
    public void Gzipped_JSON_Lines_are_read()
    {
        string path = Path.Combine(folder, "batch.jsonl.gz");
        using (var gz = new GZipStream(File.Create(path), CompressionLevel.Fastest))
        {
            gz.Write("{\"id\": \"a\", \"text\": \"Alpha.\"}\n{\"id\": \"b\", \"text\": \"Beta.\"}\n"u8);
        }

        Assert.Equal(["a", "b"], new InputReader().Read([path]).Select(r => r.Input!.Source));
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_text()
    {
        string path = Write("bom.txt", [0xEF, 0xBB, 0xBF, .. "Tehran"u8.ToArray()]);

        Assert.Equal("Tehran", new InputReader().Read([path]).Single().Input!.Text);
    }

    private (string Source, string Reason) FailureOf(string path)
    {
        var result = Assert.Single(new InputReader().Read([path]));
        Assert.NotNull(result.Failure);
        return (result.Failure.Source, result.Failure.Reason);
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
