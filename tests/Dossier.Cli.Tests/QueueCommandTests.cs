namespace Dossier.Cli.Tests;

/// <summary>The queue commands' usage errors and duration parsing (the queue itself is tested against PostgreSQL in Dossier.Storage.Postgres.Tests).</summary>
public sealed class QueueCommandTests
{
    [Theory]
    [InlineData("enqueue", "samples")]
    [InlineData("worker", "--once")]
    public void Queue_commands_refuse_a_SQLite_store_with_a_clear_usage_error(string command, string arg)
    {
        string folder = Directory.CreateTempSubdirectory("dossier-queue-").FullName;
        try
        {
            var result = CliRunner.Run(folder, command, arg, "--db", Path.Combine(folder, "x.db"));

            Assert.Equal(2, result.ExitCode);
            Assert.Contains("DOS1010", result.Stderr, StringComparison.Ordinal);
            Assert.False(File.Exists(Path.Combine(folder, "x.db")), "no SQLite file may be created");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_bad_lease_is_a_usage_error_naming_the_value()
    {
        var result = CliRunner.Run(RepoPaths.Root, "worker", "--db", "postgres://u:p@127.0.0.1:1/none", "--lease", "soon");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("DOS1011: --lease soon", result.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("500ms", 500)]
    [InlineData("30s", 30_000)]
    [InlineData("2m", 120_000)]
    [InlineData("1.5", 1_500)]
    [InlineData("1h", 3_600_000)]
    public void Durations_read_as_people_write_them(string text, double millis)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(millis), Durations.TryParse(text));
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("-3s")]
    [InlineData("")]
    public void Nonsense_durations_are_refused(string text)
    {
        Assert.Null(Durations.TryParse(text));
    }
}
