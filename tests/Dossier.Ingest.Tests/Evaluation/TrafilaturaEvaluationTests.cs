using System.Text.Json;
using Dossier.Ingest.Evaluation;

namespace Dossier.Ingest.Tests.Evaluation;

public sealed class TrafilaturaEvaluationTests
{
    private static readonly TrafilaturaCase Case = new("https://example.org", "x.html", ["must  be\nhere", "also this"], ["never this"], null);

    [Fact]
    public void Counts_snippets_as_trafilatura_does_with_whitespace_normalised()
    {
        var result = TrafilaturaEvaluation.Score(Case, "Text where must be here, and never this.", null);
        Assert.Equal(new SnippetCounts(1, 1, 1, 0), result.Counts);
        Assert.Equal(["also this"], result.Missed);
        Assert.Equal(["never this"], result.Leaked);
    }

    [Fact]
    public void Counts_a_crash_as_an_empty_result()
    {
        var result = TrafilaturaEvaluation.Score(Case, null, null, "boom");
        Assert.Equal(new SnippetCounts(0, 0, 2, 1), result.Counts);
    }

    [Fact]
    public void Computes_f1_from_the_counts()
    {
        var counts = new SnippetCounts(90, 10, 10, 90);
        Assert.Equal(0.9, counts.Precision, 6);
        Assert.Equal(0.9, counts.Recall, 6);
        Assert.Equal(0.9, counts.F1, 6);
    }

    /// <summary>The quality floor pinned in baselines/extract.json, over the whole shared evaluation set (about 30 s).</summary>
    [Fact]
    public void Scores_at_least_the_pinned_floors_on_the_trafilatura_set()
    {
        var repo = RepoRoot();
        var data = SharedData.Locate() ?? throw new InvalidOperationException("DOS0484: ../shared/data not found beside the repository; CI must provide it (or set DOSSIER_DATA).");
        var dir = Path.Combine(data, "trafilatura-eval");
        Assert.True(Directory.Exists(dir), $"DOS0484: {dir} is missing; the shared data must hold trafilatura-eval.");
        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(repo, "baselines", "extract.json")));
        var floors = baseline.RootElement.GetProperty("floors");

        var report = TrafilaturaEvaluation.Run(dir, TrafilaturaEvaluation.Load(dir));

        Assert.Equal(990, report.Results.Count);
        Assert.True(report.Counts.F1 >= floors.GetProperty("f1").GetDouble(), $"F1 {report.Counts.F1:0.0000} fell below its floor");
        Assert.True(report.Counts.Precision >= floors.GetProperty("precision").GetDouble(), $"precision {report.Counts.Precision:0.0000} fell below its floor");
        Assert.True(report.Counts.Recall >= floors.GetProperty("recall").GetDouble(), $"recall {report.Counts.Recall:0.0000} fell below its floor");
        Assert.True(report.DateAccuracy >= floors.GetProperty("date_accuracy").GetDouble(), $"date accuracy {report.DateAccuracy:0.0000} fell below its floor");
        Assert.Equal(0, report.Errors);
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
                return dir.FullName;
        }
        throw new InvalidOperationException("Dossier.slnx not found above the test binaries.");
    }
}
