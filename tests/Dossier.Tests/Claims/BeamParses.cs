namespace Dossier.Tests.Claims;

/// <summary>
/// Seed sentences as the beam parser parses them, written out as CoNLL-U rows (form, UPOS, head, relation, lemma,
/// XPOS) for <see cref="Parsed.Doc"/>, so that tests of several stages share one reading and hold whichever parser ships.
/// </summary>
internal static class BeamParses
{
    /// <summary>
    /// Seed 002's "Work on a new major agreement between Moscow and Tehran was announced in September 2022":
    /// "announced" a conjunct of "agreement", with "Tehran" its passive subject.
    /// </summary>
    public const string WorkAnnounced = """
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
            """;
}
