using Dossier.Claims;
using Dossier.Model;
using Dossier.Quotes;
using Dossier.Tests.Claims;

namespace Dossier.Tests.Quotes;

/// <summary>
/// The seed sentences as a beam parser parses them (written out here, so these hold whichever parser ships): the
/// quote rules must read the same speakers and contents from these attachments as from the greedy parser's.
/// </summary>
public sealed class AlternativeParseQuoteTests
{
    private static readonly QuoteFinder Finder = new(ReportingVerbs.Default, new SourceFinder(ClaimLexicon.Default));

    // "said" an acl of "ambassador" (the greedy parser makes "Moscow" its subject) and "according to a statement"
    // an obl of "suspended" (the greedy parser hangs it from "said").
    private const string Jalali = """
            Earlier ADV 8 advmod early RBR
            Russia PROPN 7 nmod:poss Russia NNP
            's PART 2 case 's POS
            RIA PROPN 7 compound RIA NNP
            state NOUN 7 compound state NN
            news NOUN 7 compound news NN
            agency NOUN 8 nsubj agency NN
            reported VERB 0 root report VBD
            that SCONJ 15 mark that IN
            the DET 11 det the DT
            agreement NOUN 15 nsubj:pass agreement NN
            had AUX 15 aux have VBD
            been AUX 15 aux:pass be VBN
            temporarily ADV 15 advmod temporarily RB
            suspended VERB 8 ccomp suspend VBN
            due ADJ 18 case due JJ
            to ADP 16 fixed to IN
            problems NOUN 15 obl problem NNS
            faced VERB 18 acl face VBN
            by ADP 22 case by IN
            Iranian ADJ 22 amod Iranian JJ
            partners NOUN 19 obl:agent partner NNS
            , PUNCT 27 punct , ,
            however ADV 27 advmod however RB
            Iran PROPN 27 nmod:poss Iran NNP
            's PART 25 case 's POS
            ambassador NOUN 15 parataxis ambassador NN
            to ADP 29 case to IN
            Moscow PROPN 27 nmod Moscow NNP
            Kazem PROPN 29 flat Kazem NNP
            Jalali PROPN 29 flat Jalali NNP
            said VERB 27 acl say VBD
            this PRON 37 nsubj this DT
            was AUX 37 cop be VBD
            not PART 37 advmod not RB
            the DET 37 det the DT
            case NOUN 32 ccomp case NN
            , PUNCT 42 punct , ,
            according VERB 42 case accord VBG
            to ADP 39 fixed to IN
            a DET 42 det a DT
            statement NOUN 15 obl statement NN
            carried VERB 42 acl carry VBN
            by ADP 49 case by IN
            Iran PROPN 49 nmod:poss Iran NNP
            's PART 45 case 's POS
            official ADJ 49 amod official JJ
            news NOUN 49 compound news NN
            agency NOUN 43 obl:agent agency NN
            IRNA PROPN 49 appos IRNA NNP
            . PUNCT 8 punct . .
            """;

    private static string Text(Document doc, MentionRef? m) => m is null ? string.Empty : doc.Text[m.Start..m.End];

    private static QuoteMention NotTheCase(Document doc) => Assert.Single(Finder.Find(doc), q => doc.Text[q.Start..q.End] == "this was not the case");

    [Fact]
    public void A_said_parsed_as_a_clause_of_the_ambassador_is_the_named_ambassadors_not_the_agencys_it_sits_under()
    {
        var doc = Parsed.Doc(Jalali).Entity("RIA", "ORG", "ent:org:ria").Entity("Kazem Jalali", "PERSON", "ent:person:kazem-jalali").Entity("IRNA", "ORG", "ent:org:irna");

        var quotes = Finder.Find(doc);
        var q = NotTheCase(doc);

        Assert.Equal(("say", "Kazem Jalali"), (q.VerbClass, Text(doc, q.Speaker)));
        // The statement IRNA carried relays Jalali's words; it is no quote of its own.
        Assert.Equal("IRNA", Text(doc, q.Conduit));
        Assert.DoesNotContain(quotes, x => x.Verb == "according to");
    }

    [Fact]
    public void Without_the_name_recognised_the_noun_a_finite_said_modifies_is_its_speaker()
    {
        var doc = Parsed.Doc(Jalali).Entity("RIA", "ORG", "ent:org:ria");

        var q = NotTheCase(doc);

        Assert.Contains("ambassador", Text(doc, q.Speaker), StringComparison.Ordinal);
        Assert.DoesNotContain("RIA", Text(doc, q.Speaker), StringComparison.Ordinal);
    }

