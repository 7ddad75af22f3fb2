using System.Text.Json;
using Dossier.Evaluation;
using Dossier.Tests.Text;
using Dossier.Text;

namespace Dossier.Tests.Evaluation;

/// <summary>Runs the evaluation of baselines/sentences.json on the shared treebanks and holds every figure to its floor.</summary>
public sealed class SentenceBaselineTests
{
    public static TheoryData<string> Sets()
    {
        var data = new TheoryData<string>();
        foreach (var set in Baseline().GetProperty("sets").EnumerateArray())
        {
            data.Add(set.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void Scores_stay_at_or_above_their_floors(string name)
    {
        var set = Baseline().GetProperty("sets").EnumerateArray().Single(s => s.GetProperty("name").GetString() == name);
        string? prefix = set.GetProperty("docs").ValueKind == JsonValueKind.Null ? null : set.GetProperty("docs").GetString();
        var documents = set.GetProperty("conllu").EnumerateArray()
            .SelectMany(f => TreebankText.Read(RepositoryPaths.SharedData(f.GetString()!), prefix))
            .ToList();
        Assert.NotEmpty(documents);

        var scores = SegmentationEvaluator.Score(TextSegmenter.Default, documents);

        var floors = set.GetProperty("floors");
        AssertFloor(name, "boundary_f1", scores.Boundaries.F1, floors);
        AssertFloor(name, "token_f1", scores.Tokens.F1, floors);
        AssertFloor(name, "word_f1", scores.Words.F1, floors);
    }

    private static void AssertFloor(string set, string figure, double measured, JsonElement floors)
    {
        double floor = floors.GetProperty(figure).GetDouble();
        Assert.True(measured >= floor, $"{set}: {figure} {measured:F4} fell below its floor {floor:F4} in baselines/sentences.json.");
    }

    private static JsonElement Baseline()
    {
        string path = Path.Combine(RepositoryPaths.Root, "baselines", "sentences.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.Clone();
    }
}
