using Dossier.Events;
using Dossier.Model;

namespace Dossier.Tests.Events;

/// <summary>
/// Dossier's own lexicon (resources/en/events) with the entity-based actor resolver, on hand-written UD parses of
/// news sentences: codes, arguments and modality.
/// </summary>
public sealed class DossierLexiconTests
{
    private static readonly Lazy<EventsStage> Stage = new(() => EventsStage.CreateDefault());

    private static List<EventMention> Code(Document doc)
    {
        Stage.Value.Process(doc);
        return doc.Events;
    }

    private static string Show(EventMention e) =>
        $"{e.Code} {e.Sources.FirstOrDefault()?.Code ?? "---"} {e.Targets.FirstOrDefault()?.Code ?? "---"} {e.Modality}";

    [Fact]
    public void Tehran_has_denied_giving_Moscow_drones_is_a_denial_not_a_supply_event()
    {
        var doc = Ud.Parse("""
            Tehran PROPN 3 nsubj Tehran
            has AUX 3 aux have
            denied VERB 0 root deny
            giving VERB 3 xcomp give
            Moscow PROPN 4 iobj Moscow
            hundreds NOUN 4 obj hundred
            of ADP 8 case of
            drones NOUN 6 nmod drone
            . PUNCT 3 punct
            """).WithEntity("Tehran", "GPE", "ent:IRN").WithEntity("Moscow", "GPE", "ent:RUS");
        var events = Code(doc).Select(Show).ToList();
        Assert.Contains("120 IRN RUS asserted", events);
        // The supply the denial denies is not an event at all (issue 7: "a denial, not a supply event").
        Assert.DoesNotContain(doc.Events, e => e.Code.StartsWith("07", StringComparison.Ordinal));
    }

    [Fact]
    public void A_means_clause_is_done_by_the_governing_subject_not_its_object()
    {
        var doc = Ud.Parse("""
            Putin PROPN 4 nsubj Putin
            and CCONJ 3 cc and
            Pezeshkian PROPN 1 conj Pezeshkian
            strengthened VERB 0 root strengthen
            their PRON 6 nmod:poss they
            relationship NOUN 4 obj relationship
            by SCONJ 8 mark by
            signing VERB 4 advcl sign
            an DET 10 det a
            agreement NOUN 8 obj agreement
            . PUNCT 4 punct
            """).WithEntity("Putin", "PERSON", "ent:RUS").WithEntity("Pezeshkian", "PERSON", "ent:IRN");
        var events = Code(doc).Select(Show).ToList();
        Assert.Contains("057 RUS IRN asserted", events);
        Assert.Contains("057 IRN RUS asserted", events);
    }

    [Fact]
    public void An_accusation_is_asserted_and_its_content_is_reported()
    {
        var doc = Ud.Parse("""
            Washington PROPN 2 nsubj Washington
            accuses VERB 0 root accuse
            Iran PROPN 2 obj Iran
            of SCONJ 5 mark of
            providing VERB 2 advcl provide
            drones NOUN 5 obj drone
            to ADP 8 case to
            Russia PROPN 5 obl Russia
            """).WithEntity("Washington", "GPE", "ent:USA").WithEntity("Iran", "GPE", "ent:IRN").WithEntity("Russia", "GPE", "ent:RUS");
        var events = Code(doc).Select(Show).ToList();
        Assert.Contains("112 USA IRN asserted", events);
        Assert.Contains("072 IRN RUS reported", events);
    }

    [Theory]
    [InlineData("did AUX 4 aux do|not PART 4 advmod not", "negated")]
    [InlineData("will AUX 4 aux will|soon ADV 4 advmod soon", "future")]
    [InlineData("could AUX 4 aux could|soon ADV 4 advmod soon", "hypothetical")]
    [InlineData("has AUX 4 aux have|now ADV 4 advmod now", "asserted")]
    public void Auxiliaries_and_negation_set_the_modality(string auxiliaries, string modality)
    {
        var aux = auxiliaries.Split('|');
        var doc = Ud.Parse($"""
            Russia PROPN 4 nsubj Russia
            {aux[0]}
            {aux[1]}
            sign VERB 0 root sign
            the DET 6 det the
            treaty NOUN 4 obj treaty
            with ADP 8 case with
            Iran PROPN 4 obl Iran
            """).WithEntity("Russia", "GPE", "ent:RUS").WithEntity("Iran", "GPE", "ent:IRN");
        Assert.Equal($"057 RUS IRN {modality}", Show(Assert.Single(Code(doc))));
    }

    [Fact]
    public void Slated_to_attend_a_summit_is_a_future_meeting_at_a_third_location()
    {
        var doc = Ud.Parse("""
            Pezeshkian PROPN 3 nsubj:pass Pezeshkian
            is AUX 3 aux:pass be
            slated VERB 0 root slate
            to PART 5 mark to
            attend VERB 3 xcomp attend
            the DET 8 det the
            BRICS PROPN 8 compound BRICS
            summit NOUN 5 obj summit
            in ADP 10 case in
            Kazan PROPN 5 obl Kazan
            """).WithEntity("Pezeshkian", "PERSON", "ent:IRN").WithEntity("Kazan", "GPE", "ent:RUS-KAZAN");
        var e = Assert.Single(Code(doc), x => x.Code == "044");
        Assert.Equal((Modality.Future, "IRN"), (e.Modality, e.Sources[0].Code));
        Assert.Equal("Kazan", e.Location!.Span.Slice(doc.Text));
    }

