using System.Text.Json;
using Dossier.Evaluation.Timelines;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Tests.Evaluation;

/// <summary>The Timeline17 figures stay at or above their floors in baselines/timeline.json.</summary>
public sealed class TimelineFloorTests
{
    [Fact]
    public void Timeline17_date_F1_and_alignment_ROUGE_stay_above_their_floors()
    {
        string root = Root();
        string data = Environment.GetEnvironmentVariable("DOSSIER_DATA") is { Length: > 0 } d ? d : Path.Combine(root, "..", "shared", "data");
        string t17 = Path.Combine(data, "timeline17");
        Assert.True(Directory.Exists(t17), $"{t17} is missing: the tests need ../shared/data beside the checkout (or DOSSIER_DATA).");
        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "baselines", "timeline.json")));
        var floors = baseline.RootElement.GetProperty("floors");

        var scores = new Timeline17Evaluator(DefaultPipeline.CreateFor(Layer.Sentences, Layer.Timexes)).Evaluate(Timeline17Topic.Folders(t17));

        Assert.Equal(14, scores.Count);
        Assert.True(scores.Average(s => s.DateF1) >= floors.GetProperty("date_f1").GetDouble(), $"date F1 {scores.Average(s => s.DateF1):0.000}");
        Assert.True(scores.Average(s => s.Align1.F1) >= floors.GetProperty("align_rouge1_f1").GetDouble(), $"align ROUGE-1 {scores.Average(s => s.Align1.F1):0.000}");
        Assert.True(scores.Average(s => s.Align2.F1) >= floors.GetProperty("align_rouge2_f1").GetDouble(), $"align ROUGE-2 {scores.Average(s => s.Align2.F1):0.000}");
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }
}
