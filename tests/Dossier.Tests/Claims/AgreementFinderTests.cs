using Dossier.Agreements;
using Dossier.Claims;
using Dossier.Model;

namespace Dossier.Tests.Claims;

public sealed class AgreementFinderTests
{
    private static ArticleAgreements Find(Document doc) => ArticleAgreementFinder.Default.Find(new ParsedArticle(doc));

    [Fact]
    public void A_present_tense_state_without_a_date_holds_on_the_day_the_article_appeared()
    {
        var doc = Parsed.Doc(Sentences.Negotiating, new DateOnly(2024, 6, 11)).Entity("Arnor", "GPE", "ent:ARN").Entity("Gondor", "GPE", "ent:GON");

        var agreement = Assert.Single(Find(doc).Agreements);

        Assert.Equal("friendship treaty", agreement.DisplayName);
        Assert.Equal(["friendship"], agreement.Descriptors);
        Assert.Equal(["ARN", "GON"], agreement.Parties.Order(StringComparer.Ordinal));
        var state = Assert.Single(agreement.States);
        Assert.Equal(("negotiating", "2024-06-11"), (state.State, state.Date));
    }

    [Fact]
    public void A_signing_on_a_weekday_is_dated_only_when_the_article_has_a_day_or_range_to_read_it_against()
    {
        var undated = Parsed.Doc(Sentences.SignedOnFriday).Entity("Arnor", "GPE", "ent:ARN").Entity("Gondor", "GPE", "ent:GON").Timex("Friday", "XXXX-WXX-5");
        var narrowed = Parsed.Doc(Sentences.SignedOnFriday).Entity("Arnor", "GPE", "ent:ARN").Entity("Gondor", "GPE", "ent:GON").Timex("Friday", "XXXX-WXX-5");
        narrowed.Metadata = narrowed.Metadata with { PublishedRange = new DateRange(new DateOnly(2025, 1, 17), new DateOnly(2025, 1, 20)) };

        var signed = Assert.Single(Assert.Single(Find(undated).Agreements).States);
        var dated = Assert.Single(Assert.Single(Find(narrowed).Agreements).States);

        Assert.Equal(("signed", (string?)null), (signed.State, signed.Date));
        Assert.Equal(("signed", "2025-01-17"), (dated.State, dated.Date));
    }

    [Fact]
    public void A_future_signing_is_no_state_and_final_stages_is_one()
    {
        var doc = Parsed.Doc("""
            the DET 2 det the DT
            treaty NOUN 6 nsubj:pass treaty NN
            would AUX 6 aux would MD
            likely ADV 6 advmod likely RB
            be AUX 6 aux:pass be VB
            signed VERB 0 root sign VBN
            soon ADV 6 advmod soon RB
            . PUNCT 6 punct . .
            --
            a DET 3 det a DT
            draft NOUN 3 compound draft NN
            agreement NOUN 8 nsubj agreement NN
            was AUX 8 cop be VBD
            in ADP 8 case in IN
            its PRON 8 nmod:poss its PRP$
            final ADJ 8 amod final JJ
            stages NOUN 0 root stage NNS
            . PUNCT 8 punct . .
            """);

        var agreements = Find(doc).Agreements;

        var agreement = Assert.Single(agreements);
        Assert.Equal(["final stages"], agreement.States.Select(s => s.State));
    }

    [Fact]
    public void A_capitalised_name_known_as_joins_the_phrase_before_it_and_a_full_party_list_that_differs_is_another_agreement()
    {
        var doc = Parsed.Doc(Sentences.Join(
            Sentences.Negotiating,
            """
            Arnor PROPN 3 nsubj Arnor NNP
            first ADV 3 advmod first RB
            established VERB 0 root establish VBD
            a DET 6 det a DT
            long-term ADJ 6 amod long-term JJ
            agreement NOUN 3 obj agreement NN
            , PUNCT 9 punct , ,
            known VERB 9 acl know VBN
            as ADP 11 case as IN
            the DET 11 det the DT
            Treaty PROPN 8 obl Treaty NNP
            of ADP 13 case of IN
            Amity PROPN 11 nmod Amity NNP
            . PUNCT 3 punct . .
            """,
            """
            Rohan PROPN 3 nsubj Rohan NNP
            was AUX 3 cop be VBD
            part NOUN 0 root part NN
            of ADP 6 case of IN
            an DET 6 det a DT
            agreement NOUN 3 nmod agreement NN
            between ADP 8 case between IN
            Arnor PROPN 6 nmod Arnor NNP
            , PUNCT 10 punct , ,
            Gondor PROPN 8 conj Gondor NNP
            and CCONJ 12 cc and CC
            Rohan PROPN 8 conj Rohan NNP
            . PUNCT 3 punct . .
            """))
            .Entity("Arnor", "GPE", "ent:ARN").Entity("Gondor", "GPE", "ent:GON").Entity("Arnor", "GPE", "ent:ARN", 1)
            .Entity("Arnor", "GPE", "ent:ARN", 2).Entity("Gondor", "GPE", "ent:GON", 1).Entity("Rohan", "GPE", "ent:ROH", 1);

        var agreements = Find(doc).Agreements;

        Assert.Equal(3, agreements.Count);
        Assert.Equal("friendship treaty", agreements[0].DisplayName);
        Assert.Equal(["long-term agreement", "Treaty of Amity"], agreements[1].Mentions.Select(m => m.Name));
        Assert.Equal("Treaty of Amity", agreements[1].DisplayName);
        Assert.Equal(["signed"], agreements[1].States.Select(s => s.State));
        Assert.Equal(["ARN", "GON", "ROH"], agreements[2].Parties.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_term_and_the_provisions_come_from_the_agreement_phrase_and_the_verbs_it_is_subject_of()
    {
        var doc = Parsed.Doc("""
            the DET 3 det the DT
            20-year ADJ 3 amod 20-year JJ
            pact NOUN 6 nsubj pact NN
            does AUX 6 aux do VBZ
            not PART 6 advmod not RB
            provide VERB 0 root provide VB
            for ADP 9 case for IN
            mutual ADJ 9 amod mutual JJ
            defence NOUN 6 obl defence NN
            . PUNCT 6 punct . .
            """).Timex("20-year", "P20Y", "DURATION");

        var agreement = Assert.Single(Find(doc).Agreements);

        Assert.Equal(20, agreement.TermYears);
        Assert.Empty(agreement.Descriptors);
        var provision = Assert.Single(agreement.Provisions);
        Assert.Equal(("mutual defence", true), (provision.Text, provision.Negated));
    }
}
