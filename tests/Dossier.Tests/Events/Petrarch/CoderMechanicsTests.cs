using Dossier.Events;
using Dossier.Events.Petrarch;
using Dossier.Model;

namespace Dossier.Tests.Events.Petrarch;

/// <summary>The coder's mechanics on fictional countries with our own small PETRARCH-format dictionaries.</summary>
public sealed class CoderMechanicsTests
{
    private static readonly PetrarchDictionaries Dictionaries = FictionalDictionaries.Load();

    private static List<string> Code(Document doc, EventCoderOptions? options = null)
    {
        var coder = new EventCoder(Dictionaries.Lexicon, Dictionaries.Resolver, options ?? EventCoderOptions.Petrarch);
        return coder.CodeSentence(doc, 0, doc.Metadata.Published, null)
            .Select(e => $"{e.Code} {e.Sources.FirstOrDefault()?.Code ?? "---"} {e.Targets.FirstOrDefault()?.Code ?? "---"}")
            .ToList();
    }

    [Fact]
    public void Codes_a_paired_meeting_in_both_directions()
    {
        var doc = Ud.Parse("""
            Arnor PROPN 2 nsubj Arnor
            met VERB 0 root meet
            Gondor PROPN 2 obj Gondor
            . PUNCT 2 punct
            """);
        Assert.Equal(["040 ARN GON", "040 GON ARN"], Code(doc));
    }

    [Fact]
    public void Most_specific_pattern_wins_over_the_bare_verb()
    {
        var doc = Ud.Parse("""
            Arnor PROPN 2 nsubj Arnor
            signed VERB 0 root sign
            a DET 4 det
            pact NOUN 2 obj pact
            with ADP 6 case
            Gondor PROPN 2 obl Gondor
            """);
        Assert.Equal(["057 ARN GON"], Code(doc));
    }

    [Fact]
    public void Names_a_parse_swallowed_into_the_opening_phrase_are_the_subject_of_the_verb_after_them()
    {
        // The beam parser's reading of seed 004's first sentence: the names hang as an apposition of "sanctions" and
        // the main verb has no subject.
        var doc = Ud.Parse("""
            In ADP 3 case
            the DET 3 det
            face NOUN 10 obl face
            of ADP 5 case
            sanctions NOUN 3 nmod sanction
            , PUNCT 7 punct
            Arnor PROPN 5 appos Arnor
            and CCONJ 9 cc
            Gondor PROPN 7 conj Gondor
            signed VERB 0 root sign
            a DET 12 det
            pact NOUN 10 obj pact
            . PUNCT 10 punct
            """);
        Assert.Equal(["057 ARN GON", "057 GON ARN"], Code(doc));
    }

    [Fact]
    public void A_name_after_a_preposition_is_no_stranded_subject()
    {
        var doc = Ud.Parse("""
            In ADP 2 case
            Arnor PROPN 3 obl Arnor
            signed VERB 0 root sign
            a DET 5 det
            pact NOUN 3 obj pact
            . PUNCT 3 punct
            """);
        Assert.All(Code(doc), c => Assert.StartsWith("057 ---", c, StringComparison.Ordinal));
    }

    [Fact]
    public void A_verb_whose_block_has_no_code_codes_nothing_without_a_pattern()
    {
        var doc = Ud.Parse("""
            Arnor PROPN 2 nsubj Arnor
            signed VERB 0 root sign
            a DET 4 det
            letter NOUN 2 obj letter
            to ADP 6 case
            Gondor PROPN 2 obl Gondor
            """);
        Assert.Empty(Code(doc));
    }

    [Fact]
    public void Passive_agent_is_the_source_and_subject_the_target()
    {
        var doc = Ud.Parse("""
            Gondor PROPN 3 nsubj:pass Gondor
            was AUX 3 aux:pass be
            attacked VERB 0 root attack
            by ADP 5 case
            Mordor PROPN 3 obl:agent Mordor
            """);
        Assert.Equal(["190 MOR GON"], Code(doc));
    }

    [Fact]
    public void Compound_subject_gives_one_event_per_actor()
    {
        var doc = Ud.Parse("""
            Arnor PROPN 4 nsubj Arnor
            and CCONJ 3 cc
            Rohan PROPN 1 conj Rohan
            condemned VERB 0 root condemn
            Mordor PROPN 4 obj Mordor
            """);
        Assert.Equal(["111 ARN MOR", "111 ROH MOR"], Code(doc));
    }

