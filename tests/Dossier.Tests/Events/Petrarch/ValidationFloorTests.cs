using System.Text.Json;
using Dossier.Events.Petrarch;

namespace Dossier.Tests.Events.Petrarch;

/// <summary>
/// Runs the UD-PETRARCH validation suite (../shared/data/events/universal-petrarch/validate) with its own
/// dictionaries and checks the figures against the floors pinned in baselines/events.json.
/// </summary>
public sealed class ValidationFloorTests
{
    [Fact]
    public void Validation_suite_figures_stay_at_or_above_their_pinned_floors()
    {
        string root = RepoRoot();
        string data = Environment.GetEnvironmentVariable("DOSSIER_DATA") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        string folder = Path.Combine(data, "events", "universal-petrarch", "validate");
        Assert.True(Directory.Exists(folder), $"The shared data folder {folder} is missing: the validation floors need ../shared/data (or DOSSIER_DATA).");
        var file = ValidationFile.Read(Path.Combine(folder, "PETR_Validate_records_2_02.xml"));
        var env = file.Environment;
        var dicts = PetrarchDictionaries.Load(folder, env["Verbfile"], env["Actorfile"], env["Agentfile"], env["Discardfile"], env["PICOfile"]);
        var total = PetrarchEvaluation.Run(file, dicts).Total;

        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "baselines", "events.json")));
        var floors = baseline.RootElement.GetProperty("petrarch_validate_2_02");
        Assert.True(total.Recall >= floors.GetProperty("recall_min").GetDouble(), $"recall {total.Recall:P1} fell below its floor");
        Assert.True(total.ExtraRate <= floors.GetProperty("extra_per_record_max").GetDouble(), $"extra events per record {total.ExtraRate:P1} rose above its ceiling");
        Assert.True(total.CodeAccuracy >= floors.GetProperty("code_accuracy_min").GetDouble(), $"exact-code accuracy {total.CodeAccuracy:P1} fell below its floor");
        Assert.True(total.Records >= 240, $"only {total.Records} records were evaluated; the suite has 245 in its included categories");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Dossier.slnx above {AppContext.BaseDirectory}.");
    }
}
