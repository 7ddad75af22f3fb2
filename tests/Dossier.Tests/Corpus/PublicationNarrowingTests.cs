using Dossier.Corpus.Dating;
using Dossier.Model;
using Dossier.Temporal;
using Dossier.Tests.Entities;

namespace Dossier.Tests.Corpus;

public sealed class PublicationNarrowingTests
{
    private static readonly TemporalStage Temporal = new();

    [Fact]
    public void A_known_inauguration_pins_an_undated_articles_weekdays_and_publication()
    {
        var doc = TestTokenizer.Document("u", "The two presidents signed the treaty on Friday in Moscow. The visit came before President-elect Donald Trump's inauguration on Monday.");
        var dating = ArticleDating.Of(doc, Temporal);

        var pins = AnchorEvents.Default.Pins(doc, dating);
        var range = PublicationNarrowing.Narrow(dating, null, pins);
        var timexes = dating.Resolve(range, pins.ToDictionary(p => p.Index, p => p.Value));

        var pin = Assert.Single(pins);
        Assert.Equal("2025-01-20", pin.Value);
        Assert.Equal(new DateRange(new DateOnly(2025, 1, 17), new DateOnly(2025, 1, 20)), range);
        Assert.Equal("2025-01-17", timexes.Single(t => doc.Text[t.Start..t.End] == "Friday").Value);
        Assert.Equal("2025-01-20", timexes.Single(t => doc.Text[t.Start..t.End] == "Monday").Value);
    }

    [Fact]
    public void A_weekday_pinned_by_another_articles_report_bounds_publication_to_the_week_after()
    {
        var doc = TestTokenizer.Document("u", "The two leaders met on Thursday in Astana. In June, the ministry announced a pause.");
        var dating = ArticleDating.Of(doc, Temporal);
        int thursday = Enumerable.Range(0, dating.Count).Single(i => doc.Text[dating.Start(i)..dating.End(i)] == "Thursday");

        var range = PublicationNarrowing.Narrow(dating, null, [new DatePin(thursday, dating.PinValue(thursday, new DateOnly(2024, 7, 4))!)]);
        var timexes = dating.Resolve(range, new Dictionary<int, string> { [thursday] = "2024-07-04" });

        Assert.Equal(new DateRange(new DateOnly(2024, 7, 4), new DateOnly(2024, 7, 10)), range);
        Assert.Equal("2024-06", timexes.Single(t => doc.Text[t.Start..t.End] == "June").Value);
    }

    [Fact]
    public void A_pin_no_publication_day_can_explain_leaves_the_range_as_it_was()
    {
        var doc = TestTokenizer.Document("u", "The two leaders met on Thursday in Astana.");
        var dating = ArticleDating.Of(doc, Temporal);
        var known = new DateRange(new DateOnly(2024, 7, 1), new DateOnly(2024, 7, 31));

        // 2024-07-05 is a Friday: no day of publication makes "on Thursday" name it.
        Assert.Null(dating.PinValue(0, new DateOnly(2024, 7, 5)));
        Assert.Equal(known, PublicationNarrowing.Narrow(dating, known, [new DatePin(0, "2024-07-05")]));
        Assert.Equal(known, PublicationNarrowing.Narrow(dating, known, []));
    }
}
