using Dossier.Syntax;

namespace Dossier.Tests.Syntax;

/// <summary>What the weight-table tests share: random feature sets over a model's keys, and the check that two models score alike.</summary>
internal static class ModelScoring
{
    /// <summary>Known features (some twice) mixed with unknown ones, in random order: 1 to <paramref name="most"/> − 1 of them.</summary>
    public static ulong[] Features(Random rng, ulong[] keys, int most) =>
        [.. Enumerable.Range(0, rng.Next(1, most)).Select(_ => rng.Next(4) == 0 ? ((ulong)rng.NextInt64() << 1) | 3UL : keys[rng.Next(keys.Length)])];

    /// <summary>
    /// Random weight rows over <paramref name="classCount"/> classes: row r holds <paramref name="length"/>(r) distinct
    /// classes in random order, each with a <paramref name="weight"/>(); keys have bit 0 clear, so the unknown features of
    /// <see cref="Features"/> (bit 0 set) never meet them.
    /// </summary>
    public static (ulong[] Keys, int[] Starts, byte[] Classes, float[] Weights) RandomRows(
        Random rng, int rows, int classCount, Func<int, int> length, Func<float> weight)
    {
        var keys = new ulong[rows];
        var starts = new int[rows + 1];
        var classes = new List<byte>();
        var weights = new List<float>();
        for (int r = 0; r < rows; r++)
        {
            keys[r] = ((ulong)rng.NextInt64() << 1) | 2UL;
            starts[r] = classes.Count;
            foreach (int c in Enumerable.Range(0, classCount).OrderBy(_ => rng.Next()).Take(length(r)))
            {
                classes.Add((byte)c);
                weights.Add(weight());
            }
        }

        starts[rows] = classes.Count;
        return (keys, starts, [.. classes], [.. weights]);
    }

    /// <summary>Asserts that <paramref name="actual"/> gives exactly <paramref name="expected"/>'s scores to 100 random feature sets.</summary>
    public static void AssertSameScores(IScorer expected, IScorer actual, ulong[] keys, int most)
    {
        var rng = new Random(4);
        for (int round = 0; round < 100; round++)
        {
            var features = Features(rng, keys, most);
            var before = new float[expected.ClassCount];
            var after = new float[actual.ClassCount];
            expected.Score(features, before);
            actual.Score(features, after);
            Assert.Equal(before, after);
        }
    }
}
