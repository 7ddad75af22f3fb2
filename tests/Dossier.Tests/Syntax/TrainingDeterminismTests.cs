using Dossier.Syntax;
using Dossier.Syntax.Training;

namespace Dossier.Tests.Syntax;

public sealed class TrainingDeterminismTests
{
    private static byte[] Bytes(Action<string> save)
    {
        string path = Path.GetTempFileName();
        try
        {
            save(path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Same_data_and_seed_give_the_same_tagger_and_parser()
    {
        var data = ModelFiles.DevSample();
        var a = Bytes(p => TaggerTrainer.Train(data, TagLexicon.Empty, 2, 7).Save(p));
        var b = Bytes(p => TaggerTrainer.Train(data, TagLexicon.Empty, 2, 7).Save(p));
        Assert.Equal(a, b);

        var c = Bytes(p => ParserTrainer.Train(data, 2, 7).Save(p));
        var d = Bytes(p => ParserTrainer.Train(data, 2, 7).Save(p));
        Assert.Equal(c, d);
    }

    [Fact]
    public void A_parser_trained_on_a_sample_learns_it()
    {
        var data = ModelFiles.DevSample();
        var parser = ParserTrainer.Train(data, 5, 1);
        var models = SyntaxModels.Create(SyntaxModels.Default.Tagger, SyntaxModels.Default.Lemmatizer, parser);

        // Scored on the tagger's tags, not the gold ones it was trained on; well above chance (about 10%).
        Assert.True(ParseEvaluator.Evaluate(data, models).Uas > 75);
    }
}
