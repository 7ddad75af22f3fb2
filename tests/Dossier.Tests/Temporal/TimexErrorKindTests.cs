using Dossier.Temporal.Evaluation;

namespace Dossier.Tests.Temporal;

public sealed class TimexErrorKindTests
{
    [Theory]
    [InlineData("Tuesday night", "TIME", "1998-08-18TNI", "weekday")]
    [InlineData("the fiscal year", "DATE", "1989", "quarter/fiscal")]
    [InlineData("a year earlier", "DATE", "1988-Q3", "quarter/fiscal")]
    [InlineData("the 1990s", "DATE", "199", "decade/century")]
    [InlineData("last week", "DATE", "1989-WXX", "week")]
    [InlineData("now", "DATE", "PRESENT_REF", "now/_REF")]
    [InlineData("recent years", "DURATION", "PXY", "past/recent/coming span")]
    [InlineData("a year ago", "DATE", "1988", "year-relative")]
    [InlineData("Oct. 23", "DATE", "1998-10-23", "year-less date")]
    [InlineData("Sept. 27, 1989", "DATE", "1989-09-27", "explicit year")]
    [InlineData("daily", "SET", "P1D", "set")]
    [InlineData("10 p.m.", "TIME", "1998-10-23T22:00", "time of day")]
    [InlineData("13 years", "DURATION", "P12Y", "duration")]
    [InlineData("six months", "DURATION", "P6M", "duration")]
    [InlineData("yesterday", "DATE", "1989-10-26", "day-relative")]
    public void Sorts_a_mismatch_by_the_expression_it_concerns(string text, string type, string value, string kind) =>
        Assert.Equal(kind, TimexErrorKind.Of(text, type, value));
}
