using System.Runtime.CompilerServices;
using Dossier.Resources;
using Dossier.Syntax;

namespace Dossier.Tests.Syntax;

/// <summary>
/// The beam parser's memo of summed weights (<see cref="BeamScoreMemo"/>) must give every state exactly the scores
/// the model gives its features, and a template group's key must determine the group's features within a sentence.
/// </summary>
public sealed class BeamScoreMemoTests
{
    private static List<TreebankSentence> Dev() => TreebankSentence.ReadConllu(TestData.Path("ud-ewt", "en_ewt-ud-dev.conllu.gz"));

    [Fact]
    public void Every_template_is_in_exactly_one_group()
    {
        var templates = ParserFeatures.Groups.SelectMany(g => g).Order().ToList();
        Assert.Equal(Enumerable.Range(1, ParserFeatures.Count(clusters: true)), templates);
    }

    [Fact]
    public void The_memo_scores_every_state_of_the_beam_exactly_as_the_model_scores_its_features()
    {
        var parser = SyntaxModels.Default.Parser;
        var model = Assert.IsType<QuantizedModel>(parser.Model);
        var features = new ulong[ParserFeatures.Max];
        var expected = new float[model.ClassCount];
        var actual = new float[model.ClassCount];
        int states = 0, memoHits = 0;
        foreach (var s in Dev().Skip(100).Take(120))
        {
            var (w, p, u) = DependencyParser.Encode(s.Forms, s.Xpos, s.Upos);
            var input = new ParserInput(w, p, u, DependencyParser.EncodeClusters(s.Forms, parser.Clusters));
            int count = ParserFeatures.Count(input.Clusters is not null);
            var memo = BeamScoreMemo.For(model, count);
            var groupFeatures = new Dictionary<string, string>(StringComparer.Ordinal);
            var beam = new ParserBeam(s.Length, parser.BeamWidth, model.ClassCount);
            while (!beam.Done)
            {
                for (int i = 0; i < beam.Count; i++)
                {
                    var state = beam.State(i);
                    if (state.Done)
                    {
                        continue;
                    }

                    Assert.Equal(count, ParserFeatures.Extract(state, w, p, u, input.Clusters, features));
                    Array.Clear(expected);
                    model.Score(features.AsSpan(0, count), expected);
                    Array.Clear(actual);
                    memo.Score(state, input, actual);
                    Assert.Equal(expected, actual);
                    states++;
                    memoHits += CheckKeys(new ParserAtoms(state), features, count, groupFeatures);
                }

                beam.Step(model, input, -1);
            }
        }

        // The check is only worth something if states really share groups.
        Assert.True(states > 10_000, $"{states} states");
        Assert.True(memoHits > states, $"{memoHits} repeated group keys over {states} states");
    }

    /// <summary>Asserts that each group's key maps to one set of features in the sentence; returns how many keys were seen before.</summary>
    private static int CheckKeys(ParserAtoms atoms, ulong[] features, int count, Dictionary<string, string> seen)
    {
        int repeated = 0;
        Span<int> key = stackalloc int[ParserFeatures.MaxKey];
        for (int g = 0; g < ParserFeatures.Groups.Length; g++)
        {
            int size = ParserFeatures.Key(g, in atoms, key);
            string k = g + ":" + string.Join(',', key[..size].ToArray());
            string f = string.Join(',', ParserFeatures.Groups[g].Where(t => t <= count).Select(t => features[t - 1]));
            if (seen.TryGetValue(k, out var before))
            {
                Assert.Equal(before, f);
                repeated++;
            }
            else
            {
                seen[k] = f;
            }
        }

        return repeated;
    }

    [Fact]
    public void A_parser_let_go_takes_its_memo_and_weights_with_it_though_the_thread_that_parsed_lives_on()
    {
        var weights = ParseOnce();

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // A memo held in a plain thread-static field kept the weights (about 90 MB) alive as long as the thread.
        Assert.False(weights.TryGetTarget(out _), "the parser's weights outlive the parser");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static WeakReference<QuantizedModel> ParseOnce()
    {
        var parser = DependencyParser.Load(Path.Combine(ResourceLocator.Model("en"), SyntaxModels.ParserFile));
        var s = Dev()[0];
        var (heads, _) = parser.Parse(s.Forms, s.Xpos, s.Upos);
        Assert.Equal(s.Length, heads.Length);
        return new WeakReference<QuantizedModel>(Assert.IsType<QuantizedModel>(parser.Model));
    }
}
