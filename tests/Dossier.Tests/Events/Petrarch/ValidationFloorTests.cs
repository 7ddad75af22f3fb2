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

    [Fact]
    public void Every_coded_event_points_at_spans_inside_its_own_sentence()
    {
        string root = RepoRoot();
        string data = Environment.GetEnvironmentVariable("DOSSIER_DATA") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        string folder = Path.Combine(data, "events", "universal-petrarch", "validate");
        Assert.True(Directory.Exists(folder), $"The shared data folder {folder} is missing (set DOSSIER_DATA).");
        var file = ValidationFile.Read(Path.Combine(folder, "PETR_Validate_records_2_02.xml"));
        var env = file.Environment;
        var dicts = PetrarchDictionaries.Load(folder, env["Verbfile"], env["Actorfile"], env["Agentfile"], env["Discardfile"], env["PICOfile"]);
        var coder = new Dossier.Events.EventCoder(dicts.Lexicon, dicts.Resolver);
        int events = 0;
        foreach (var record in file.Records)
        {
            var doc = ConlluDocument.Build(record.Id, record.Parse, record.Date);
            foreach (var e in coder.CodeSentence(doc, 0, record.Date, null))
            {
                var sentence = doc.Sentences[e.Sentence].Span;
                Assert.True(sentence.Covers(e.Trigger), $"{record.Id}: trigger {e.Trigger} outside {sentence}");
                Assert.All(e.Sources.Concat(e.Targets), a => Assert.True(sentence.Covers(a.Span), $"{record.Id}: actor {a.Span} outside {sentence}"));
                events++;
            }
        }

        Assert.True(events > 300, $"only {events} events were coded");
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
