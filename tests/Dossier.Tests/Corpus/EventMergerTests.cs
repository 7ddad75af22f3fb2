using Dossier.Corpus.EventMerging;
using Dossier.Model;

namespace Dossier.Tests.Corpus;

/// <summary>
/// Merging mechanics on fictional actors (as PETRARCH tests its coder on Arnor and Gondor), so that changes to the
/// real knowledge base never break them.
/// </summary>
public sealed class EventMergerTests
{
    private static readonly EventParticipant Aragorn = new("ent:person:aragorn", "ARN", "ARNGOV", "Aragorn") { Specific = true };
    private static readonly EventParticipant Denethor = new("ent:person:denethor", "GON", "GONGOV", "Denethor") { Specific = true };
    private static readonly EventParticipant Boromir = new("ent:person:boromir", "GON", "GONMIL", "Boromir") { Specific = true };
    private static readonly EventParticipant Arnor = new("ent:ARN", "ARN", "ARN", "Arnor");
    private static readonly EventParticipant Gondor = new("ent:GON", "GON", "GON", "Gondor");

    [Fact]
    public void Two_outlets_reporting_one_meeting_on_one_day_make_one_event()
    {
        var a = Report("a", "040", "2024-07-04", [Aragorn], [Denethor], published: new DateOnly(2024, 7, 5));
        var b = Report("b", "043", "2024-07-04", [Denethor], [Aragorn], published: new DateOnly(2024, 7, 4));

        var cluster = Assert.Single(new EventMerger().Merge([a, b]));

        Assert.Equal(2, cluster.Members.Count);
        Assert.Equal(new DateOnly(2024, 7, 4), cluster.Date!.Day);
    }

    [Theory]
    [InlineData("040", "2024-07-05", "asserted")] // another day
    [InlineData("190", "2024-07-04", "asserted")] // another cue category: fighting, not consulting
    [InlineData("040", "2024-07-04", "negated")] // "did not meet"
    [InlineData("040", "2024-07-04", "future")] // "will meet"
    public void Reports_that_differ_in_day_code_family_or_modality_stay_apart(string code, string date, string modality)
    {
        var a = Report("a", "040", "2024-07-04", [Aragorn], [Denethor], published: new DateOnly(2024, 7, 5));
        var b = Report("b", code, date, [Aragorn], [Denethor], published: new DateOnly(2024, 7, 6), modality: modality);

        Assert.Equal(2, new EventMerger().Merge([a, b]).Count);
    }

    [Fact]
    public void Reports_sharing_only_one_country_stay_apart_and_two_countries_suffice()
    {
        var a = Report("a", "010", "2024-07-04", [Aragorn], [], published: new DateOnly(2024, 7, 5));
        var b = Report("b", "010", "2024-07-04", [Arnor], [], published: new DateOnly(2024, 7, 5));
        var c = Report("c", "010", "2024-07-04", [Arnor], [Gondor], published: new DateOnly(2024, 7, 5));
        var d = Report("d", "010", "2024-07-04", [Gondor], [Arnor], published: new DateOnly(2024, 7, 6));

        var clusters = new EventMerger().Merge([a, b, c, d]);

        Assert.Equal(3, clusters.Count);
        Assert.Contains(clusters, k => k.Members.Select(m => m.Article).Order(StringComparer.Ordinal).SequenceEqual(["c", "d"]));
    }

    [Fact]
    public void An_undated_articles_weekday_takes_the_day_a_dated_article_reported_that_week()
    {
        var dated = Report("dated", "040", "2024-07-04", [Denethor], [], published: new DateOnly(2024, 7, 5), mentioned: ["ent:person:denethor", "ent:person:aragorn"]);
        var undated = Report("undated", "040", "XXXX-WXX-4", [Aragorn, Denethor], [], published: null, expression: 10, mentioned: ["ent:person:denethor", "ent:person:aragorn"]);

        var cluster = Assert.Single(new EventMerger().Merge([undated, dated]));

        Assert.Equal(new DateOnly(2024, 7, 4), cluster.Date!.Day);
    }

