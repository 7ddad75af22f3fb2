namespace Dossier.Cli.Tests;

/// <summary><c>dossier bench</c> refuses bad options with a usage error (its figures are measured, never tested).</summary>
public sealed class BenchCommandTests
{
    [Theory]
    [InlineData("--repeat", "0")]
    [InlineData("--threads", "0")]
    public void Refuses_fewer_than_one_run_or_thread(string option, string value)
    {
        var result = CliRunner.Run(RepoPaths.Root, "bench", "--articles", "1", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("DOS1302", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--beam-margin", "-3")]
    [InlineData("--beam-margin", "wide")]
    [InlineData("--decode-beam", "0")]
    public void Refuses_a_negative_beam_margin_or_an_empty_beam_naming_the_option(string option, string value)
    {
        var result = CliRunner.Run(RepoPaths.Root, "bench", "--articles", "1", option, value);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("DOS0230", StringComparison.Ordinal) && l.Contains(option, StringComparison.Ordinal) && l.Contains(value, StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_a_missing_text_folder_naming_it()
    {
        string missing = Path.Combine(Path.GetTempPath(), "dossier-no-such-t17-" + Guid.NewGuid().ToString("N"));
        var result = CliRunner.Run(RepoPaths.Root, "bench", "--t17", missing);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("DOS1301", StringComparison.Ordinal) && l.Contains(missing, StringComparison.Ordinal));
    }
}
