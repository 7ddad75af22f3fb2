using Dossier.Events;
using Dossier.Model;
using Dossier.Temporal;

namespace Dossier.Tests.Events;

/// <summary>
/// An event told "two days later" than a dated one is dated by the point that span reaches (issue 3), though the
/// span itself is a TimeML DURATION (P2D).
/// </summary>
public sealed class CountedSpanDateTests
{
    private static readonly Lazy<EventsStage> Stage = new(() => EventsStage.CreateDefault());

    [Fact]
    public void Two_days_later_dates_the_recall_two_days_after_July_1_not_July_1()
    {
        var doc = Ud.Parse("""
            Talks NOUN 2 nsubj talk
            began VERB 0 root begin
            on ADP 4 case on
            July PROPN 2 obl July
            1 NUM 4 nummod 1
            , PUNCT 12 punct ,
            and CCONJ 12 cc and
            two NUM 9 nummod two
            days NOUN 10 obl:npmod day
            later ADV 12 advmod later
            Iran PROPN 12 nsubj Iran
            recalled VERB 2 conj recall
            its PRON 14 nmod:poss its
            ambassador NOUN 12 obj ambassador
            . PUNCT 2 punct .
            """, new DateOnly(2024, 7, 10)).WithEntity("Iran", "GPE", "ent:IRN");
        new TemporalStage().Process(doc);
        var span = Assert.Single(doc.Timexes, t => t.Type == "DURATION");
        Assert.Equal(("P2D", "2024-07-03"), (span.Value, span.Point));

        Stage.Value.Process(doc);
        Assert.Equal("2024-07-03", Assert.Single(doc.Events, e => e.Code == "161").Date);
        // The sentence's first date is still July 1: the recall takes the point its own "later" reaches.
        Assert.Equal("2024-07-01", doc.Timexes[0].Value);
    }
}
