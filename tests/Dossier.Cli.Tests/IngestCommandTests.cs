using System.Net.Sockets;
using System.Text;

namespace Dossier.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-ingest-").FullName;

    private string Db => Path.Combine(folder, "kb.db");

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void Bad_inputs_each_get_one_line_the_good_ones_are_stored_and_nothing_stored_before_changes()
    {
        var first = CliRunner.Run(folder, "ingest", RepoPaths.Seed("002_655b4ba9bfca9600"), RepoPaths.Seed("001_92e7f391879ebd38"), "--db", Db);
        Assert.True(first.ExitCode == 0, first.ToString());
        string before = CliRunner.Run(folder, "export", "--db", Db).Stdout;

        string empty = Write("empty.txt", []);
        string binary = Write("binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00]);
        string latin1 = Write("latin1.txt", Encoding.Latin1.GetBytes("Moscou a démenti."));
        string huge = Path.Combine(folder, "huge.txt");
        File.WriteAllText(huge, string.Concat(Enumerable.Repeat("Iran and Russia signed a treaty in Moscow on Friday. ", 1_000_000)));
        string missing = Path.Combine(folder, "missing.txt");
        string unreadable = Path.Combine(folder, "unreadable.txt");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(unreadable));
        string good = Write("good.txt", Encoding.UTF8.GetBytes("Talks resume\n\nJune 12, 2024\n\nIran and Russia resumed work on the treaty, officials said on Wednesday."));

        var result = CliRunner.Run(folder, "ingest", empty, binary, latin1, huge, missing, unreadable, good, RepoPaths.Seed("001_92e7f391879ebd38"), "--db", Db);

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(6, result.ErrorLines.Count);
        Assert.Contains($"error: {empty}: is empty", result.ErrorLines);
        Assert.Contains($"error: {binary}: looks binary (NUL byte at offset 6), not text", result.ErrorLines);
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"error: {latin1}: is not valid UTF-8 (byte 0xE9 at offset 10)", StringComparison.Ordinal));
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"error: {huge}: is 50.", StringComparison.Ordinal) && l.Contains("at most 10.0 MB", StringComparison.Ordinal));
        Assert.Contains($"error: {missing}: does not exist", result.ErrorLines);
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"error: {unreadable}: cannot be read: ", StringComparison.Ordinal));
        Assert.Contains("1 new, 0 new versions, 1 unchanged, 6 failed", result.Stderr, StringComparison.Ordinal);

        string after = CliRunner.Run(folder, "export", "--db", Db).Stdout;
        Assert.Contains("Iran and Russia resumed work on the treaty", after, StringComparison.Ordinal);
        Assert.Contains("\"published\": \"2024-06-12\"", after, StringComparison.Ordinal);
        foreach (string line in before.Split('\n').Where(l => l.Contains("\"body\"", StringComparison.Ordinal) || l.Contains("\"published\"", StringComparison.Ordinal)))
        {
            Assert.Contains(line, after, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Changed_content_under_the_same_path_becomes_a_new_version()
    {
        string path = Write("story.txt", Encoding.UTF8.GetBytes("Russia said talks were suspended."));
        CliRunner.Run(folder, "ingest", path, "--db", Db);
        File.WriteAllText(path, "Russia said talks were suspended. Iran denied it.");

        var second = CliRunner.Run(folder, "ingest", path, "--db", Db);
        var articles = CliRunner.Run(folder, "articles", "--db", Db, "--format", "json");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("0 new, 1 new versions, 0 unchanged, 0 failed", second.Stdout, StringComparison.Ordinal);
        Assert.Contains("\"version\": 2", articles.Stdout, StringComparison.Ordinal);
        Assert.Single(System.Text.Json.JsonDocument.Parse(articles.Stdout).RootElement.EnumerateArray());
    }

    [Fact]
    public void JSON_Lines_ingest_keeps_the_given_metadata_and_the_id_as_source()
    {
        string path = Write("batch.jsonl", Encoding.UTF8.GetBytes(
            "{\"id\": \"wire-42\", \"title\": \"Kremlin comments\", \"text\": \"Peskov said work continues.\", \"published\": \"2024-06-11\", \"outlet\": \"Reuters\", \"url\": \"https://example.org/42\"}\n" +
            "{\"id\": \"broken\"\n"));

        var result = CliRunner.Run(folder, "ingest", path, "--db", Db);
        var export = CliRunner.Run(folder, "export", "--db", Db).Stdout;

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Single(result.ErrorLines);
        Assert.StartsWith($"error: {path}:2: is not valid JSON", result.ErrorLines[0], StringComparison.Ordinal);
        Assert.Contains("\"source\": \"wire-42\"", export, StringComparison.Ordinal);
        Assert.Contains("\"outlet\": \"Reuters\"", export, StringComparison.Ordinal);
        Assert.Contains("\"title\": \"Kremlin comments\"", export, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("articles", "--no-such-option")]
    [InlineData("show")]
    [InlineData("export", "--format", "xml")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        var result = CliRunner.Run(folder, args);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.NotEmpty(result.ErrorLines);
    }

    [Fact]
    public void Reading_a_database_that_does_not_exist_is_a_usage_error_and_creates_nothing()
    {
        var result = CliRunner.Run(folder, "articles", "--db", Db);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.False(File.Exists(Db));
    }

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
