using Dossier.Entities.Ner;

namespace Dossier.Tests.Entities;

/// <summary>The beam decoder and model format 2: well-formed label sequences, and settings that survive saving.</summary>
public sealed class NerBeamTests
{
    private static readonly Lazy<(NerTagger Tagger, List<NerDocument> Docs)> Small = new(() =>
    {
        var docs = NerCorpora.Load("conll-dev", SharedPaths.Data()).Take(8).ToList();
        return (NerTrainer.Train(docs, NerCorpora.Types, Gazetteer.Empty, WordClusters.Empty, epochs: 2, seed: 1), docs);
    });

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void The_beam_only_emits_well_formed_BILOU_sequences(int width)
    {
        var (tagger, docs) = Small.Value;
        var beam = tagger.WithBeam(width, 30f);
        foreach (var doc in docs)
        {
            foreach (var labels in beam.Tag(doc.Sentences.Select(s => s.Words).ToArray()))
            {
                int previous = 0;
                for (int i = 0; i < labels.Length; i++)
                {
                    Assert.True(NerLabels.CanFollow(previous, labels[i]), $"{tagger.Labels.Names[labels[i]]} after {tagger.Labels.Names[previous]}");
                    previous = labels[i];
                }

                Assert.True(labels.Length == 0 || NerLabels.CanEnd(labels[^1]));
            }
        }
    }

    [Fact]
    public void A_saved_model_keeps_its_beam_temperature_and_feature_set()
    {
        var (tagger, docs) = Small.Value;
        var beam = tagger.WithBeam(3, 25f);
        string path = Path.Combine(Path.GetTempPath(), $"ner-beam-{Guid.NewGuid():N}.bin.gz");
        try
        {
            NerModelFile.Save(beam, path);
            var loaded = NerModelFile.Load(path);
            Assert.Equal((3, 25f, tagger.Extended), (loaded.BeamWidth, loaded.Temperature, loaded.Extended));
            var words = docs[1].Sentences.Select(s => s.Words).ToArray();
            Assert.Equal(beam.Tag(words).SelectMany(x => x), loaded.Tag(words).SelectMany(x => x));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_beam_width_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Small.Value.Tagger.WithBeam(0));
    }

    [Fact]
    public void The_shipped_model_decodes_with_a_beam_and_the_format_2_features()
    {
        var shipped = NerModelFile.Load(Dossier.Resources.ResourceLocator.Model("en", "ner.bin.gz"));
        Assert.True(shipped.BeamWidth > 1);
        Assert.True(shipped.Extended);
    }
}
