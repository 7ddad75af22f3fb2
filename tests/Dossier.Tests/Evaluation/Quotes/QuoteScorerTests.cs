using Dossier.Evaluation.Quotes;
using Dossier.Model;
using Dossier.Quotes;

namespace Dossier.Tests.Evaluation.Quotes;

public sealed class QuoteScorerTests
{
    private const string Text = "Aragorn said that Gondor would stand firm. Minas Tirith polls show support.";

    private static Attribution A(int start, int end, int sourceStart = 0, int sourceEnd = 7, string? name = null) =>
        new([new TextSpan(start, end)], [new TextSpan(8, 12)], [new TextSpan(sourceStart, sourceEnd)]) { SpeakerName = name };

    [Fact]
    public void Reads_brat_attributions_with_discontinuous_content()
    {
        var ann = PolnearArticle.ReadAnn([
            "T1\tSource 0 7\tAragorn",
            "T2\tCue 8 12\tsaid",
            "T3\tContent 13 41;43 50\tthat Gondor would stand firm",
            "T4\tAttribution 8 12\tsaid",
            "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1",
            "T5\tDiscuss 60 64\tshow",
        ]);

        var a = Assert.Single(ann);
        Assert.Equal([new TextSpan(13, 41), new TextSpan(43, 50)], a.Content);
        Assert.Equal([new TextSpan(0, 7)], a.Source);
    }

    [Theory]
    [InlineData(13, 41, true, true)]
    [InlineData(18, 41, true, true)]
    [InlineData(25, 41, true, false)]
    [InlineData(36, 41, false, false)]
    public void Matches_loosely_at_30_and_strictly_at_80_percent_of_the_longer_span(int start, int end, bool loose, bool strict)
    {
        var scores = QuoteScorer.Score(Text, [A(start, end)], [A(13, 41)], []);

        Assert.Equal((loose ? 1 : 0, strict ? 1 : 0), (scores.Loose.Correct, scores.Strict.Correct));
        Assert.Equal(1, scores.Loose.Predicted);
    }

    [Fact]
    public void A_prediction_of_an_attribution_left_out_of_the_scored_set_counts_neither_way()
    {
        var poll = A(43, 75, 43, 55);

        var scores = QuoteScorer.Score(Text, [A(13, 41), A(43, 75)], [A(13, 41)], [poll]);

        Assert.Equal(new Dossier.Evaluation.Prf(1, 1, 1), scores.Loose);
    }

    [Fact]
    public void The_speaker_is_right_when_it_overlaps_the_gold_source_or_names_the_same_person()
    {
        var right = QuoteScorer.Score(Text, [A(13, 41, 0, 7)], [A(13, 41)], []);
        var resolved = QuoteScorer.Score(Text, [A(13, 41, 43, 48, "King Aragorn")], [A(13, 41)], []);
        var wrong = QuoteScorer.Score(Text, [A(13, 41, 18, 24, "Gondor")], [A(13, 41)], []);

        Assert.Equal((1, 1, 0), (right.SpeakerCorrect, resolved.SpeakerCorrect, wrong.SpeakerCorrect));
    }

    [Theory]
    [InlineData("said", true)]
    [InlineData("according to", true)]
    [InlineData(":", true)]
    [InlineData("has also warned", true)]
    [InlineData("shows", false)]
    [InlineData("believes", false)]
    public void Speech_cues_are_reporting_verbs_according_to_and_colons(string cue, bool speech)
    {
        string text = "X " + cue + " Y";
        var a = new Attribution([new TextSpan(text.Length - 1, text.Length)], [new TextSpan(2, 2 + cue.Length)], []);

        Assert.Equal(speech, QuoteScorer.SpeechCue(text, a, ReportingVerbs.Default));
    }
}
