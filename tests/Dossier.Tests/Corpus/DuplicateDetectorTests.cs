using Dossier.Corpus;
using Dossier.Model;

namespace Dossier.Tests.Corpus;

public sealed class DuplicateDetectorTests
{
    private const string Wire = "Moscow and Tehran are continuing their work on a comprehensive bilateral cooperation agreement, although the schedule of specific events may shift, Kremlin spokesman Dmitry Peskov said on Tuesday, adding Russia intended to develop ties with Iran. Earlier Russia's RIA state news agency reported that the agreement had been temporarily suspended due to problems faced by Iranian partners.";

    [Fact]
    public void A_republished_text_is_a_duplicate_of_the_earlier_one_and_not_an_independent_source()
    {
        var original = Article("b-original", Wire, new DateOnly(2024, 6, 11));
        var copy = Article("a-copy", "Kremlin says pact work continues\n" + Wire + " Read more on our site.", new DateOnly(2024, 6, 12));
        var other = Article("c-other", "Iran's acting president met Vladimir Putin on Thursday in Astana, Kazakhstan's capital, during the Shanghai Cooperation Organization summit, and said ties would remain deep.", new DateOnly(2024, 7, 5));

        var result = new DuplicateDetector().Detect([original, copy, other]);

        Assert.Equal("b-original", result.DuplicateOf["a-copy"]);
        Assert.False(result.DuplicateOf.ContainsKey("b-original"));
        Assert.Equal(2, result.IndependentSources(["a-copy", "b-original", "c-other"]));
    }

    [Fact]
    public void Edited_copies_of_one_wire_story_are_one_reporting_unit_but_not_duplicates()
    {
        string[] sentences = Wire.Split(". ");
        var a = Article("a", Wire + " Analysts in Dubai expect more visits this summer.", new DateOnly(2024, 6, 11), "Reuters");
        var b = Article("b", sentences[0] + ". Iran's foreign ministry had no comment on Tuesday evening when asked by this newspaper. Trade between the two countries grew last year, officials in both capitals say.", new DateOnly(2024, 6, 11), "Reuters");

        var result = new DuplicateDetector().Detect([a, b]);

        Assert.Empty(result.DuplicateOf);
        Assert.Equal(1, result.IndependentSources(["a", "b"]));
    }

    [Fact]
    public void Unrelated_articles_stay_independent()
    {
        var result = new DuplicateDetector().Detect([Article("x", Wire, null), Article("y", "Russia is constructing two more nuclear reactors in Iran in addition to the country's first nuclear facility.", null)]);

        Assert.Empty(result.DuplicateOf);
        Assert.Equal(2, result.IndependentSources(["x", "y"]));
    }

    [Fact]
    public void Similar_texts_have_high_estimated_similarity_and_different_ones_low()
    {
        var a = MinHash.Signature(Wire);
        var b = MinHash.Signature(Wire.Replace("Tuesday", "Wednesday", StringComparison.Ordinal));
        var c = MinHash.Signature("Completely different words about football scores and weather in another country entirely.");

        Assert.InRange(MinHash.Similarity(a, b), 0.6, 1.0);
        Assert.InRange(MinHash.Similarity(a, c), 0.0, 0.05);
    }

    private static CorpusArticle Article(string id, string text, DateOnly? published, string? wire = null) =>
        new(id, new Document(id, text, new ArticleMetadata { Source = id + ".txt", Published = published, Wire = wire }));
}
