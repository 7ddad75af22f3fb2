namespace Dossier.Tests.Claims;

/// <summary>Hand parses shared by the claim and agreement tests (fictional states: Arnor, Gondor, Rohan).</summary>
internal static class Sentences
{
    /// <summary>"Arnor and Gondor are negotiating a friendship treaty ."</summary>
    public const string Negotiating = """
        Arnor PROPN 5 nsubj Arnor NNP
        and CCONJ 3 cc and CC
        Gondor PROPN 1 conj Gondor NNP
        are AUX 5 aux be VBP
        negotiating VERB 0 root negotiate VBG
        a DET 8 det a DT
        friendship NOUN 8 compound friendship NN
        treaty NOUN 5 obj treaty NN
        . PUNCT 5 punct . .
        """;

    /// <summary>"Arnor 's agency reported that the treaty had been suspended ."</summary>
    public const string Reported = """
        Arnor PROPN 3 nmod:poss Arnor NNP
        's PART 1 case 's POS
        agency NOUN 4 nsubj agency NN
        reported VERB 0 root report VBD
        that SCONJ 10 mark that IN
        the DET 7 det the DT
        treaty NOUN 10 nsubj:pass treaty NN
        had AUX 10 aux have VBD
        been AUX 10 aux:pass be VBN
        suspended VERB 4 ccomp suspend VBN
        . PUNCT 4 punct . .
        """;

    /// <summary>"Faramir said this was not the case ."</summary>
    public const string NotTheCase = """
        Faramir PROPN 2 nsubj Faramir NNP
        said VERB 0 root say VBD
        this PRON 7 nsubj this DT
        was AUX 7 cop be VBD
        not PART 7 advmod not RB
        the DET 7 det the DT
        case NOUN 2 ccomp case NN
        . PUNCT 2 punct . .
        """;

    /// <summary>"Gondor maintained no interruption in its preparation ."</summary>
    public const string NoInterruption = """
        Gondor PROPN 2 nsubj Gondor NNP
        maintained VERB 0 root maintain VBD
        no DET 4 det no DT
        interruption NOUN 2 obj interruption NN
        in ADP 7 case in IN
        its PRON 7 nmod:poss its PRP$
        preparation NOUN 2 obl preparation NN
        . PUNCT 2 punct . .
        """;

    /// <summary>"Gondor accuses Arnor of providing Rohan with drones — a claim denied by Arnor ."</summary>
    public const string Accusation = """
        Gondor PROPN 2 nsubj Gondor NNP
        accuses VERB 0 root accuse VBZ
        Arnor PROPN 2 obj Arnor NNP
        of SCONJ 5 mark of IN
        providing VERB 2 advcl provide VBG
        Rohan PROPN 5 obj Rohan NNP
        with ADP 8 case with IN
        drones NOUN 5 obl drone NNS
        — PUNCT 11 punct — :
        a DET 11 det a DT
        claim NOUN 2 parataxis claim NN
        denied VERB 11 acl deny VBN
        by ADP 14 case by IN
        Arnor PROPN 12 obl:agent Arnor NNP
        . PUNCT 2 punct . .
        """;

    /// <summary>"Boromir remarked , " This is a decision ." followed by "The process has halted . "".</summary>
    public const string QuotedHalt = """
        Boromir PROPN 2 nsubj Boromir NNP
        remarked VERB 0 root remark VBD
        , PUNCT 8 punct , ,
        " PUNCT 8 punct `` ``
        This PRON 8 nsubj this DT
        is AUX 8 cop be VBZ
        a DET 8 det a DT
        decision NOUN 2 ccomp decision NN
        . PUNCT 2 punct . .
        --
        The DET 2 det the DT
        process NOUN 4 nsubj process NN
        has AUX 4 aux have VBZ
        halted VERB 0 root halt VBN
        . PUNCT 4 punct . .
        " PUNCT 4 punct '' ''
        """;

    /// <summary>"Arnor and Gondor signed the friendship treaty on Friday ."</summary>
    public const string SignedOnFriday = """
        Arnor PROPN 4 nsubj Arnor NNP
        and CCONJ 3 cc and CC
        Gondor PROPN 1 conj Gondor NNP
        signed VERB 0 root sign VBD
        the DET 7 det the DT
        friendship NOUN 7 compound friendship NN
        treaty NOUN 4 obj treaty NN
        on ADP 9 case on IN
        Friday PROPN 4 obl Friday NNP
        . PUNCT 4 punct . .
        """;

    public static string Join(params string[] sentences) => string.Join("\n--\n", sentences);
}
