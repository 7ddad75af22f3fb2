using Dossier.Ingest.Html;

namespace Dossier.Ingest.Tests.Html;

public sealed class DateParsingTests
{
    [Theory]
    [InlineData("2024-07-05T23:30:00-05:00", "2024-07-05")]
    [InlineData("2024/07/05", "2024-07-05")]
    [InlineData("05.07.2024", "2024-07-05")]
    [InlineData("July 5, 2024", "2024-07-05")]
    [InlineData("5 July 2024", "2024-07-05")]
    [InlineData("5. Juli 2024", "2024-07-05")]
    [InlineData("Published 12th Sept 2023", "2023-09-12")]
    public void Reads_the_day_as_written(string text, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateParsing.Parse(text));

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("no date here")]
    [InlineData("1850-01-01")]
    public void Refuses_what_is_not_a_plausible_day(string text) => Assert.Null(DateParsing.Parse(text));

    [Theory]
    [InlineData("https://example.org/2020/01/28/story", "2020-01-28")]
    [InlineData("https://example.org/news/2020-01-28-story", "2020-01-28")]
    [InlineData("https://example.org/20200128/story", "2020-01-28")]
    public void Finds_days_in_urls(string url, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DateParsing.FromUrl(url));
}
