using System.Text.Json;
using Dossier.Evaluation.Quotes;
using Dossier.Model;
using Dossier.Pipeline;
using Dossier.Quotes;

namespace Dossier.Tests.Evaluation.Quotes;

/// <summary>Runs the quotes stage on PolNeAR dev (../shared/data/polnear) and checks the figures against baselines/quotes.json.</summary>
public sealed class PolnearFloorTests
{
    [Fact]
    public void PolNeAR_dev_figures_stay_at_or_above_their_pinned_floors()
    {
        string root = RepoRoot();
        string data = Environment.GetEnvironmentVariable("DOSSIER_DATA") ?? Path.GetFullPath(Path.Combine(root, "..", "shared", "data"));
        string dev = Path.Combine(data, "polnear", "dev");
        Assert.True(Directory.Exists(dev), $"The shared data folder {dev} is missing: the quote floors need ../shared/data (or DOSSIER_DATA).");
        var articles = PolnearArticle.ReadSplit(dev);
        Assert.True(articles.Count >= 80, $"only {articles.Count} dev articles were read; PolNeAR dev has 84");

        var (speech, _) = new PolnearEvaluator(DefaultPipeline.CreateFor(Layer.Quotes), ReportingVerbs.Default).Evaluate(articles);

        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "baselines", "quotes.json")));
        var floors = baseline.RootElement.GetProperty("polnear_dev_speech");
        Assert.True(speech.Loose.F1 >= floors.GetProperty("loose_f1_min").GetDouble(), $"loose content F1 {speech.Loose.F1:0.000} fell below its floor");
        Assert.True(speech.Strict.F1 >= floors.GetProperty("strict_f1_min").GetDouble(), $"strict content F1 {speech.Strict.F1:0.000} fell below its floor");
        Assert.True(speech.SpeakerAccuracy >= floors.GetProperty("speaker_accuracy_min").GetDouble(), $"speaker accuracy {speech.SpeakerAccuracy:0.000} fell below its floor");
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
