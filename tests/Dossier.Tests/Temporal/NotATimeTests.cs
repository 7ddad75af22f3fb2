using Dossier.Model;
using Dossier.Temporal;

namespace Dossier.Tests.Temporal;

/// <summary>
/// Words that look like times but are not (fractions, ordinals, titles, a march), and the tense a passive participle
/// leaves to its auxiliary. Each sentence was taken apart from a TimeBank/AQUAINT error of that kind.
/// </summary>
public sealed class NotATimeTests
{
    private static readonly TemporalStage Stage = new();

    [Theory]
    [InlineData("Iraq imports about three-quarters of its foodstuffs.", "three-quarters")]
    [InlineData("Junk funds account for more than a quarter of the market.", "a quarter")]
    [InlineData("A second group of three directors joined the bid.", "A second")]
    [InlineData("Baker said on ABC News' \"This Week\" that the request was legal.", "This Week")]
    [InlineData("Protesters gathered for the annual March for Life on Capitol Hill.", "March")]
    public void Finds_no_time_in(string sentence, string words)
    {
        var document = Dated(sentence);
        int start = sentence.IndexOf(words, StringComparison.Ordinal);
        Assert.DoesNotContain(document.Timexes, t => t.Start < start + words.Length && t.End > start);
    }

    [Fact]
    public void Reads_a_passive_participle_by_its_auxiliary()
    {
        // "named" alone would be a past-tense cue (last December); "will be named" is the future.
        var document = Dated("Collins will be named commander of the shuttle for a mission in December.");
        Assert.Equal("2024-12", Assert.Single(document.Timexes).Value);
    }

    [Fact]
    public void Writes_a_span_after_a_count_as_a_duration_without_the_signal_word()
    {
        var document = Dated("The gap closes slowly. Three days later, the index had recovered.");
        var timex = Assert.Single(document.Timexes);
        Assert.Equal(("DURATION", "P3D", "Three days"), (timex.Type, timex.Value, document.Text[timex.Start..timex.End]));
    }

    private static Document Dated(string text)
    {
        var document = new Document("t", text, new ArticleMetadata { Published = new DateOnly(2024, 7, 5) });
        Stage.Process(document);
        return document;
    }
}
