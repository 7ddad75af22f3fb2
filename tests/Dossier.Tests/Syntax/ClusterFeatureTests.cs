using Dossier.Syntax;
using Dossier.Syntax.Training;

namespace Dossier.Tests.Syntax;

/// <summary>Word clusters given at training time travel inside the tagger and parser files and are read back.</summary>
public sealed class ClusterFeatureTests
{
    private static List<TreebankSentence> Sample() => TreebankSentence.ReadConllu(TestData.Path("ud-ewt", "en_ewt-ud-dev.conllu.gz")).Take(120).ToList();

    /// <summary>A tiny cluster table: two classes, so the cluster templates fire for the words in it.</summary>
    private static Dictionary<string, string> Clusters() => new(StringComparer.Ordinal)
    {
        ["the"] = "0000", ["a"] = "0001", ["said"] = "1100", ["told"] = "1101", ["iran"] = "101010", ["russia"] = "101011",
    };

    [Fact]
    public void A_tagger_trained_with_clusters_is_read_back_with_them_and_tags_alike()
    {
        var data = Sample();
        var tagger = TaggerTrainer.Train(data, TagLexicon.Empty.WithClusters(Clusters()), 2, 3);
        var read = ModelFiles.RoundTrip(tagger.Save, PosTagger.Load);

        Assert.Equal(6, read.Lexicon.ClusterCount);
        Assert.NotEqual(WordCluster.None, read.Lexicon.ClusterOf("Iran"));
        string[] words = ["Iran", "said", "the", "talks", "with", "Russia", "went", "well", "."];
        var (x, u) = tagger.Tag(words);
        var (rx, ru) = read.Tag(words);
        Assert.Equal(x, rx);
        Assert.Equal(u, ru);
    }

    [Fact]
    public void A_parser_trained_with_clusters_is_read_back_with_them_and_parses_alike()
    {
        var data = Sample();
        var parser = ParserTrainer.Train(data, 2, 3, clusters: Clusters());
        var read = ModelFiles.RoundTrip(parser.Save, DependencyParser.Load);

        Assert.Equal(6, read.Clusters.Count);
        ModelFiles.AssertParsesAlike(parser, read, data[7]);
    }

    [Fact]
    public void Without_clusters_the_models_carry_none()
    {
        var data = Sample();
        var tagger = ModelFiles.RoundTrip(TaggerTrainer.Train(data, TagLexicon.Empty, 1, 3).Save, PosTagger.Load);
        var parser = ModelFiles.RoundTrip(ParserTrainer.Train(data, 1, 3).Save, DependencyParser.Load);

        Assert.Equal(0, tagger.Lexicon.ClusterCount);
        Assert.Equal(0, parser.Clusters.Count);
    }
}
