using Dossier.Agreements;
using Dossier.Claims;

namespace Dossier.Tests.Claims;

/// <summary>
/// "Work on a new major agreement between Moscow and Tehran was announced in September 2022" as a beam parser
/// parses it: "Tehran" the passive subject of "announced", which is a conjunct of "agreement". The "between" phrase
/// still names both parties, so the agreement is the one Moscow and Tehran were said to be working on.
/// </summary>
public sealed class AlternativeParseAgreementTests
{
    [Fact]
    public void A_between_phrase_whose_second_party_the_parse_stranded_still_names_both_and_the_state_is_read()
    {
        var doc = Parsed.Doc("""
            Work NOUN 0 root work NN
            on ADP 6 case on IN
            a DET 6 det a DT
            new ADJ 6 amod new JJ
            major ADJ 6 amod major JJ
            agreement NOUN 1 obl agreement NN
            between ADP 8 case between IN
            Moscow PROPN 6 nmod Moscow NNP
            and CCONJ 12 cc and CC
            Tehran PROPN 12 nsubj:pass Tehran NNP
            was AUX 12 aux:pass be VBD
            announced VERB 6 conj announce VBN
            in ADP 15 case in IN
            September PROPN 15 nmod:unmarked September NNP
            2022 NUM 12 obl 2022 CD
            . PUNCT 1 punct . .
            """).Entity("Moscow", "GPE", "ent:gov:RUS").Entity("Tehran", "GPE", "ent:gov:IRN").Timex("September 2022", "2022-09");

        var agreement = Assert.Single(ArticleAgreementFinder.Default.Find(new ParsedArticle(doc)).Agreements);

        Assert.Equal(["IRN", "RUS"], agreement.Parties.Order(StringComparer.Ordinal));
        var state = Assert.Single(agreement.States);
        Assert.Equal(("announced", "2022-09"), (state.State, state.Date));
    }
}
