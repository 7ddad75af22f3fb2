using Dossier.Entities.Kb;

namespace Dossier.Tests.Entities;

public sealed class NameNormalizerTests
{
    [Theory]
    [InlineData("Mohammed Mokhber", "Mohammad Mokhber")]
    [InlineData("Sergei Ryabkov", "Sergey Ryabkov")]
    [InlineData("al-Assad", "Assad")]
    [InlineData("Dmitri Peskov", "Dmitry Peskov")]
    [InlineData("Ayatollah Ali Khamenei", "Ali Khamenei")]
    [InlineData("Alexei Dedov", "Alexey Dedov")]
    public void Spelling_variants_normalize_alike(string a, string b) =>
        Assert.Equal(NameNormalizer.Normalize(b), NameNormalizer.Normalize(a));

    [Theory]
    [InlineData("Putin", "Vladimir Putin")]
    [InlineData("Mohammad Reza Aref", "Mohammad Aref")]
    public void Different_names_stay_apart(string a, string b) =>
        Assert.NotEqual(NameNormalizer.Normalize(b), NameNormalizer.Normalize(a));

    [Fact]
    public void Slugs_are_lower_case_ascii_with_hyphens() =>
        Assert.Equal("mohammad-mokhber", NameNormalizer.Slug("Mohammed Mokhber"));
}
