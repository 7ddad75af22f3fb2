using Dossier.Events;
using Dossier.Tests.Claims;

namespace Dossier.Tests.Events;

/// <summary>A to-clause under "slated" is future whether the parser calls it xcomp (greedy) or advcl (beam); a purpose clause is not.</summary>
public sealed class AlternativeParseModalityTests
{
    private const string Slated = """
        Iranian ADJ 2 amod Iranian JJ
        president NOUN 4 nsubj president NN
        is AUX 4 cop be VBZ
        slated ADJ 0 root slated JJ
        to PART 6 mark to TO
        meet VERB 4 {0} meet VB
        Russian ADJ 8 amod Russian JJ
        counterpart NOUN 6 obj counterpart NN
        at ADP 12 case at IN
        landmark ADJ 12 amod landmark JJ
        BRICS PROPN 12 compound BRICS NNP
        summit NOUN 8 nmod summit NN
        later ADV 15 advmod late RBR
        this DET 15 det this DT
        month NOUN 6 obl:unmarked month NN
        . PUNCT 4 punct . .
        """;

    [Theory]
    [InlineData("xcomp")]
    [InlineData("advcl")]
    public void Slated_to_meet_is_future_however_the_to_clause_is_labelled(string relation)
    {
        var doc = Parsed.Doc(Slated.Replace("{0}", relation, StringComparison.Ordinal));

        Assert.Equal(Modality.Future, ModalityAnalyzer.Analyze(new SentenceGraph(doc, 0), 5));
    }

    [Fact]
    public void A_purpose_clause_under_a_verb_of_motion_stays_asserted()
    {
        var doc = Parsed.Doc("""
            Pezeshkian PROPN 2 nsubj Pezeshkian NNP
            travelled VERB 0 root travel VBD
            to ADP 4 case to IN
            Kazan PROPN 2 obl Kazan NNP
            to PART 6 mark to TO
            meet VERB 2 advcl meet VB
            Putin PROPN 6 obj Putin NNP
            . PUNCT 2 punct . .
            """);

        Assert.Equal(Modality.Asserted, ModalityAnalyzer.Analyze(new SentenceGraph(doc, 0), 5));
    }
}
