using Dossier.Entities.Ner;
using FsCheck.Xunit;

namespace Dossier.Tests.Entities;

public sealed class WordShapeTests
{
    [Property]
    public bool Streamed_shape_hashes_equal_the_hashes_of_the_shape_strings(string? word)
    {
        word ??= string.Empty;
        return WordShape.ShortHash(word) == FeatureHash.Of(WordShape.Short(word))
            && WordShape.LongHash(word) == FeatureHash.Of(WordShape.Long(word));
    }

    [Theory]
    [InlineData("McDonald's", "XxXx'x", "XxXxxxx'x")]
    [InlineData("1996-08-22", "d-d-d", "dddd-dd-dd")]
    [InlineData("IRAN", "X", "XXXX")]
    public void Shapes_collapse_runs(string word, string shortShape, string longShape)
    {
        Assert.Equal(shortShape, WordShape.Short(word));
        Assert.Equal(longShape, WordShape.Long(word));
    }
}
