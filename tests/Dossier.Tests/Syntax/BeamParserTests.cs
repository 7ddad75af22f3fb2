using Dossier.Syntax;
using Dossier.Syntax.Training;

namespace Dossier.Tests.Syntax;

/// <summary>The beam parser: width 1 is the greedy parser, global training fits its data, the width travels in the file.</summary>
public sealed class BeamParserTests
{
    private static List<TreebankSentence> Dev() => TreebankSentence.ReadConllu(TestData.Path("ud-ewt", "en_ewt-ud-dev.conllu.gz"));

    /// <summary>Attachment accuracy of a parser on gold tags, in percent.</summary>
    private static double Uas(DependencyParser parser, IReadOnlyList<TreebankSentence> data)
    {
        int right = 0, all = 0;
        foreach (var s in data)
        {
            var (heads, _) = parser.Parse(s.Forms, s.Xpos, s.Upos);
            for (int i = 0; i < s.Length; i++)
            {
                right += heads[i] == s.Heads[i] ? 1 : 0;
                all++;
            }
        }

        return 100.0 * right / all;
    }

    [Fact]
    public void A_beam_of_width_one_parses_exactly_as_the_greedy_parser()
    {
        var parser = SyntaxModels.Default.Parser;
        if (parser.BeamWidth > 1)
        {
            // The shipped parser is a beam parser: compare on a greedy parser trained here instead.
            parser = ParserTrainer.Train(Dev().Take(200).ToList(), 2, 5);
        }

        foreach (var s in Dev().Skip(300).Take(300))
        {
            var greedy = parser.Parse(s.Forms, s.Xpos, s.Upos);
            var beam = parser.Parse(s.Forms, s.Xpos, s.Upos, 1);
            Assert.Equal(greedy.Heads, beam.Heads);
            Assert.Equal(greedy.Deprels, beam.Deprels);
        }
    }

    [Fact]
    public void The_gold_derivation_rebuilds_the_lifted_tree_with_its_relations()
    {
        foreach (var s in Dev().Take(500))
        {
            var heads = new int[s.Length + 1];
            var labels = new int[s.Length + 1];
            var names = new LabelSet(s.Deprels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            for (int i = 0; i < s.Length; i++)
            {
                heads[i + 1] = s.Heads[i] + 1;
                labels[i + 1] = names.Id(s.Deprels[i]);
            }

            int[] gold = Projectivizer.Lift(heads);
            var state = new ParserState(s.Length);
            foreach (int t in ArcEager.GoldDerivation(s.Length, gold, labels))
            {
                ArcEager.Apply(state, t);
            }

            for (int d = 1; d <= s.Length; d++)
            {
                Assert.Equal(gold[d], state.Head[d]);
                Assert.Equal(labels[d], state.Label[d]);
            }
        }
    }

    [Fact]
    public void Beam_training_on_a_few_sentences_learns_to_parse_them()
    {
        var data = Dev().Skip(40).Where(s => s.Length is >= 5 and <= 25).Take(40).ToList();
        var parser = ParserTrainer.Train(data, 10, 1, beam: 4);

        Assert.Equal(4, parser.BeamWidth);
        Assert.True(Uas(parser, data) > 97, $"UAS on its own training sentences: {Uas(parser, data):F2}");
    }

    [Fact]
    public void Early_update_also_learns_the_sentences()
    {
        // Early update throws away the rest of a sentence at its first error, so it needs more epochs.
        var data = Dev().Skip(40).Where(s => s.Length is >= 5 and <= 25).Take(40).ToList();
        var parser = ParserTrainer.Train(data, 30, 1, beam: 4, update: BeamUpdate.Early);

        Assert.True(Uas(parser, data) > 97, $"UAS on its own training sentences: {Uas(parser, data):F2}");
    }

    [Fact]
    public void A_beam_parser_file_records_its_width_and_parses_alike_when_read_back()
    {
        var data = Dev().Take(120).ToList();
        var parser = ParserTrainer.Train(data, 2, 3, beam: 3);
        var read = ModelFiles.RoundTrip(parser.Save, DependencyParser.Load);

        Assert.Equal(3, read.BeamWidth);
        foreach (var s in Dev().Skip(500).Take(50))
        {
            ModelFiles.AssertParsesAlike(parser, read, s);
        }
    }

    [Fact]
    public void A_greedy_parser_file_keeps_the_old_format()
    {
        var parser = ParserTrainer.Train(Dev().Take(60).ToList(), 1, 3);
        var bytes = ModelFiles.RoundTrip(parser.Save, File.ReadAllBytes);

        Assert.Equal("DSP1"u8.ToArray(), bytes[..4]);
        Assert.Equal(1, ModelFiles.RoundTrip(parser.Save, DependencyParser.Load).BeamWidth);
    }

    [Fact]
    public void Beam_training_is_deterministic_for_a_seed()
    {
        var data = Dev().Take(100).ToList();
        var a = ModelFiles.RoundTrip(ParserTrainer.Train(data, 2, 7, beam: 4).Save, File.ReadAllBytes);
        var b = ModelFiles.RoundTrip(ParserTrainer.Train(data, 2, 7, beam: 4).Save, File.ReadAllBytes);

        Assert.Equal(a, b);
    }

    [Fact]
    public void Pruning_drops_the_small_weights_and_keeps_the_beam_width()
    {
        var parser = ParserTrainer.Train(Dev().Take(120).ToList(), 2, 3, beam: 3);
        var pruned = parser.Pruned(2f);
        var full = (SparseModel)parser.Model;
        var small = (SparseModel)pruned.Model;

        Assert.Equal(3, pruned.BeamWidth);
        Assert.InRange(small.WeightCount, 1, full.WeightCount - 1);
        Assert.True(small.FeatureCount < full.FeatureCount);
    }

    [Fact]
    public void A_quantized_parser_keeps_its_width_and_parses_the_same_after_a_round_trip_through_its_file()
    {
        var parser = ParserTrainer.Train(Dev().Take(120).ToList(), 2, 3, beam: 3);
        var quantized = parser.Quantized(16);
        var read = ModelFiles.RoundTrip(quantized.Save, DependencyParser.Load);

        Assert.IsType<QuantizedModel>(read.Model);
        Assert.Equal(3, read.BeamWidth);
        var sentences = Dev().Skip(500).Take(150).ToList();
        foreach (var s in sentences)
        {
            var before = quantized.Parse(s.Forms, s.Xpos, s.Upos);
            var after = read.Parse(s.Forms, s.Xpos, s.Upos);
            Assert.Equal(before.Heads, after.Heads);
            Assert.Equal(before.Deprels, after.Deprels);
        }

        // 16-bit rounding changes a decision now and then, not the parser's accuracy.
        Assert.InRange(Uas(read, sentences), Uas(parser, sentences) - 1, Uas(parser, sentences) + 1);
        Assert.Throws<InvalidOperationException>(() => read.Pruned(1f));
    }
}