    [Fact]
    public void An_appeal_whose_addressee_is_parsed_as_iobj_starts_at_the_addressee()
    {
        var doc = Parsed.Doc("""
            Masoud PROPN 3 nsubj Masoud NNP
            Pezeshkian PROPN 1 flat Pezeshkian NNP
            urged VERB 0 root urge VBD
            the DET 5 det the DT
            West PROPN 3 iobj West NNP
            to PART 7 mark to TO
            avoid VERB 3 xcomp avoid VB
            imposing VERB 7 xcomp impose VBG
            excessive ADJ 10 amod excessive JJ
            demands NOUN 8 obj demand NNS
            . PUNCT 3 punct . .
            """).Entity("Masoud Pezeshkian", "PERSON", "ent:person:masoud-pezeshkian");

        var q = Assert.Single(Finder.Find(doc));

        Assert.Equal(("indirect", "urge", "Masoud Pezeshkian"), (q.Kind, q.VerbClass, Text(doc, q.Speaker)));
        Assert.Equal("the West to avoid imposing excessive demands", doc.Text[q.Start..q.End]);
    }

    [Fact]
    public void A_trailing_named_speaker_whose_verb_holds_the_concessive_clause_reports_everything_before_the_name()
    {
        // "said" parataxis of "continuing", with "although the schedule … may shift" an advcl of "said" itself: that
        // clause is still part of what Peskov said, and the walk back over "Kremlin spokesman" stops at its comma.
        var doc = Parsed.Doc("""
            Moscow PROPN 5 nsubj Moscow NNP
            and CCONJ 3 cc and CC
            Tehran PROPN 1 conj Tehran NNP
            are AUX 5 aux be VBP
            continuing VERB 0 root continue VBG
            their PRON 7 nmod:poss their PRP$
            work NOUN 5 obj work NN
            on ADP 13 case on IN
            a DET 13 det a DT
            comprehensive ADJ 13 amod comprehensive JJ
            bilateral ADJ 13 amod bilateral JJ
            cooperation NOUN 13 compound cooperation NN
            agreement NOUN 5 obl agreement NN
            , PUNCT 22 punct , ,
            although SCONJ 22 mark although IN
            the DET 17 det the DT
            schedule NOUN 22 nsubj schedule NN
            of ADP 20 case of IN
            specific ADJ 20 amod specific JJ
            events NOUN 17 nmod event NNS
            may AUX 22 aux may MD
            shift VERB 28 advcl shift VB
            , PUNCT 22 punct , ,
            Kremlin PROPN 25 compound Kremlin NNP
            spokesman NOUN 26 nmod:desc spokesman NN
            Dmitry PROPN 28 nsubj Dmitry NNP
            Peskov PROPN 26 flat Peskov NNP
            said VERB 5 parataxis say VBD
            on ADP 30 case on IN
            Tuesday PROPN 28 obl Tuesday NNP
            , PUNCT 32 punct , ,
            adding VERB 28 advcl add VBG
            Russia PROPN 34 nsubj Russia NNP
            intended VERB 32 ccomp intend VBD
            to PART 36 mark to TO
            develop VERB 34 xcomp develop VB
            ties NOUN 36 obj tie NNS
            with ADP 39 case with IN
            Iran PROPN 37 nmod Iran NNP
            . PUNCT 5 punct . .
            """).Entity("Dmitry Peskov", "PERSON", "ent:person:dmitry-peskov");

        var q = Assert.Single(Finder.Find(doc), q => q.Verb == "said");

        Assert.Equal("Dmitry Peskov", Text(doc, q.Speaker));
        Assert.Equal("Moscow and Tehran are continuing their work on a comprehensive bilateral cooperation agreement , although the schedule of specific events may shift", doc.Text[q.Start..q.End]);
    }

    [Fact]
    public void A_conjoined_passive_announced_with_a_noun_subject_is_no_trailing_report()
    {
        // The beam parser's reading of seed 002: "announced" a conj of "agreement" with "Tehran" its passive subject.
        var doc = Parsed.Doc(BeamParses.WorkAnnounced);

        Assert.DoesNotContain(Finder.Find(doc), q => q.Verb == "announced");
    }
}
