using Dossier.Corpus.EventMerging;

namespace Dossier.Tests.Corpus;

public sealed class DateConstraintTests
{
    [Theory]
    [InlineData("2024-07-04", "2024-07-04", "2024-07-04", "2024-07-04")]
    [InlineData("2024-07", "2024-07-01", "2024-07-31", "2024-07")]
    [InlineData("2024", "2024-01-01", "2024-12-31", "2024")]
    [InlineData("2024-Q3", "2024-07-01", "2024-09-30", "2024-Q3")]
    [InlineData("2024-W27", "2024-07-01", "2024-07-07", "2024-W27")]
    [InlineData("2024-07-04T10:00", "2024-07-04", "2024-07-04", "2024-07-04")]
    [InlineData("202", "2020-01-01", "2029-12-31", "202")]
    public void Calendar_values_bound_the_days_they_name(string value, string earliest, string latest, string canonical)
    {
        var c = DateConstraint.Parse(value)!;

        Assert.Equal(DateOnly.Parse(earliest, System.Globalization.CultureInfo.InvariantCulture), c.Earliest);
        Assert.Equal(DateOnly.Parse(latest, System.Globalization.CultureInfo.InvariantCulture), c.Latest);
        Assert.Equal(canonical, c.Value());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("XXXX")]
    [InlineData("XXXX-XX")]
    [InlineData("PRESENT_REF")]
    [InlineData("P20Y")]
    [InlineData("2024-13")]
    public void Values_that_say_nothing_about_the_day_give_no_constraint(string? value) => Assert.Null(DateConstraint.Parse(value));

    [Fact]
    public void An_undated_articles_thursday_and_a_dated_report_give_that_day()
    {
        var thursday = DateConstraint.Parse("XXXX-WXX-4")!;
        var day = DateConstraint.Parse("2024-07-04")!;

        Assert.False(thursday.IsBounded);
        Assert.Equal("XXXX-WXX-4", thursday.Value());
        Assert.Equal(new DateOnly(2024, 7, 4), thursday.Intersect(day)!.Day);
        Assert.Null(thursday.Intersect(DateConstraint.Parse("2024-07-05")!));
    }

    [Fact]
    public void A_year_less_month_narrows_a_year_and_a_weekday_a_month()
    {
        var june = DateConstraint.Parse("XXXX-06")!.Intersect(DateConstraint.Parse("2024")!)!;
        var fridays = DateConstraint.Parse("XXXX-WXX-5")!.Intersect(DateConstraint.Parse("2025-01")!)!;

        Assert.Equal("2024-06", june.Value());
        Assert.Equal(new DateOnly(2025, 1, 3), fridays.Earliest);
        Assert.Equal(new DateOnly(2025, 1, 31), fridays.Latest);
        Assert.True(fridays.Contains(new DateOnly(2025, 1, 17)));
        Assert.False(fridays.Contains(new DateOnly(2025, 1, 20)));
        Assert.Null(DateConstraint.Parse("XXXX-06")!.Intersect(DateConstraint.Parse("XXXX-07")!));
    }

    [Fact]
    public void Ranks_order_precision()
    {
        Assert.Equal(40, DateConstraint.Parse("2024-07-04")!.Rank);
        Assert.Equal(20, DateConstraint.Parse("2024-07")!.Rank);
        Assert.Equal(10, DateConstraint.Parse("2024")!.Rank);
        Assert.Equal(1, DateConstraint.Parse("XXXX-WXX-4")!.Rank);
    }
}
