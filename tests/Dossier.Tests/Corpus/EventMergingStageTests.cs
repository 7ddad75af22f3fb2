using Dossier.Corpus;
using Dossier.Corpus.EventMerging;
using Dossier.Model;
using Dossier.Temporal;
using Dossier.Tests.Entities;

namespace Dossier.Tests.Corpus;

public sealed class EventMergingStageTests
{
    private static readonly TemporalStage Temporal = new();

    [Fact]
    public void An_undated_report_of_a_dated_meeting_merges_with_it_and_dates_its_article()
    {
        var dated = Article("a-dated", "Aragorn met Denethor on Thursday in Minas Tirith.", new DateOnly(2024, 7, 5));
        var undated = Article("b-undated", "Denethor and Aragorn met on Thursday in Minas Tirith. In June, the council had announced a pause.", null);

        var result = Run(dated, undated);

        var meeting = Assert.Single(result.Events, e => e.Code == "040");
        Assert.Equal("2024-07-04", meeting.Date);
        Assert.Equal(["a-dated", "b-undated"], meeting.Articles);
        Assert.Equal(2, meeting.IndependentSources);
        Assert.Equal(2, meeting.Evidence.Count);
        Assert.Equal(new DateRange(new DateOnly(2024, 7, 4), new DateOnly(2024, 7, 10)), result.PublishedRanges["b-undated"]);
    }

    [Fact]
    public void Copies_of_one_report_are_one_independent_source()
    {
        var original = Article("a", "Aragorn met Denethor on Thursday in Minas Tirith.", new DateOnly(2024, 7, 5));
        var copy = Article("b", "Aragorn met Denethor on Thursday in Minas Tirith.", new DateOnly(2024, 7, 5));
        var duplicates = new DuplicateResult(new Dictionary<string, string> { ["b"] = "a" }, new Dictionary<string, string> { ["a"] = "a", ["b"] = "a" });

        var result = new EventMergingStage().Run([original, copy], duplicates, [new Story("story:a", "t", ["a", "b"], null, null)]);

        var meeting = Assert.Single(result.Events);
        Assert.Equal(2, meeting.Articles.Count);
        Assert.Equal(1, meeting.IndependentSources);
    }

    [Fact]
    public void Rebuilding_from_the_same_articles_in_another_order_gives_the_same_events()
    {
        var a = Article("a-dated", "Aragorn met Denethor on Thursday in Minas Tirith.", new DateOnly(2024, 7, 5));
        var b = Article("b-undated", "Denethor and Aragorn met on Thursday in Minas Tirith. In June, the council had announced a pause.", null);

        var first = Run(a, b);
        var second = Run(b, a);

        Assert.Equal(first.Events.Select(e => e.Id), second.Events.Select(e => e.Id));
        Assert.Equal(first.Events.Select(e => e.Date), second.Events.Select(e => e.Date));
        Assert.Equal(first.PublishedRanges, second.PublishedRanges);
    }

    private static EventMergeResult Run(params CorpusArticle[] articles) =>
        new EventMergingStage().Run(
            [.. articles.OrderBy(a => a.Id, StringComparer.Ordinal)],
            new DuplicateResult(new Dictionary<string, string>(), new Dictionary<string, string>()),
            [new Story("story:x", "Minas Tirith", [.. articles.Select(a => a.Id).Order(StringComparer.Ordinal)], null, null)]);

    /// <summary>A tokenized, temporally annotated article whose first sentence reports a meeting of the people it names.</summary>
    private static CorpusArticle Article(string id, string text, DateOnly? published)
    {
        var doc = TestTokenizer.Document(id, text, published);
        Temporal.Process(doc);
        var people = new List<EventActor>();
        foreach (string name in new[] { "Aragorn", "Denethor" })
        {
            int at = text.IndexOf(name, StringComparison.Ordinal);
            doc.Entities.Add(new EntityMention(at, at + name.Length, "PERSON", "ent:person:" + name.ToLowerInvariant()));
            people.Add(new EventActor(at, at + name.Length, "ent:person:" + name.ToLowerInvariant(), name == "Aragorn" ? "ARNGOV" : "GONGOV"));
        }

        int met = text.IndexOf("met", StringComparison.Ordinal);
        doc.Events.Add(new EventMention("040", "consult", new TextSpan(met, met + 3), "asserted") { Sources = [people[0]], Targets = [people[1]], Sentence = 0 });
        return new CorpusArticle(id, doc);
    }
}