    [Theory]
    [InlineData("expected", "expect")]
    [InlineData("set", "set")]
    [InlineData("poised", "poise")]
    public void Expected_to_sign_is_future(string form, string lemma)
    {
        var doc = Ud.Parse($"""
            Iran PROPN 3 nsubj:pass Iran
            is AUX 3 aux:pass be
            {form} VERB 0 root {lemma}
            to PART 5 mark to
            sign VERB 3 xcomp sign
            the DET 7 det the
            treaty NOUN 5 obj treaty
            """).WithEntity("Iran", "GPE", "ent:IRN");
        Assert.Equal("057 IRN --- future", Show(Assert.Single(Code(doc), e => e.Code == "057")));
    }

    [Fact]
    public void Conditional_clause_is_hypothetical()
    {
        var doc = Ud.Parse("""
            If SCONJ 3 mark if
            Iran PROPN 3 nsubj Iran
            supplies VERB 7 advcl supply
            missiles NOUN 3 obj missile
            , PUNCT 7 punct ,
            Washington PROPN 7 nsubj Washington
            imposes VERB 0 root impose
            sanctions NOUN 7 obj sanction
            """).WithEntity("Iran", "GPE", "ent:IRN").WithEntity("Washington", "GPE", "ent:USA");
        var events = Code(doc).Select(Show).ToList();
        Assert.Contains("072 IRN --- hypothetical", events);
        Assert.Contains("163 USA --- asserted", events);
    }

    [Fact]
    public void Content_of_said_is_reported()
    {
        var doc = Ud.Parse("""
            Moscow PROPN 2 nsubj Moscow
            said VERB 0 root say
            Tehran PROPN 4 nsubj Tehran
            supplied VERB 2 ccomp supply
            drones NOUN 4 obj drone
            to ADP 7 case to
            Russia PROPN 4 obl Russia
            """).WithEntity("Moscow", "GPE", "ent:RUS").WithEntity("Tehran", "GPE", "ent:IRN").WithEntity("Russia", "GPE", "ent:RUS");
        Assert.Contains("072 IRN RUS reported", Code(doc).Select(Show));
    }

    [Fact]
    public void A_clause_attributed_by_a_trailing_said_is_reported()
    {
        var doc = Ud.Parse("""
            Russia PROPN 2 nsubj Russia
            signed VERB 0 root sign
            the DET 4 det the
            treaty NOUN 2 obj treaty
            , PUNCT 2 punct ,
            officials NOUN 7 nsubj official
            said VERB 2 parataxis say
            """).WithEntity("Russia", "GPE", "ent:RUS");
        Assert.Equal("057 RUS --- reported", Show(Assert.Single(Code(doc), e => e.Code == "057")));
    }

    [Fact]
    public void Event_date_is_the_sentence_date_else_the_narrative_time_never_the_report_date()
    {
        var doc = Ud.Parse("""
            Russia PROPN 2 nsubj Russia
            signed VERB 0 root sign
            the DET 4 det the
            treaty NOUN 2 obj treaty
            """, new DateOnly(2025, 1, 20)).WithEntity("Russia", "GPE", "ent:RUS");
        Assert.Null(Assert.Single(Code(doc)).Date);
        doc.Events.Clear();
        doc.Timexes.Add(new TimexMention(0, 6, "DATE", "2025-01-17") { Sentence = 0 });
        Assert.Equal("2025-01-17", Assert.Single(Code(doc)).Date);
    }

    [Theory]
    [InlineData("imposed", "impose", "sanctions", "sanction", "163")]
    [InlineData("supplied", "supply", "drones", "drone", "072")]
    [InlineData("suspended", "suspend", "talks", "talks", "164")]
    [InlineData("joined", "join", "bloc", "bloc", "057")]
    [InlineData("extended", "extend", "agreement", "agreement", "057")]
    public void Extensions_code_current_news_phrases(string verb, string verbLemma, string noun, string nounLemma, string code)
    {
        var doc = Ud.Parse($"""
            Russia PROPN 2 nsubj Russia
            {verb} VERB 0 root {verbLemma}
            the DET 4 det the
            {noun} NOUN 2 obj {nounLemma}
            """).WithEntity("Russia", "GPE", "ent:RUS");
        Assert.Contains(Code(doc), e => e.Code == code && e.Trigger.Slice(doc.Text) == verb);
    }

    [Fact]
    public void Talks_between_two_countries_is_a_noun_event_between_both()
    {
        var doc = Ud.Parse("""
            Talks NOUN 0 root talks
            between ADP 3 case between
            Iran PROPN 1 nmod Iran
            and CCONJ 5 cc and
            Russia PROPN 3 conj Russia
            """).WithEntity("Iran", "GPE", "ent:IRN").WithEntity("Russia", "GPE", "ent:RUS");
        var events = Code(doc).Select(Show).ToList();
        Assert.Contains("046 IRN RUS asserted", events);
        Assert.Contains("046 RUS IRN asserted", events);
    }
}
