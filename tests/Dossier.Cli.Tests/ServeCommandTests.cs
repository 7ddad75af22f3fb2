namespace Dossier.Cli.Tests;

/// <summary><c>dossier serve</c> refuses to expose the workbench without a key (the server itself is tested in Dossier.Web.Tests).</summary>
public sealed class ServeCommandTests
{
    [Theory]
    [InlineData("http://0.0.0.0:5080", "DOS1101")]
    [InlineData("http://192.168.10.10:5080", "DOS1101")]
    [InlineData("ftp://127.0.0.1:5080", "DOS1102")]
    public void Refuses_to_start_when_bound_off_loopback_without_an_api_key(string urls, string code)
    {
        string folder = Directory.CreateTempSubdirectory("dossier-serve-").FullName;
        try
        {
            var result = CliRunner.Run(folder, "serve", "--urls", urls, "--db", Path.Combine(folder, "x.db"));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains(result.ErrorLines, l => l.StartsWith("error: " + code + ":", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Refuses_a_short_api_key()
    {
        string folder = Directory.CreateTempSubdirectory("dossier-serve-").FullName;
        try
        {
            var result = CliRunner.Run(folder, "serve", "--urls", "http://0.0.0.0:5080", "--api-key", "short", "--db", Path.Combine(folder, "x.db"));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("DOS1103", result.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
