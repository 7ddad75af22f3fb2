using Dossier.Syntax;

namespace Dossier.Tests.Syntax;

/// <summary>
/// Quantized weights (<see cref="QuantizedModel"/>) must score as the float model does up to their rounding, score the
/// same after a round trip through their file format, and refuse damaged rows as the float model does.
/// </summary>
public sealed class QuantizedModelTests
{
    private const int Classes = 40;

    [Fact]
    public void Sixteen_bit_scores_differ_from_the_float_scores_by_at_most_half_a_unit_per_feature()
    {
        var (model, keys) = FloatModel(new Random(5), rows: 400);
        var quantized = model.Quantized(16);
        var rng = new Random(9);
        for (int round = 0; round < 300; round++)
        {
            var features = Features(rng, keys);
            var exact = new float[Classes];
            var approximate = new float[Classes];
            model.Score(features, exact);
            quantized.Score(features, approximate);
            float bound = features.Length * quantized.Scale / 2 + 1e-4f;
            for (int c = 0; c < Classes; c++)
            {
                Assert.InRange(approximate[c] - exact[c], -bound, bound);
            }
        }
    }

    [Fact]
    public void Eight_bit_weights_take_at_most_256_values_each_within_3_percent_of_the_float_weight()
    {
        var (model, keys) = FloatModel(new Random(6), rows: 300);
        var quantized = model.Quantized(8);
        var values = new HashSet<float>();
        foreach (ulong key in keys)
        {
            var exact = new float[Classes];
            var approximate = new float[Classes];
            model.Score([key], exact);
            quantized.Score([key], approximate);
            for (int c = 0; c < Classes; c++)
            {
                Assert.InRange(MathF.Abs(approximate[c] - exact[c]), 0, (0.03f * MathF.Abs(exact[c])) + quantized.Scale);
                values.Add(approximate[c]);
            }
        }

        Assert.InRange(values.Count, 100, 257);
    }

    [Theory]
    [InlineData(16)]
    [InlineData(8)]
    public void A_quantized_model_read_back_scores_as_it_did_before_it_was_written(int bits)
    {
        var (model, keys) = FloatModel(new Random(3), rows: 500);
        var quantized = model.Quantized(bits);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            quantized.Write(writer);
            writer.Write(12345);
        }

        buffer.Position = 0;
        using var reader = new BinaryReader(buffer);
        var read = Assert.IsType<QuantizedModel>(WeightFile.Read(reader, "test"));

        // The reader stops at the end of the model, so whatever a file stores after it can be read.
        Assert.Equal(12345, reader.ReadInt32());
        Assert.Equal(quantized.WeightCount, read.WeightCount);
        ModelScoring.AssertSameScores(quantized, read, keys, most: 95);
    }

    [Fact]
    public void Float_weight_files_still_read_as_float_models()
    {
        var (model, _) = FloatModel(new Random(2), rows: 50);
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            model.Write(writer);
        }

        buffer.Position = 0;
        using var reader = new BinaryReader(buffer);
        Assert.IsType<SparseModel>(WeightFile.Read(reader, "test"));
    }

    [Fact]
    public void A_quantized_model_whose_weights_name_a_class_it_does_not_have_is_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => new QuantizedModel(4, [7UL], [0, 2], [1, 4], [10, 20], 0.01f));
        Assert.Contains("DOS0227", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => new QuantizedModel(4, [7UL], [0, 3], [1, 2], [10, 20], 0.01f));
    }

    [Fact]
    public void Only_8_or_16_bits_are_offered()
    {
        var (model, _) = FloatModel(new Random(1), rows: 10);
        Assert.Throws<ArgumentOutOfRangeException>(() => model.Quantized(12));
    }

    /// <summary>Rows of 1 to 40 weights (sparse and dense layouts) with magnitudes from 0.5 to about 100, as a pruned parser's.</summary>
    private static (SparseModel Model, ulong[] Keys) FloatModel(Random rng, int rows)
    {
        var (keys, starts, classes, weights) = ModelScoring.RandomRows(
            rng,
            rows,
            Classes,
            length: r => r % 7 == 0 ? rng.Next(11, Classes + 1) : rng.Next(1, 4),
            weight: () =>
            {
                float magnitude = 0.5f * MathF.Pow(200f, (float)rng.NextDouble());
                return rng.Next(2) == 0 ? magnitude : -magnitude;
            });
        return (new SparseModel(Classes, keys, starts, classes, weights), keys);
    }

    private static ulong[] Features(Random rng, ulong[] keys) => ModelScoring.Features(rng, keys, 95);
}
