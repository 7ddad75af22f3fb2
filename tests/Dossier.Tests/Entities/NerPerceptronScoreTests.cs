using Dossier.Entities.Ner;

namespace Dossier.Tests.Entities;

/// <summary>The NER perceptron's scores are the plain sums of its rows in feature order, on every scoring path.</summary>
public sealed class NerPerceptronScoreTests
{
    private const int Labels = 9;

    [Theory]
    [InlineData(1, 60)]
    [InlineData(2, 600)]
    public void Scores_equal_the_plain_sums_of_the_rows(int seed, int maxFeatures)
    {
        var rng = new Random(seed);
        var rows = new Dictionary<ulong, int>();
        var known = new List<ulong>();
        for (int r = 0; r < 300; r++)
        {
            ulong key = r == 0 ? 0UL : (ulong)rng.NextInt64();
            rows[key] = r * Labels;
            known.Add(key);
        }

        var weights = Enumerable.Range(0, 300 * Labels).Select(_ => (float)(rng.NextDouble() * 2 - 1)).ToArray();
        var model = AveragedPerceptron.FromRows(Labels, rows, weights);
        for (int round = 0; round < 100; round++)
        {
            var features = Enumerable.Range(0, rng.Next(1, maxFeatures))
                .Select(_ => rng.Next(4) == 0 ? (ulong)rng.NextInt64() : known[rng.Next(known.Count)]).ToArray();
            var expected = new float[Labels];
            foreach (ulong f in features)
            {
                if (rows.TryGetValue(f, out int row))
                {
                    for (int l = 0; l < Labels; l++)
                    {
                        expected[l] += weights[row + l];
                    }
                }
            }

            var actual = new float[Labels];
            model.Score(features, actual);
            Assert.Equal(expected, actual);
        }
    }
}
