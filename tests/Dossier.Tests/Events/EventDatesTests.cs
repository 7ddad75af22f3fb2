using Dossier.Events;
using Dossier.Model;

namespace Dossier.Tests.Events;

/// <summary>A past event's year-less month takes its year from the article's publication day or range, only when the whole range agrees.</summary>
public sealed class EventDatesTests
{
    [Theory]
    [InlineData("XXXX-01", "2024-10-01", "2024-10-21", "asserted", "2024-01")] // 003: "which Iran officially joined in January"
    [InlineData("XXXX-10", "2024-10-01", "2024-10-21", "asserted", "2024-10")]
    [InlineData("XXXX-11", "2024-10-01", "2024-10-21", "asserted", "2023-11")]
    [InlineData("XXXX-12", "2024-12-20", "2025-01-10", "asserted", "2024-12")] // the last December up to any day of the range
    [InlineData("XXXX-01", "2024-12-20", "2025-01-10", "asserted", null)] // January 2024 or 2025: the range disagrees
    [InlineData("XXXX-01", "2024-10-01", "2024-10-21", "future", null)]
    [InlineData("2024-01", "2024-10-01", "2024-10-21", "asserted", null)]
    [InlineData("XXXX-WXX-4", "2024-10-01", "2024-10-21", "asserted", null)]
    public void Gives_a_year_less_month_the_year_of_the_publication_range(string date, string from, string to, string modality, string? expected)
    {
        var range = new DateRange(DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture));
        var e = new EventMention("057", "sign formal agreement", new TextSpan(0, 1), modality) { Date = date };

        Assert.Equal(expected, EventDates.WithYear(e, new ArticleMetadata { PublishedRange = range }));
    }

    [Fact]
    public void Without_a_publication_day_or_range_the_month_stays_year_less()
    {
        var e = new EventMention("057", "sign formal agreement", new TextSpan(0, 1), "asserted") { Date = "XXXX-01" };

        Assert.Null(EventDates.WithYear(e, new ArticleMetadata()));
    }
}
