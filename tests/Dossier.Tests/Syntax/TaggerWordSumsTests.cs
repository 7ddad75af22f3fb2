using Dossier.Syntax;

namespace Dossier.Tests.Syntax;

/// <summary>The shipped tagger, scoring from the sums it keeps per word, against the same weights scored feature by feature.</summary>
public sealed class TaggerWordSumsTests
{
    [Fact]
    public void Kept_word_sums_give_the_tags_of_scoring_every_feature()
    {
        var shipped = SyntaxModels.Default.Tagger;
        Assert.NotNull(TaggerWordSums.For(shipped));

        var plain = Scored(shipped);
        Assert.Null(TaggerWordSums.For(plain));

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

    [Fact]
    public void Every_entry_a_sentence_holds_has_its_words_sums_when_they_are_emptied()
    {
        // A tagger of its own (the shipped weights), so its sums start empty on this thread.
        var shipped = SyntaxModels.Default.Tagger;
        var tagger = shipped.WithUpos(shipped.UposModel, shipped.ExtendedUpos, shipped.PennContext);
        var kept = TaggerWordSums.For(tagger)!;
        var models = new[] { tagger.XposModel, tagger.XposRightModel, tagger.UposModel }.OfType<IScorer>().ToList();

        // 400 sentences of the same real words (kept in the first entries) followed by 60 distinct made-up words:
        // 24,067 words, more than the sums keep (16,384), so they are emptied, and the sentence that fills them must
        // not have the entries of its first words overwritten by its later ones.
        var start = TreebankSentence.ReadConllu(TestData.Path("ud-ewt", "en_ewt-ud-dev.conllu.gz")).First().Forms;
        Span<ulong> own = stackalloc ulong[TaggerFeatures.OwnCount];
        int made = 0;
        for (int s = 0; s < 400; s++)
        {
            var sentence = start.Concat(Enumerable.Range(0, 60).Select(_ => FormattableString.Invariant($"Zq{made++}x"))).ToList();
            var atoms = TaggerFeatures.Atoms(sentence, tagger.Lexicon);
            var entries = kept.Entries(atoms, sentence.Count);
            for (int i = 0; i < sentence.Count; i++)
            {
                Assert.True(entries[i] >= 0, sentence[i]);
                TaggerFeatures.Own(atoms[i + 2], i, own);
                for (int m = 0; m < models.Count; m++)
                {
                    var expected = new float[models[m].ClassCount];
                    models[m].Score(own, expected);
                    Assert.Equal(expected, kept.Sums(entries[i], m).ToArray());
                }
            }
        }
    }

    // The same weights behind scorers that are not loaded models: nothing is kept, every feature is scored.
    private static PosTagger Scored(PosTagger shipped) => new(
        shipped.XposTags,
        shipped.UposTags,
        shipped.Lexicon,
        new Unkept(shipped.XposModel),
        new Unkept(shipped.UposModel),
        shipped.XposRightModel is null ? null : new Unkept(shipped.XposRightModel))
    {
        ExtendedUpos = shipped.ExtendedUpos,
        PennContext = shipped.PennContext,
    };

    private sealed class Unkept(IScorer inner) : IScorer
    {
        public int ClassCount => inner.ClassCount;

        public void Score(ReadOnlySpan<ulong> features, Span<float> scores) => inner.Score(features, scores);
    }
}
