using Dossier.Model;
using static Dossier.Tests.Quotes.Annotated;

namespace Dossier.Tests.Quotes;

/// <summary>Each construction on a short sentence written the way the seed articles write it, through the real pipeline.</summary>
public sealed class QuoteFinderTests
{
    private static QuoteMention Quote(Document doc, string contains) =>
        Assert.Single(doc.Quotes, q => Slice(doc, q).Contains(contains, StringComparison.Ordinal) && q.Kind != "indirect" || (q.Kind == "indirect" && Slice(doc, q).Contains(contains, StringComparison.Ordinal) && !doc.Quotes.Any(p => p.Kind != "indirect" && Slice(doc, p).Contains(contains, StringComparison.Ordinal))));

    [Theory]
    [InlineData("Moscow and Tehran will keep working on the treaty, although the signing date may change, Foreign Ministry spokeswoman Maria Zakharova said on Friday.", "Maria Zakharova", "although the signing date may change")]
    [InlineData("The talks are going well, although some issues may remain, Iranian Foreign Minister Abbas Araghchi said.", "Abbas Araghchi", "although some issues may remain")]
    [InlineData("Tehran wants a deal, because sanctions are hurting, Iran's ambassador to Moscow Kazem Jalali said.", "Kazem Jalali", "because sanctions are hurting")]
    public void A_trailing_speaker_after_a_subordinate_clause_reports_the_whole_sentence_before_the_comma(string text, string speaker, string end)
    {
        var doc = Doc(text);

        var q = Assert.Single(doc.Quotes);

        Assert.Equal(("indirect", speaker), (q.Kind, SpeakerText(doc, q)));
        Assert.StartsWith(text[..text.IndexOf(' ', StringComparison.Ordinal)], Slice(doc, q), StringComparison.Ordinal);
        Assert.EndsWith(end, Slice(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void A_direct_quote_before_its_verb_is_attributed_to_the_subject()
    {
        var doc = Doc("“The relationship between Iran and Russia is very deep,” Mohammed Mokhber said on Thursday.");

        var q = Quote(doc, "very deep");

        Assert.Equal(("direct", "Mohammed Mokhber", "said", "say"), (q.Kind, SpeakerText(doc, q), q.Verb, q.VerbClass));
        Assert.Equal("The relationship between Iran and Russia is very deep", Slice(doc, q));
    }

    [Fact]
    public void A_multi_sentence_quote_after_a_comma_takes_the_apposed_name()
    {
        var doc = Doc("Zamir Kabulov, a Russian foreign ministry official, remarked, \"This is a strategic decision made by the leadership of both countries. The process has halted due to issues faced by our Iranian partners.\"");

        var q = Quote(doc, "The process has halted");

        Assert.Equal("direct", q.Kind);
        Assert.StartsWith("This is a strategic decision", Slice(doc, q), StringComparison.Ordinal);
        Assert.Contains("Kabulov", SpeakerText(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_introduced_by_a_colon_is_direct()
    {
        var doc = Doc("Iranian President Masoud Pezeshkian declared: “We witness a new chapter of strategic relations.”");

        var q = Quote(doc, "new chapter");

        Assert.Equal("direct", q.Kind);
        Assert.Contains("Pezeshkian", SpeakerText(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void Both_halves_of_a_split_quote_go_to_the_speaker_and_a_pronoun_to_the_person_named_before()
    {
        var doc = Doc("Masoud Pezeshkian met Vladimir Putin in Moscow on Friday. “We are firmly on this path,” he said, “and we view our relationship with you as vital.”");

        var first = Quote(doc, "firmly on this path");
        var second = Quote(doc, "as vital");

        Assert.Equal("Masoud Pezeshkian", SpeakerText(doc, first));
        Assert.Equal("Masoud Pezeshkian", SpeakerText(doc, second));
        Assert.Equal("he", first.SpeakerWords is { } w ? doc.Text[w.Start..w.End] : null);
    }

    [Fact]
    public void A_quoted_fragment_inside_reported_speech_is_partial()
    {
        var doc = Doc("Iran's acting president Mohammad Mokhber reassured Vladimir Putin that ties with Iran would remain \"deep\".");

        var q = Assert.Single(doc.Quotes, q => q.Kind == "partial");

        Assert.Equal("deep", Slice(doc, q));
        Assert.Contains("Mokhber", SpeakerText(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void Said_that_gives_indirect_speech_with_its_clause()
    {
        var doc = Doc("Kremlin spokesman Dmitry Peskov said on Tuesday that the schedule of specific events may shift.");

        var q = Assert.Single(doc.Quotes);

        Assert.Equal(("indirect", "Dmitry Peskov", "say"), (q.Kind, SpeakerText(doc, q), q.VerbClass));
        Assert.Contains("the schedule of specific events may shift", Slice(doc, q), StringComparison.Ordinal);
        Assert.DoesNotContain("Peskov", Slice(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void A_reporting_verb_after_the_clause_takes_the_name_before_it()
    {
        var doc = Doc("Moscow and Tehran are continuing their work on a comprehensive bilateral cooperation agreement, although the schedule of specific events may shift, Kremlin spokesman Dmitry Peskov said on Tuesday, adding Russia intended to develop ties with Iran.");

        var q = Assert.Single(doc.Quotes, q => q.Verb == "said");

        Assert.Equal("Dmitry Peskov", SpeakerText(doc, q));
        Assert.StartsWith("Moscow and Tehran are continuing", Slice(doc, q), StringComparison.Ordinal);
        Assert.EndsWith("may shift", Slice(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void Told_someone_that_is_attributed_to_the_teller()
    {
        var doc = Doc("Pezeshkian told Shoigu that his government wanted closer ties with Moscow.");

        var q = Assert.Single(doc.Quotes);

        Assert.Equal("Pezeshkian", SpeakerText(doc, q));
        Assert.Contains("his government wanted closer ties", Slice(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void According_to_names_the_speaker_and_the_rest_of_the_sentence_is_the_content()
    {
        var doc = Doc("According to Russia's foreign ministry, Moscow and Tehran are negotiating a comprehensive cooperation agreement.");

        var q = Assert.Single(doc.Quotes);

        Assert.Equal(("indirect", "according to"), (q.Kind, q.Verb));
        Assert.Equal("Russia's foreign ministry", SpeakerText(doc, q));
        Assert.StartsWith("Moscow and Tehran are negotiating", Slice(doc, q), StringComparison.Ordinal);
    }

    [Fact]
    public void Quoted_as_saying_by_an_agency_keeps_the_agency_as_conduit()
    {
        var doc = Doc("Russian Prime Minister Mikhail Mishustin held talks in Tehran on Monday. “We welcome Iran’s firm decision to strengthen its partnership with Russia,” he was quoted as saying by Russia’s TASS news agency.");

        var q = Quote(doc, "We welcome");

        Assert.Equal("Mikhail Mishustin", SpeakerText(doc, q));
        Assert.NotNull(q.Conduit);
        Assert.Contains("TASS", doc.Text[q.Conduit.Start..q.Conduit.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Dmitry Peskov, the spokesperson for the Kremlin, denied any connection to the inauguration.", "deny", "any connection")]
    [InlineData("Sergey Ryabkov accused the United States of seeking to drive a wedge between Moscow and Tehran.", "accuse", "the United States")]
    [InlineData("Masoud Pezeshkian urged the West to avoid imposing excessive demands.", "urge", "the West")]
    public void Denials_accusations_and_appeals_keep_their_class(string text, string verbClass, string contentStart)
    {
        var doc = Doc(text);

        var q = Assert.Single(doc.Quotes, q => q.Kind == "indirect");

        Assert.Equal(verbClass, q.VerbClass);
        Assert.StartsWith(contentStart, Slice(doc, q), StringComparison.Ordinal);
        Assert.NotNull(q.Speaker);
    }

    [Theory]
    [InlineData("Trump's approach of \"maximum pressure\" on Iran might cause the problems to worsen.")]
    [InlineData("The blow hit Tehran's self-proclaimed “Axis of Resistance” throughout the region.")]
    public void Scare_quotes_without_a_cue_are_not_quotes(string text) => Assert.Empty(Doc(text).Quotes);

    [Fact]
    public void A_quoted_sentence_without_a_cue_continues_the_previous_speaker()
    {
        var doc = Doc("Masoud Pezeshkian spoke in Moscow. He claimed, \"They come from another side of the world to cause chaos in the area.\" \"These connections will undoubtedly defuse their plot.\"");

        var q = Quote(doc, "defuse their plot");

        Assert.Equal(("direct", "Masoud Pezeshkian"), (q.Kind, SpeakerText(doc, q)));
    }

    [Fact]
    public void A_paragraph_opening_with_a_name_and_a_colon_is_attributed_to_the_name_but_a_dateline_is_not()
    {
        var doc = Doc("Peskov: Moscow and Tehran continue their work on the agreement\nTEHRAN: Officials met on Monday to discuss the treaty.");

        var q = Assert.Single(doc.Quotes);

        Assert.Equal(("Peskov", "Moscow and Tehran continue their work on the agreement"), (SpeakerText(doc, q), Slice(doc, q)));
    }

    [Fact]
    public void A_quote_carries_the_date_of_its_sentence()
    {
        var doc = Doc("“Russia is genuinely interested in bringing cooperation to a higher level,” Mishustin said on Sept. 30, 2024.");

        Assert.Equal("2024-09-30", Quote(doc, "genuinely interested").Date);
    }
}