    [Fact]
    public void Actor_inside_the_object_phrase_is_the_target_of_a_pattern_with_a_preposition()
    {
        var doc = Ud.Parse("""
            Gondor PROPN 2 nsubj Gondor
            condemned VERB 0 root condemn
            an DET 4 det
            attack NOUN 2 obj attack
            by ADP 7 case
            Mordor PROPN 7 compound Mordor
            army NOUN 4 nmod army
            """);
        Assert.Equal(["112 GON MORMIL"], Code(doc));
    }

    [Fact]
    public void Agent_words_add_their_role_to_the_country_code()
    {
        var doc = Ud.Parse("""
            The DET 3 det
            Gondor PROPN 3 compound Gondor
            government NOUN 4 nsubj government
            condemned VERB 0 root condemn
            Mordor PROPN 4 obj Mordor
            """);
        Assert.Equal(["111 GONGOV MOR"], Code(doc));
    }

    [Theory]
    [InlineData(1999, 6, 1, "ARNREB")]
    [InlineData(2005, 6, 1, "ARNGOV")]
    [InlineData(2022, 6, 1, "ARNELI")]
    public void Dated_actor_codes_follow_the_event_date(int year, int month, int day, string expected)
    {
        var doc = Ud.Parse("""
            Elessar PROPN 2 nsubj Elessar
            visited VERB 0 root visit
            Rohan PROPN 2 obj Rohan
            """, new DateOnly(year, month, day));
        Assert.Contains($"042 {expected} ROH", Code(doc));
    }

    [Fact]
    public void Multiword_verb_is_chosen_when_its_particle_is_present()
    {
        var doc = Ud.Parse("""
            Mordor PROPN 2 nsubj Mordor
            broke VERB 0 root break
            into ADP 2 compound:prt into
            Gondor PROPN 2 obj Gondor
            """);
        Assert.Equal(["190 MOR GON"], Code(doc));
    }

    [Fact]
    public void Require_dyad_drops_events_without_a_coded_target()
    {
        var doc = Ud.Parse("""
            Arnor PROPN 2 nsubj Arnor
            attacked VERB 0 root attack
            . PUNCT 2 punct
            """);
        Assert.Empty(Code(doc));
        Assert.Equal(["190 ARN ---"], Code(doc, EventCoderOptions.Default));
    }

    [Fact]
    public void Negation_recodes_through_the_ontology_in_petrarch_mode_and_marks_modality_otherwise()
    {
        var doc = Ud.Parse("""
            Arnor PROPN 4 nsubj Arnor
            did AUX 4 aux do
            not PART 4 advmod not
            clash VERB 0 root clash
            with ADP 6 case with
            Gondor PROPN 4 obl Gondor
            """);
        var petrarch = EventCoderOptions.Petrarch with { Negate = Dictionaries.Ontology!.Negate };
        var coder = new EventCoder(Dictionaries.Lexicon, Dictionaries.Resolver, petrarch);
        Assert.Equal("050", Assert.Single(coder.CodeSentence(doc, 0, null, null)).Code);
        var plain = new EventCoder(Dictionaries.Lexicon, Dictionaries.Resolver);
        var e = Assert.Single(plain.CodeSentence(doc, 0, null, null));
        Assert.Equal(("110", Modality.Negated), (e.Code, e.Modality));
    }

    [Fact]
    public void Discard_list_names_the_phrase_that_blocks_a_sentence()
    {
        Assert.Equal("BASEBALL", Dictionaries.Discards!.Find("Arnor beat Gondor at baseball."));
        Assert.Null(Dictionaries.Discards.Find("Arnor met Gondor."));
    }

    [Fact]
    public void Evidence_spans_lie_in_the_text_and_name_trigger_and_actors()
    {
        var doc = Ud.Parse("""
            Arnor PROPN 2 nsubj Arnor
            met VERB 0 root meet
            Gondor PROPN 2 obj Gondor
            """);
        var coder = new EventCoder(Dictionaries.Lexicon, Dictionaries.Resolver, EventCoderOptions.Petrarch);
        var e = coder.CodeSentence(doc, 0, null, null)[0];
        Assert.Equal("met", e.Trigger.Slice(doc.Text));
        Assert.Equal("Arnor", e.Sources[0].Span.Slice(doc.Text));
        Assert.Equal("Gondor", e.Targets[0].Span.Slice(doc.Text));
    }
}
