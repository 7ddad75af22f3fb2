using Dossier.Syntax;
using Dossier.Syntax.Training;

namespace Dossier.Tests.Syntax;

/// <summary>
/// The parser's jackknife (<c>train parser --tagger-right-context --tagger-extended-upos</c>): the fold taggers are
/// trained with the given tagger options, so the parser learns from the errors of the two-pass tagger it runs with;
/// without them the retagging is that of the one-pass taggers the shipped models were trained on.
/// </summary>
public sealed class ParserJackknifeTests
{
    private const int Seed = 3;

    private static TaggerTrainingOptions TwoPass() => new(1, Seed) { RightContext = true, ExtendedUpos = true };

    [Fact]
    public void The_fold_taggers_are_trained_with_the_given_options()
    {
        var data = ModelFiles.DevSample();
        var retagged = Jackknife.Retag(data, TagLexicon.Empty, 3, TwoPass());

        // The second of three folds (sentences 50 to 99) is tagged by a tagger trained on the other two with seed + 1.
        var others = data.Take(50).Concat(data.Skip(100)).ToList();
        var tagger = TaggerTrainer.Train(others, TagLexicon.Empty, TwoPass() with { Seed = Seed + 1 });
        for (int s = 50; s < 100; s++)
        {
            var (xpos, upos) = tagger.Tag(data[s].Forms);
            Assert.Equal(xpos, retagged[s].Xpos);
            Assert.Equal(upos, retagged[s].Upos);
            Assert.Equal(data[s].Heads, retagged[s].Heads);
        }
    }

    [Fact]
    public void Two_pass_fold_taggers_tag_otherwise_than_one_pass_ones()
    {
        var data = ModelFiles.DevSample();
        var onePass = Jackknife.Retag(data, TagLexicon.Empty, 3, 1, Seed);
        var twoPass = Jackknife.Retag(data, TagLexicon.Empty, 3, TwoPass());

        Assert.NotEqual(Tags(onePass), Tags(twoPass));
    }

    [Fact]
    public void Without_tagger_options_the_retagging_is_the_one_pass_one_and_deterministic()
    {
        var data = ModelFiles.DevSample();
        var shipped = Tags(Jackknife.Retag(data, TagLexicon.Empty, 3, 1, Seed));

        Assert.Equal(shipped, Tags(Jackknife.Retag(data, TagLexicon.Empty, 3, new TaggerTrainingOptions(1, Seed))));
        Assert.Equal(shipped, Tags(Jackknife.Retag(data, TagLexicon.Empty, 3, 1, Seed)));
        Assert.Equal(Tags(Jackknife.Retag(data, TagLexicon.Empty, 3, TwoPass())), Tags(Jackknife.Retag(data, TagLexicon.Empty, 3, TwoPass())));
    }

    private static List<string> Tags(List<TreebankSentence> sentences) =>
        [.. sentences.Select(s => string.Join(' ', s.Xpos) + " | " + string.Join(' ', s.Upos))];
}
