using Dossier.Model;
using Dossier.Temporal;
using FsCheck;
using FsCheck.Xunit;

namespace Dossier.Tests.Temporal;

public sealed class TemporalStagePropertyTests
{
    private static readonly TemporalStage Stage = new();

    private static readonly string[] Pieces =
    [
        "On Thursday", " the talks", " in June", " 2024", " last year", " three years", " Sept. 30", ", ", ". ", "later this month",
        " now", " May", " may", " the 1990s", " 12", " Oct. 22 to Oct. 24", " every week", " at 3 p.m.", "\n", " a year earlier",
    ];

    [Property(MaxTest = 200)]
    public void Timexes_lie_inside_the_text_in_order_without_overlap(int[] picks, bool dated)
    {
        string text = string.Concat((picks ?? []).Select(p => Pieces[Math.Abs(p % Pieces.Length)]));
        var document = new Document("p", text, new ArticleMetadata { Published = dated ? new DateOnly(2024, 7, 5) : null });
        Stage.Process(document);
        int previousEnd = 0;
        foreach (var t in document.Timexes)
        {
            Assert.True(t.Start >= previousEnd && t.End > t.Start && t.End <= text.Length, $"{t} in '{text}'");
            Assert.Contains(t.Type, new[] { "DATE", "TIME", "DURATION", "SET" });
            previousEnd = t.End;
        }
    }

    [Property(MaxTest = 100)]
    public void Processing_twice_gives_the_same_timexes(int[] picks)
    {
        string text = string.Concat((picks ?? []).Select(p => Pieces[Math.Abs(p % Pieces.Length)]));
        var a = new Document("a", text);
        var b = new Document("b", text);
        Stage.Process(a);
        Stage.Process(a);
        Stage.Process(b);
        Assert.Equal(b.Timexes, a.Timexes);
        Assert.Equal(b.Metadata, a.Metadata);
    }
}
