using System.Text.Json;
using Dossier.Temporal;
using Dossier.Temporal.Evaluation;

namespace Dossier.Tests.Temporal;

/// <summary>
/// The quality floors pinned in baselines/temporal.json: TempEval-3 figures on TimeBank + AQUAINT (and AQUAINT
/// alone) and Recognizers-Text shares for the categories the stage supports. A floor only moves up.
/// </summary>
public sealed class TemporalEvaluationFloorTests
{
    private static readonly TemporalStage Stage = new();

    private static JsonElement Baseline(string section)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.RepoRoot(), "baselines", "temporal.json")));
        return json.RootElement.GetProperty(section).Clone();
    }

    [Fact]
    public void TempEval3_figures_stay_at_or_above_their_floors()
    {
        var timeBank = TempEvalScorer.Score("TimeBank", TimeMLReader.ReadFolder(TestData.Shared("tempeval3", "TimeBank")), Stage);
        var aquaint = TempEvalScorer.Score("AQUAINT", TimeMLReader.ReadFolder(TestData.Shared("tempeval3", "AQUAINT")), Stage);
        var all = timeBank + aquaint;
        var floors = Baseline("tempeval3");
        Check(floors.GetProperty("TimeBank+AQUAINT"), all);
        Check(floors.GetProperty("AQUAINT"), aquaint);
        Check(floors.GetProperty("TimeBank"), timeBank);
    }

    [Fact]
    public void Recognizers_text_shares_stay_at_or_above_their_floors()
    {
        var categories = RecognizersTextEvaluator.Evaluate(TestData.Shared("recognizers-text", "Specs", "DateTime", "English"), Stage)
            .ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var floor in Baseline("recognizers_text").EnumerateObject())
        {
            Assert.True(categories.TryGetValue(floor.Name, out var c), $"category {floor.Name} is no longer scored");
            Assert.True(c.Share >= floor.Value.GetDouble(), $"{floor.Name}: {c.Share:F3} < floor {floor.Value.GetDouble():F3}");
        }
    }

    private static void Check(JsonElement floors, TempEvalScores s)
    {
        var measured = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["strict_f1"] = s.StrictF1,
            ["relaxed_f1"] = s.RelaxedF1,
            ["type_accuracy"] = s.TypeAccuracy,
            ["value_accuracy"] = s.ValueAccuracy,
            ["value_f1"] = s.ValueF1,
        };
        foreach (var floor in floors.EnumerateObject())
        {
            Assert.True(measured[floor.Name] >= floor.Value.GetDouble(), $"{s.Name} {floor.Name}: {measured[floor.Name]:F4} < floor {floor.Value.GetDouble():F4}");
        }
    }
}
