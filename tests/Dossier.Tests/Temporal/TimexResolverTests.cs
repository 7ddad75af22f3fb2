using Dossier.Model;
using Dossier.Temporal;

namespace Dossier.Tests.Temporal;

public sealed class TimexResolverTests
{
    private static readonly DateOnly Friday = new(2024, 7, 5);

    [Theory]
    [InlineData("near(weekday,4)", TemporalDirection.Past, "2024-07-04")]
    [InlineData("near(weekday,5)", TemporalDirection.Past, "2024-07-05")]
    [InlineData("near(weekday,5)", TemporalDirection.Future, "2024-07-05")]
    [InlineData("near(weekday,1)", TemporalDirection.Future, "2024-07-08")]
    [InlineData("near(weekday,1)", TemporalDirection.None, "2024-07-01")]
    [InlineData("near(weekday,5,<)", TemporalDirection.None, "2024-06-28")]
    [InlineData("near(weekday,5,>)", TemporalDirection.None, "2024-07-12")]
    [InlineData("near(month,06)", TemporalDirection.Past, "2024-06")]
    [InlineData("near(month,12)", TemporalDirection.Past, "2023-12")]
    [InlineData("near(month,12)", TemporalDirection.Future, "2024-12")]
    [InlineData("near(month,08)", TemporalDirection.Past, "2024-08")]
    [InlineData("near(monthday,09-30)", TemporalDirection.Past, "2023-09-30")]
    [InlineData("near(monthday,07-20)", TemporalDirection.Past, "2024-07-20")]
    [InlineData("near(monthday,01-02)", TemporalDirection.None, "2025-01-02")]
    [InlineData("near(quarter,Q3)", TemporalDirection.Past, "2024-Q3")]
    [InlineData("near(season,SU,<)", TemporalDirection.None, "2023-SU")]
    [InlineData("ref(year,-1)", TemporalDirection.None, "2023")]
    [InlineData("ref(week,1)", TemporalDirection.None, "2024-W28")]
    [InlineData("ref(quarter,-1)", TemporalDirection.None, "2024-Q2")]
    [InlineData("ref(decade,0)", TemporalDirection.None, "202")]
    [InlineData("ref(day,0)TMO", TemporalDirection.None, "2024-07-05TMO")]
    [InlineData("yy(98)", TemporalDirection.None, "1998")]
    [InlineData("yy(24)", TemporalDirection.None, "2024")]
    [InlineData("P3Y", TemporalDirection.None, "P3Y")]
    public void Resolves_against_a_Friday_article(string raw, TemporalDirection direction, string expected) =>
        Assert.Equal(expected, TimexResolver.Resolve(raw, Friday, null, direction).Value);

    [Theory]
    [InlineData("near(month,06)", "XXXX-06")]
    [InlineData("near(weekday,4)", "XXXX-WXX-4")]
    [InlineData("ref(year,-1)", "XXXX")]
    [InlineData("ref(day,1)", "XXXX-XX-XX")]
    [InlineData("near(monthday,09-30)", "XXXX-09-30")]
    public void Leaves_what_an_undated_article_cannot_support_unknown(string raw, string expected)
    {
        var resolved = TimexResolver.Resolve(raw, (DateOnly?)null, null, TemporalDirection.Past);
        Assert.Equal(expected, resolved.Value);
        Assert.Equal("none", resolved.Anchor);
    }

    [Theory]
    [InlineData("ref(month,0)", "2024-10")]
    [InlineData("ref(year,0)", "2024")]
    [InlineData("near(monthday,09-30)", "2024-09-30")]
    [InlineData("near(weekday,4)", "2024")]
    [InlineData("ref(day,-1)", "2024")]
    public void Resolves_only_as_far_as_a_publication_range_supports(string raw, string expected) =>
        Assert.Equal(expected, TimexResolver.Resolve(raw, new DateRange(new DateOnly(2024, 10, 1), new DateOnly(2024, 10, 21)), null, TemporalDirection.Past).Value);

    [Fact]
    public void Reads_a_year_earlier_against_the_quarter_in_the_narrative()
    {
        var quarter = NarrativeAnchor.From("1989-Q3");
        Assert.Equal("1988-Q3", TimexResolver.Resolve("same(year,-1)", new DateOnly(1989, 11, 2), quarter, TemporalDirection.None).Value);
        Assert.Equal("1988", TimexResolver.Resolve("same(year,-1)", new DateOnly(1989, 11, 2), null, TemporalDirection.None).Value);
    }

    [Fact]
    public void Moves_the_day_after_from_the_narrative_anchor()
    {
        var resolved = TimexResolver.Resolve("anchor(day,1)", new DateOnly(2024, 7, 5), NarrativeAnchor.From("2001-03-12"), TemporalDirection.None);
        Assert.Equal(("2001-03-13", "narrative"), (resolved.Value, resolved.Anchor));
    }
}
