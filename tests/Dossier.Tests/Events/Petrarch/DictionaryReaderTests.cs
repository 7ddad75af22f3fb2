using Dossier.Events.Lexicon;
using Dossier.Events.Petrarch;

namespace Dossier.Tests.Events.Petrarch;

public sealed class DictionaryReaderTests
{
    [Theory]
    [InlineData("- * (FOR {FINANCIAL AID})  [0331]  # comment", "* (FOR {FINANCIAL AID})", "0331", null)]
    [InlineData("- + * (IN) $  [075]", "+ * (IN) $", "075", null)]
    [InlineData("- * SUMMIT (WITH) [036:036]", "* SUMMIT (WITH)", "036", "036")]
    [InlineData("- RECENTLY *  [025]", "RECENTLY *", "025", null)]
    [InlineData("- * &CURRENCY [0331]", "* &CURRENCY", "0331", null)]
    public void Reads_patterns_in_petrarch_notation(string line, string text, string code, string? paired)
    {
        var p = PatternParser.Parse(line, "test")!;
        Assert.Equal((text, code, paired), (p.Text, p.Code, p.PairedCode));
    }

    [Fact]
    public void A_pattern_without_a_star_is_not_a_pattern()
    {
        Assert.Null(PatternParser.Parse("- AID [070]", "test"));
    }

    [Fact]
    public void Verb_reader_keeps_blocks_synsets_forms_and_multiword_verbs()
    {
        var d = FictionalDictionaries.Load();
        Assert.Equal("MEET", d.Lexicon.Forms["MET"]);
        Assert.Equal(("040", "040"), (d.Lexicon.Verbs["MEET"][0].Code, d.Lexicon.Verbs["MEET"][0].PairedCode));
        Assert.Null(d.Lexicon.Verbs["SEND"][0].Code);
        Assert.Contains(d.Lexicon.Verbs["BREAK"], s => s.After.SequenceEqual(["INTO"]) && s.Code == "190");
        Assert.Equal(3, d.Lexicon.Synsets["&TREATY"].Phrases.Count);
    }

    [Fact]
    public void Ontology_negates_by_the_pico_offset()
    {
        var d = FictionalDictionaries.Load();
        Assert.Equal("050", d.Ontology!.Negate("110"));
        Assert.Equal("110", d.Ontology.Negate("050"));
        Assert.Equal("121", d.Ontology.Negate("060"));
    }

    [Theory]
    [InlineData("MINAS TIRITH", "GON")]
    [InlineData("ARNORIAN", "ARN")]
    public void Actor_synonyms_share_their_entry(string phrase, string code)
    {
        var d = FictionalDictionaries.Load();
        var match = d.Actors.Match(phrase.Split(' '), 0);
        Assert.NotNull(match);
        Assert.Equal(code, match.Value.Value.CodeAt(null));
    }

    [Fact]
    public void Agents_take_explicit_or_regular_plurals_and_a_prefix_marker()
    {
        var d = FictionalDictionaries.Load();
        Assert.Equal("GOV", d.Agents.Match(["GOVERNMENTS"], 0)!.Value.Value.Code);
        Assert.Null(d.Agents.Match(["ARMYS"], 0));
        Assert.True(d.Agents.Match(["RIGHTS", "GROUP"], 0)!.Value.Value.Prefix);
    }

    [Fact]
    public void Validation_file_reader_tolerates_comments_with_double_dashes()
    {
        string path = Path.Combine(Path.GetTempPath(), "dossier-validate-" + Guid.NewGuid().ToString("N") + ".xml");
        File.WriteAllText(path, """
            <Validation>
            <!-- a comment -- with dashes that XML forbids -->
            <Environment><Verbfile>v.txt</Verbfile><Include>DEMO</Include></Environment>
            <Sentences>
            <Sentence category="DEMO" date="19950101" id="T-1" evaluate="true">
            <EventCoding eventcode="040" sourcecode="ARN" targetcode="~" />
            <Text>Arnor met Gondor &amp; Rohan.</Text>
            <Parse>
            1	Arnor	Arnor	PROPN	NNP	_	2	nsubj	_	_
            2	met	meet	VERB	VBD	_	0	root	_	_
            </Parse></Sentence>
            </Sentences></Validation>
            """);
        var file = ValidationFile.Read(path);
        var r = Assert.Single(file.Records);
        Assert.Equal(("T-1", "DEMO", new DateOnly(1995, 1, 1)), (r.Id, r.Category, r.Date!.Value));
        Assert.Equal(new ExpectedEvent("040", "ARN", "---"), Assert.Single(r.Expected));
        Assert.Equal("Arnor met Gondor & Rohan.", r.Text);
        Assert.Equal(["DEMO"], file.Include);
    }
}
