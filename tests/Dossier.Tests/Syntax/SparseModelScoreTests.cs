using Dossier.Syntax;

namespace Dossier.Tests.Syntax;

/// <summary>
/// The lookup table keeps short rows inline, long ones in an entry array and wide ones as dense vectors; whatever the
/// layout, a score must be exactly the sum of the rows' weights added in feature order, as the arrays list them.
/// </summary>
public sealed class SparseModelScoreTests
{
    private const int Classes = 12;

    [Fact]
    public void Scores_equal_the_plain_sums_for_rows_of_every_length()
    {
        var (keys, starts, classes, weights) = RandomRows(new Random(5), rows: 400, halfExact: false);
        var model = new SparseModel(Classes, keys, starts, classes, weights);
        var rng = new Random(9);
        for (int round = 0; round < 300; round++)
        {
            var features = Features(rng, keys);
            var actual = new float[Classes];
            model.Score(features, actual);
            Assert.Equal(PlainSum(features, keys, starts, classes, weights), actual);
        }
    }

    [Fact]
    public void A_model_read_back_scores_as_it_did_before_it_was_written()
    {
        var (keys, starts, classes, weights) = RandomRows(new Random(3), rows: 200, halfExact: true);
        var model = new SparseModel(Classes, keys, starts, classes, weights);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }

        buffer.Position = 0;
        using var reader = new BinaryReader(buffer);
        var read = SparseModel.Read(reader, "test");
        ModelScoring.AssertSameScores(model, read, keys, most: 90);
    }

    [Fact]
    public void A_model_whose_weights_name_a_class_it_does_not_have_is_refused()
    {
        // Score writes class sums without bounds checks, so the constructor (which every file read goes through) checks.
        var (keys, starts, classes, weights) = RandomRows(new Random(7), rows: 50, halfExact: true);
        classes[^1] = Classes;
        var error = Assert.Throws<InvalidDataException>(() => new SparseModel(Classes, keys, starts, classes, weights));
        Assert.Contains("DOS0227", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_whose_row_bounds_overrun_its_weights_is_refused()
    {
        var (keys, starts, classes, weights) = RandomRows(new Random(8), rows: 50, halfExact: true);
        starts[^1] = weights.Length + 1;
        Assert.Throws<InvalidDataException>(() => new SparseModel(Classes, keys, starts, classes, weights));
    }

    /// <summary>Rows of 0 to 12 weights (inline, entry array and dense layouts); any floats, or ones exact in half precision (as files store them).</summary>
    private static (ulong[] Keys, int[] Starts, byte[] Classes, float[] Weights) RandomRows(Random rng, int rows, bool halfExact) =>
        ModelScoring.RandomRows(
            rng,
            rows,
            Classes,
            length: r => r % 13,
            weight: () => halfExact ? (rng.Next(-4000, 4000) / 8) / 4f : (float)(rng.NextDouble() * 2 - 1));

    private static ulong[] Features(Random rng, ulong[] keys) => ModelScoring.Features(rng, keys, 90);

    private static float[] PlainSum(ulong[] features, ulong[] keys, int[] starts, byte[] classes, float[] weights)
    {
        var sum = new float[Classes];
        foreach (ulong f in features)
        {
            int row = Array.IndexOf(keys, f);
            for (int e = row < 0 ? 0 : starts[row]; row >= 0 && e < starts[row + 1]; e++)
            {
                sum[classes[e]] += weights[e];
            }
        }

        return sum;
    }
}
