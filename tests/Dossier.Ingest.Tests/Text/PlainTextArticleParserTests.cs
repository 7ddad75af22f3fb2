using Dossier.Ingest.Text;

namespace Dossier.Ingest.Tests.Text;

public sealed class PlainTextArticleParserTests
{
    private static ParsedArticle ParseSeed(string stem) => new PlainTextArticleParser().Parse(File.ReadAllText(RepoPaths.Seed(stem)));

    [Fact]
    public void Seed_001_has_title_date_and_dateline_and_no_comment_prompt()
    {
        var a = ParseSeed("001_92e7f391879ebd38");

        Assert.Contains("Mokhber delivers Leader", a.Title, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2024, 7, 5), a.Published);
        Assert.Equal("TEHRAN", a.Dateline);
        Assert.StartsWith("During a meeting with Russian President Vladimir Putin on Thursday", a.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Leave a Comment", a.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("July 5, 2024", a.Body, StringComparison.Ordinal);
        Assert.EndsWith("observer member.", a.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("COMMENTS (1)")]
    [InlineData("Replying to X")]
    [InlineData("Comments are moderated")]
    [InlineData("Comments FAQ")]
    [InlineData("Read also:")]
    [InlineData("7 months ago")]
    [InlineData("PHOTO: REUTERS")]
    [InlineData("DUBAI/ MOSCOW")]
    public void Seed_002_body_keeps_out(string furniture)
    {
        Assert.DoesNotContain(furniture, ParseSeed("002_655b4ba9bfca9600").Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_002_is_a_Reuters_report_of_June_11_with_its_photo_caption()
    {
        var a = ParseSeed("002_655b4ba9bfca9600");

        Assert.Equal(new DateOnly(2024, 6, 11), a.Published);
        Assert.Equal("Reuters", a.Wire);
        Assert.StartsWith("Kremlin says Russia and Iran", a.Title, StringComparison.Ordinal);
        Assert.Equal("DUBAI/MOSCOW", a.Dateline);
        Assert.Contains(a.Captions, c => c.StartsWith("Kremlin spokesman Dmitry Peskov attends", StringComparison.Ordinal));
        Assert.Contains("Moscow and Tehran are continuing their work", a.Body, StringComparison.Ordinal);
        Assert.EndsWith("soon.", a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_003_separates_byline_captions_and_audio_player_from_the_body()
    {
        var a = ParseSeed("003_246c7bada9d0c667");

        Assert.Equal("Adam Morrow", a.Byline);
        Assert.Null(a.Published);
        Assert.Contains("Russian PM Reiterates", a.Title, StringComparison.Ordinal);
        Assert.Contains(a.Captions, c => c.Contains("Mishustin chairs a meeting on improving Russia", StringComparison.Ordinal));
        Assert.Contains(a.Captions, c => c.Contains("shakes hands with Ali Akbar Ahmadian", StringComparison.Ordinal));
        Assert.DoesNotContain("0:00", a.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Updated:", a.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Adam Morrow", a.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Astafyev", a.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Prokofyev", a.Body, StringComparison.Ordinal);
        Assert.Equal(0, CountOccurrences(a.Body, "Reiterates Call for Closer Ties"));
        Assert.StartsWith("Iranian president is slated to meet", a.Body, StringComparison.Ordinal);
        Assert.Contains("\n\nStrategic Partnership\n\n", a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Seeds_000_and_004_are_undated_and_004_has_a_Moscow_dateline()
    {
        var a0 = ParseSeed("000_2a9e6c8df86a9554");
        var a4 = ParseSeed("004_0ae074166cb28726");

        Assert.Null(a0.Published);
        Assert.Null(a4.Published);
        Assert.Null(a0.Title);
        Assert.StartsWith("Iran's acting president reassured", a0.Body, StringComparison.Ordinal);
        Assert.Equal("MOSCOW", a4.Dateline);
        Assert.StartsWith("In the face of harsh Western sanctions", a4.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WASHINGTON (Reuters) - The U.S. Senate voted on Tuesday.", "WASHINGTON", "Reuters", "The U.S. Senate voted on Tuesday.")]
    [InlineData("KYIV, Ukraine — Russia launched drones overnight.", "KYIV, Ukraine", null, "KYIV, Ukraine — Russia launched drones overnight.")]
    [InlineData("BEIRUT: Israel struck targets overnight.", "BEIRUT", null, "Israel struck targets overnight.")]
    public void Inline_datelines_become_metadata(string firstLine, string? dateline, string? wire, string body)
    {
        var a = new PlainTextArticleParser().Parse(firstLine + "\nSecond paragraph of the story goes on here.");

        Assert.Equal(dateline == "KYIV, Ukraine" ? null : dateline, a.Dateline);
        Assert.Equal(wire, a.Wire);
        Assert.StartsWith(body, a.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_example_is_classified_by_its_own_rule()
    {
        foreach (var rule in LineRules.Default.Rules)
        {
            var hit = LineRules.Default.Classify(rule.Example);
            Assert.True(hit is not null, $"{rule.Where}: example '{rule.Example}' matches no rule");
            Assert.True(hit!.Value.Rule == rule, $"{rule.Where}: example '{rule.Example}' is claimed by {hit.Value.Rule.Where} first");
        }
    }

    [Theory]
    [InlineData("July 5, 2024 - 23:2", 2024, 7, 5, "")]
    [InlineData("Reuters June 11, 2024", 2024, 6, 11, "Reuters")]
    [InlineData("Sept. 30, 2024", 2024, 9, 30, "")]
    [InlineData("11 June 2024 10:45 GMT", 2024, 6, 11, "")]
    [InlineData("2025-01-17", 2025, 1, 17, "")]
    public void Date_lines_are_read(string line, int y, int m, int d, string prefix)
    {
        Assert.True(NewsDate.TryParseDateLine(line, out var date, out string p));
        Assert.Equal(new DateOnly(y, m, d), date);
        Assert.Equal(prefix, p);
    }

    [Theory]
    [InlineData("Putin and Raisi met on July 5, 2024 in Tehran to sign a deal.")]
    [InlineData("February 30, 2024")]
    public void Sentences_and_impossible_dates_are_not_date_lines(string line)
    {
        Assert.False(NewsDate.TryParseDateLine(line, out _, out _));
    }

    private static int CountOccurrences(string text, string what)
    {
        int count = 0;
        for (int i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
