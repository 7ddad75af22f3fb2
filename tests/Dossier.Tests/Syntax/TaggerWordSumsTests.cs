using Dossier.Syntax;

namespace Dossier.Tests.Syntax;

/// <summary>The shipped tagger, scoring from the sums it keeps per word, against the same weights scored feature by feature.</summary>
public sealed class TaggerWordSumsTests
{
    [Fact]
    public void Kept_word_sums_give_the_tags_of_scoring_every_feature()
    {
        var shipped = SyntaxModels.Default.Tagger;
        Assert.NotNull(TaggerWordSums.For(shipped, shipped.XposModel, shipped.XposRightModel, shipped.UposModel));

        // The same weights behind scorers that are not loaded models: nothing is kept, every feature is scored.
        var plain = new PosTagger(
            shipped.XposTags,
            shipped.UposTags,
            shipped.Lexicon,
            new Unkept(shipped.XposModel),
            new Unkept(shipped.UposModel),
            shipped.XposRightModel is null ? null : new Unkept(shipped.XposRightModel))
        { ExtendedUpos = shipped.ExtendedUpos };
        Assert.Null(TaggerWordSums.For(plain, plain.XposModel, plain.XposRightModel, plain.UposModel));

        var sentences = TreebankSentence.ReadConllu(TestData.Path("ud-ewt", "en_ewt-ud-dev.conllu.gz")).Take(400).ToList();

        // Twice: the second time the shipped tagger finds every word's sums kept from the first.
        for (int round = 0; round < 2; round++)
        {
            foreach (var s in sentences)
            {
                var (x, u) = shipped.Tag(s.Forms);
                var (px, pu) = plain.Tag(s.Forms);
                Assert.Equal(px, x);
                Assert.Equal(pu, u);
            }
        }
    }

    private sealed class Unkept(IScorer inner) : IScorer
    {
        public int ClassCount => inner.ClassCount;

        public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => inner.Score(features, scores);
    }
}
