namespace Dossier.Cli.Tests;

public sealed class EvalEventsCommandTests
{
    [Fact]
    public void Eval_events_prints_recall_extra_events_and_code_accuracy_by_category()
    {
        string file = Path.Combine(RepoPaths.Shared, "data", "events", "universal-petrarch", "validate", "PETR_Validate_records_2_02.xml");
        Assert.True(File.Exists(file), $"{file} is missing: the test needs ../shared/data beside the checkout (CI has it).");
        var result = CliRunner.Run(RepoPaths.Root, "eval", "events", "--petrarch", file);
        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("recall ", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("extra events per record", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("exact-code accuracy", result.Stdout, StringComparison.Ordinal);
        Assert.Contains("COMPOUND", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_validation_file_is_named_with_its_code()
    {
        var result = CliRunner.Run(RepoPaths.Root, "eval", "events", "--petrarch", "no-such-file.xml");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.ErrorLines, l => l.Contains("DOS0610", StringComparison.Ordinal) && l.Contains("no-such-file.xml", StringComparison.Ordinal));
    }
}
