using System.Text.Json;
using Dossier.Entities.Ner;
using Dossier.Resources;

namespace Dossier.Tests.Entities;

/// <summary>
/// The shipped entity tagger keeps its scores: CoNLL-2003 dev and WikiGold F1 (conlleval, exact spans) at or above
/// the floors pinned in baselines/ner.json, which may only be raised.
/// </summary>
public sealed class NerBaselineTests
{
    private static readonly Lazy<NerTagger> Tagger = new(() => NerModelFile.Load(ResourceLocator.Model("en", "ner.bin.gz")));

    [Theory]
    [InlineData("conll-dev", "conll2003_dev_f1")]
    [InlineData("wikigold", "wikigold_f1")]
    public void Shipped_model_scores_at_least_its_pinned_floor(string corpus, string key)
    {
        var baseline = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedPaths.RepositoryRoot(), "baselines", "ner.json"))).RootElement;
        double floor = baseline.GetProperty(key).GetDouble();
        var evaluation = NerEvaluator.Evaluate(Tagger.Value, NerCorpora.Load(corpus, SharedPaths.Data()));
        Assert.True(evaluation.Overall.F1 >= floor, $"{corpus}: F1 {evaluation.Overall.F1:F2} is below the floor {floor} in baselines/ner.json.\n{evaluation.Report()}");
    }

    [Fact]
    public void Saving_and_loading_a_model_keeps_its_labels()
    {
        string path = Path.Combine(Path.GetTempPath(), $"ner-{Guid.NewGuid():N}.bin.gz");
        try
        {
            var docs = NerCorpora.Load("conll-dev", SharedPaths.Data()).Take(5).ToList();
            var tagger = NerTrainer.Train(docs, NerCorpora.Types, Gazetteer.Empty, WordClusters.Empty, epochs: 2, seed: 1);
            NerModelFile.Save(tagger, path);
            var loaded = NerModelFile.Load(path);
            var words = docs[0].Sentences.Select(s => s.Words).ToArray();
            Assert.Equal(tagger.Tag(words).SelectMany(x => x), loaded.Tag(words).SelectMany(x => x));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
