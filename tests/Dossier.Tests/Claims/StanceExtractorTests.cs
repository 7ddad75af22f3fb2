using Dossier.Agreements;
using Dossier.Claims;
using Dossier.Model;

namespace Dossier.Tests.Claims;

public sealed class StanceExtractorTests
{
    private static (IReadOnlyList<StanceMention> Stances, ArticleAgreements Agreements, Document Doc) Extract(Document doc)
    {
        var parsed = new ParsedArticle(doc);
        var agreements = ArticleAgreementFinder.Default.Find(parsed);
        return (StanceExtractor.Default.Extract(parsed, agreements), agreements, doc);
    }

    private static string Words(Document doc, TextSpan span) => span.Slice(doc.Text);

    [Fact]
    public void A_reported_suspension_and_a_denial_that_refers_back_to_it_are_two_stances_on_one_proposition()
    {
        var doc = Parsed.Doc(Sentences.Join(Sentences.Negotiating, Sentences.Reported, Sentences.NotTheCase))
            .Entity("Arnor", "GPE", "ent:ARN").Entity("Gondor", "GPE", "ent:GON").Entity("Arnor", "GPE", "ent:ARN", 1).Entity("Faramir", "PERSON", "ent:person:faramir");

        var (stances, agreements, _) = Extract(doc);

        Assert.Equal(2, stances.Count);
        var (report, denial) = (stances[0], stances[1]);
        Assert.Equal((Positions.Asserts, "Arnor 's agency", "suspend"), (report.Position, report.Source.Text, report.Proposition.Class));
        Assert.Equal("the treaty had been suspended", Words(doc, report.Proposition.Span));
        Assert.Equal(agreements.Agreements.Single().Index, report.Proposition.Agreement);
        Assert.Equal((Positions.Denies, "Faramir", "ent:person:faramir"), (denial.Position, denial.Source.Text, denial.Source.EntityId));
        Assert.Equal(0, denial.Answers);
        Assert.Equal(report.Proposition.Agreement, denial.Proposition.Agreement);
        Assert.Equal("this was not the case", Words(doc, denial.Proposition.Span));
        Assert.True(denial.Explicit);
    }

    [Fact]
    public void Asserting_that_nothing_was_interrupted_denies_the_suspension_of_the_agreement_last_named()
    {
        var doc = Parsed.Doc(Sentences.Join(Sentences.Negotiating, Sentences.NoInterruption))
            .Entity("Arnor", "GPE", "ent:ARN").Entity("Gondor", "GPE", "ent:GON").Entity("Gondor", "GPE", "ent:GON", 1);

        var stance = Assert.Single(Extract(doc).Stances);

        Assert.Equal((Positions.Denies, "Gondor", "ent:GON", "suspend"), (stance.Position, stance.Source.Text, stance.Source.EntityId, stance.Proposition.Class));
        Assert.True(stance.Proposition.Negated);
        Assert.Equal(0, stance.Proposition.Agreement);
    }

    [Fact]
    public void Without_an_agreement_named_before_a_suspension_of_something_else_is_no_claim()
    {
        var doc = Parsed.Doc(Sentences.NoInterruption).Entity("Gondor", "GPE", "ent:GON");

        Assert.Empty(Extract(doc).Stances);
    }

    [Fact]
    public void An_accusation_gives_the_accused_as_agent_and_a_passive_denial_of_the_claim_answers_it()
    {
        var doc = Parsed.Doc(Sentences.Accusation)
            .Entity("Gondor", "GPE", "ent:GON").Entity("Arnor", "GPE", "ent:ARN").Entity("Rohan", "GPE", "ent:ROH").Entity("Arnor", "GPE", "ent:ARN", 1);

        var (stances, _, _) = Extract(doc);

        Assert.Equal(2, stances.Count);
        var accusation = stances[0];
        Assert.Equal((Positions.Asserts, "Gondor", "supply", "weapons"), (accusation.Position, accusation.Source.Text, accusation.Proposition.Class, accusation.Proposition.Theme));
        Assert.Equal(["ARN"], accusation.Proposition.Agents);
        Assert.Equal(["ROH"], accusation.Proposition.Others);
        Assert.Equal(["drones"], accusation.Proposition.ThemeWords);
        Assert.True(accusation.Explicit);
        var denial = stances[1];
        Assert.Equal((Positions.Denies, "Arnor", 0), (denial.Position, denial.Source.Text, denial.Answers));
        Assert.Equal("supply", denial.Proposition.Class);
    }

    [Fact]
    public void A_proposition_in_the_second_sentence_of_a_quotation_belongs_to_who_the_first_names()
    {
        var doc = Parsed.Doc(Sentences.Join(Sentences.Negotiating, Sentences.QuotedHalt))
            .Entity("Arnor", "GPE", "ent:ARN").Entity("Gondor", "GPE", "ent:GON").Entity("Boromir", "PERSON", "ent:person:boromir");

        var stance = Assert.Single(Extract(doc).Stances);

        Assert.Equal((Positions.Asserts, "Boromir", "suspend", "remark"), (stance.Position, stance.Source.Text, stance.Proposition.Class, stance.Cue));
        Assert.Equal("The process has halted", Words(doc, stance.Proposition.Span));
        Assert.StartsWith("Boromir remarked", Words(doc, stance.Evidence), StringComparison.Ordinal);
        Assert.Equal(0, stance.Proposition.Agreement);
    }

    [Fact]
    public void When_the_quotes_stage_ran_its_speaker_and_verb_class_attribute_the_quotation()
    {
        var doc = Parsed.Doc(Sentences.Join(Sentences.Negotiating, Sentences.QuotedHalt))
            .Entity("Arnor", "GPE", "ent:ARN").Entity("Gondor", "GPE", "ent:GON").Entity("Boromir", "PERSON", "ent:person:boromir");
        int open = doc.Text.IndexOf('"', StringComparison.Ordinal), close = doc.Text.LastIndexOf('"');
        int speaker = doc.Text.IndexOf("Boromir", StringComparison.Ordinal);
        doc.Quotes.Add(new QuoteMention(open, close + 1, "direct", new MentionRef(speaker, speaker + "Boromir".Length, "ent:person:boromir"), "confirmed") { VerbClass = "confirm" });

        var stance = Assert.Single(Extract(doc).Stances);

        Assert.Equal((Positions.Confirms, "Boromir", "ent:person:boromir"), (stance.Position, stance.Source.Text, stance.Source.EntityId));
    }

    [Fact]
    public void A_document_without_a_parse_has_no_stances()
    {
        var doc = new Document("plain", "Gondor denied that Arnor suspended the treaty.");

        Assert.Empty(Extract(doc).Stances);
    }
}
