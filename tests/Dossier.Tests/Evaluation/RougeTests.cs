using Dossier.Evaluation.Timelines;

namespace Dossier.Tests.Evaluation;

public sealed class RougeTests
{
    private static readonly DateOnly June11 = new(2024, 6, 11);

    [Fact]
    public void Identical_timelines_score_one_on_every_variant()
    {
        TimelineEntry[] t = [new(June11, ["Peskov said work on the pact continues."]), new(June11.AddDays(23), ["Mokhber met Putin in Astana."])];

        Assert.Equal(1.0, Rouge.Concat(t, t, 1).F1, 6);
        Assert.Equal(1.0, Rouge.Agreement(t, t, 2).F1, 6);
        Assert.Equal(1.0, Rouge.AlignManyToOne(t, t, 2).F1, 6);
    }

    [Fact]
    public void Agreement_gives_nothing_for_the_right_words_on_the_wrong_day_and_alignment_gives_part()
    {
        TimelineEntry[] gold = [new(June11, ["Peskov said work on the pact continues."])];
        TimelineEntry[] system = [new(June11.AddDays(1), ["Peskov said work on the pact continues."])];

        Assert.Equal(1.0, Rouge.Concat(system, gold, 1).F1, 6);
        Assert.Equal(0.0, Rouge.Agreement(system, gold, 1).F1, 6);
        var aligned = Rouge.AlignManyToOne(system, gold, 1);
        Assert.InRange(aligned.Recall, 0.49, 0.51);
    }

    [Fact]
    public void Bigrams_count_clipped_overlaps()
    {
        TimelineEntry[] gold = [new(June11, ["the talks the talks"])];
        TimelineEntry[] system = [new(June11, ["the talks"])];

        var r2 = Rouge.Concat(system, gold, 2);

        Assert.Equal(1.0, r2.Precision, 6);
        Assert.Equal(1.0 / 3, r2.Recall, 6);
    }
}
