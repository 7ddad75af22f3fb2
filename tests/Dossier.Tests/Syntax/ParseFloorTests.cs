using System.Text.Json;
using Dossier.Syntax;

namespace Dossier.Tests.Syntax;

/// <summary>
/// The shipped models must not fall below the figures pinned in baselines/parse.json (measured, rounded down a
/// little). Raising a floor is a deliberate edit of that file; lowering one needs a reason in the commit.
/// </summary>
public sealed class ParseFloorTests
{
    public static TheoryData<string, string, string?> Corpora => new()
    {
        { "ewt_dev", "ud-ewt/en_ewt-ud-dev.conllu.gz", null },
        { "gum_news_dev", "gum/en_gum-ccby-dev.conllu.gz", "GUM_news" },
    };

    [Theory]
    [MemberData(nameof(Corpora))]
    public void Shipped_models_stay_above_the_pinned_floors(string name, string file, string? documentPrefix)
    {
        var gold = TreebankSentence.ReadConllu(TestData.Path(file.Split('/')));
        if (documentPrefix is not null)
        {
            gold = gold.Where(s => s.DocumentId?.StartsWith(documentPrefix, StringComparison.Ordinal) == true).ToList();
        }

        var scores = ParseEvaluator.Evaluate(gold, SyntaxModels.Default);

        using var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(TestData.RepositoryRoot(), "baselines", "parse.json")));
        var floors = baseline.RootElement.GetProperty(name);
        Assert.True(scores.Upos >= floors.GetProperty("upos").GetDouble(), $"{name} UPOS {scores.Upos:F2} < floor");
        Assert.True(scores.Xpos >= floors.GetProperty("xpos").GetDouble(), $"{name} XPOS {scores.Xpos:F2} < floor");
        Assert.True(scores.Lemma >= floors.GetProperty("lemma").GetDouble(), $"{name} lemma {scores.Lemma:F2} < floor");
        Assert.True(scores.Uas >= floors.GetProperty("uas").GetDouble(), $"{name} UAS {scores.Uas:F2} < floor");
        Assert.True(scores.Las >= floors.GetProperty("las").GetDouble(), $"{name} LAS {scores.Las:F2} < floor");
    }
}
