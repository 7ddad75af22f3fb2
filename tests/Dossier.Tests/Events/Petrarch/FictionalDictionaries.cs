using Dossier.Events.Petrarch;

namespace Dossier.Tests.Events.Petrarch;

/// <summary>
/// Small PETRARCH-format dictionaries of our own about fictional countries (Arnor, Gondor, Rohan, Mordor), in the
/// manner of PETRARCH's validation suite, so the coder's mechanics are tested independently of the real dictionaries.
/// </summary>
internal static class FictionalDictionaries
{
    public const string Verbs = """
        &TREATY
        +TREATY
        +PACT
        +ACCORD_

        ####### VERB PATTERNS #######

        --- MEET [040:040] ---
        MEET {MEETS MET MEETING}

        --- SIGN [---] ---
        SIGN
        - * &TREATY  [057]
        - * {TRADE PROTOCOL}  [0571]

        --- ATTACK [190] ---
        ATTACK
        +BREAK_INTO {+BROKE_INTO +BROKEN_INTO}
        - * (WITH ARTILLERY)  [194]

        --- CONDEMN [111] ---
        CONDEMN
        - * ATTACK (BY)  [112]

        --- HELP [070] ---
        HELP
        SEND [---]
        - * MONEY  [071]

        --- DENY [---] ---
        DENY
        - * ACCUSATION  [016]

        --- CLASH [110] ---
        CLASH

        --- VISIT [042:043] ---
        VISIT
        """;

    public const string Actors = """
        # fictional actors for Dossier's mechanics tests
        ARNOR_  [ARN]
        +ARNORIAN_
        GONDOR_  [GON]
        +MINAS_TIRITH_
        ROHAN_  [ROH]
        MORDOR_  [MOR]

        ELESSAR_
        	[ARNREB <20000101]
        	[ARNGOV 20000101-20201231]
        	[ARNELI >20210101]
        """;

    public const string Agents = """
        GOVERNMENT [~GOV]
        MINISTER [~GOV]
        ARMY {} [~MIL]
        RIGHTS_GROUP [NGO~]
        """;

    public const string Ontology = """
        # test ontology
        050:0x0080#cooperate
        110:0x1007f#disapprove
        111:0x7001
        060:0x0070
        121:-0xFFFF+0x0070
        """;

    /// <summary>Writes the dictionaries to a fresh folder and loads them.</summary>
    public static PetrarchDictionaries Load()
    {
        string dir = Path.Combine(Path.GetTempPath(), "dossier-petrarch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "verbs.txt"), Verbs);
        File.WriteAllText(Path.Combine(dir, "actors.txt"), Actors);
        File.WriteAllText(Path.Combine(dir, "agents.txt"), Agents);
        File.WriteAllText(Path.Combine(dir, "discards.txt"), "BASEBALL\n+WORLD CUP\n");
        File.WriteAllText(Path.Combine(dir, "pico.txt"), Ontology);
        return PetrarchDictionaries.Load(dir, "verbs.txt", "actors.txt", "agents.txt", "discards.txt", "pico.txt");
    }
}