    [Fact]
    public void A_weekday_does_not_take_a_day_reported_only_long_after_or_in_another_story()
    {
        var stale = Report("stale", "040", "2022-09-01", [Denethor], [], published: new DateOnly(2024, 6, 11), mentioned: ["ent:person:denethor", "ent:person:aragorn"]);
        var elsewhere = Report("elsewhere", "040", "2024-07-04", [Denethor], [], published: new DateOnly(2024, 7, 5), story: "story:other", mentioned: ["ent:person:denethor", "ent:person:aragorn"]);
        var undated = Report("undated", "040", "XXXX-WXX-4", [Aragorn, Denethor], [], published: null, mentioned: ["ent:person:denethor", "ent:person:aragorn"]);

        Assert.Equal(3, new EventMerger().Merge([stale, elsewhere, undated]).Count);
    }

    [Fact]
    public void A_report_dated_less_precisely_needs_two_shared_names_or_shared_words()
    {
        var day = Report("a", "040", "2024-07-04", [Denethor], [], published: new DateOnly(2024, 7, 5), mentioned: ["ent:person:denethor", "ent:person:aragorn"], words: ["minas", "tirith", "summit"]);
        var month = Report("b", "040", "2024-07", [Denethor], [], published: new DateOnly(2024, 12, 1), mentioned: ["ent:person:denethor", "ent:person:boromir"], words: ["third", "time", "since"]);
        var both = Report("c", "040", "2024-07", [Denethor], [], published: new DateOnly(2024, 12, 1), mentioned: ["ent:person:denethor", "ent:person:aragorn"], words: ["again", "council"]);

        var clusters = new EventMerger().Merge([day, month, both]);

        Assert.Equal(2, clusters.Count);
        Assert.Contains(clusters, k => k.Members.Select(m => m.Article).Order(StringComparer.Ordinal).SequenceEqual(["a", "c"]));
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_reports()
    {
        var reports = new List<EventReport>
        {
            Report("a", "040", "2024-07-04", [Aragorn], [Denethor], published: new DateOnly(2024, 7, 5)),
            Report("b", "043", "2024-07-04", [Denethor], [Aragorn], published: new DateOnly(2024, 7, 4)),
            Report("c", "040", "2024-07", [Boromir], [Aragorn], published: new DateOnly(2024, 7, 9), words: ["minas", "tirith"]),
            Report("d", "010", "2024-07-04", [Arnor], [Gondor], published: new DateOnly(2024, 7, 5)),
            Report("e", "010", "2024", [Gondor], [Arnor], published: new DateOnly(2024, 8, 5)),
            Report("f", "040", "XXXX-WXX-4", [Aragorn, Denethor], [], published: null, mentioned: ["ent:person:denethor", "ent:person:aragorn"]),
        };
        string expected = Describe(new EventMerger().Merge(reports));
        var random = new Random(7);

        for (int i = 0; i < 20; i++)
        {
            Assert.Equal(expected, Describe(new EventMerger().Merge([.. reports.OrderBy(_ => random.Next())])));
        }
    }

    private static string Describe(List<EventCluster> clusters) =>
        string.Join(" | ", clusters.Select(c => string.Join(",", c.Members.Select(m => m.Article).Order(StringComparer.Ordinal)) + "@" + c.Date?.Value()).Order(StringComparer.Ordinal));

    private static EventReport Report(
        string article, string code, string date, EventParticipant[] sources, EventParticipant[] targets, DateOnly? published,
        string modality = "asserted", string story = "story:ring", int expression = 0, string[]? mentioned = null, string[]? words = null) =>
        new(article, 0, new TextSpan(0, 3), code, modality, new TextSpan(0, 40))
        {
            Sources = sources,
            Targets = targets,
            Date = DateConstraint.Parse(date),
            DateExpression = expression,
            Story = story,
            Published = published,
            Mentioned = new HashSet<string>(mentioned ?? [.. sources.Concat(targets).Where(p => p.Specific).Select(p => p.Id)], StringComparer.Ordinal),
            Words = new HashSet<string>(words ?? ["council", "meeting"], StringComparer.Ordinal),
        };
}
