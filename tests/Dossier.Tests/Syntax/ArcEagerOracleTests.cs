using Dossier.Syntax;
using Dossier.Syntax.Training;

namespace Dossier.Tests.Syntax;

public sealed class ArcEagerOracleTests
{
    /// <summary>
    /// The dynamic oracle is sound and complete on projective trees: always taking a zero-cost transition rebuilds
    /// the (lifted) gold tree of every EWT dev sentence.
    /// </summary>
    [Fact]
    public void Zero_cost_transitions_rebuild_every_lifted_dev_tree()
    {
        foreach (var sentence in TreebankSentence.ReadConllu(TestData.Path("ud-ewt", "en_ewt-ud-dev.conllu.gz")))
        {
            int n = sentence.Length;
            var heads = new int[n + 1];
            for (int i = 0; i < n; i++)
            {
                heads[i + 1] = sentence.Heads[i] + 1;
            }

            int[] gold = Projectivizer.Lift(heads);
            var state = new ParserState(n);
            while (!state.Done)
            {
                var (shift, reduce, left, right) = ArcEager.Valid(state);
                var (cs, cr, cl, cra) = ArcEager.Costs(state, gold);
                int b = state.Front;
                int t = left && cl == 0 ? ArcEager.Left(0)
                    : right && cra == 0 ? ArcEager.Right(0)
                    : reduce && cr == 0 ? ArcEager.Reduce
                    : shift && cs == 0 ? ArcEager.Shift
                    : throw new InvalidOperationException($"no zero-cost transition at word {b} in: {string.Join(' ', sentence.Forms)}");
                ArcEager.Apply(state, t);
            }

            for (int d = 1; d <= n; d++)
            {
                int built = state.Head[d] < 0 ? 0 : state.Head[d];
                Assert.True(gold[d] == built, $"word {d} of '{string.Join(' ', sentence.Forms)}': gold head {gold[d]}, built {built}");
            }
        }
    }
}
