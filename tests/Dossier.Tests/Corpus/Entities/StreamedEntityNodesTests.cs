using Dossier.Corpus;
using Dossier.Corpus.Agreements;
using Dossier.Corpus.Claims;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;
using Dossier.Corpus.Records;
using Dossier.Model;
using static Dossier.Tests.Corpus.Entities.CorpusArticles;

namespace Dossier.Tests.Corpus.Entities;

/// <summary>
/// The resolver reads the nodes once, as they come, into a compact table (entities equal in value shared, mentions as
/// offsets), and the builder gives the entities to its sink one at a time, in id order: the entities are those a list
/// of the nodes gives.
/// </summary>
public sealed class StreamedEntityNodesTests
{
    [Fact]
    public void Nodes_read_once_as_they_come_resolve_as_the_documents_do()
    {
        var articles = AnnotatedSeeds.Articles();
        var pool = new StringPool();
        var nodes = articles.SelectMany(a => CorpusEntityResolver.Read(a, pool)).ToList();

        var streamed = new CorpusEntityResolver().Resolve(Once(nodes));

        Assert.NotEmpty(streamed);
        Assert.Equal(Json(new CorpusEntityResolver().Resolve(articles)), Json(streamed));
        Assert.Equal(streamed.Select(e => e.Id).Order(StringComparer.Ordinal), streamed.Select(e => e.Id));
    }

    [Fact]
    public void A_node_with_a_mention_in_another_article_is_refused()
    {
        var node = new ArticleEntityNode("a", new ResolvedEntity("ent:x", "X", "ORG"), [new CorpusMention("b", 0, 1, "X")]);

        var error = Assert.Throws<ArgumentException>(() => new CorpusEntityResolver().Resolve([node]));

        Assert.StartsWith("DOS0805", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entities_are_equal_in_value_with_their_aliases_and_roles_not_their_lists()
    {
        var role = new EntityRole("president", "IRN", "GOV", "2024-07", null, "text") { Evidence = new TextSpan(0, 5) };
        var a = new ResolvedEntity("ent:p", "P Q", "PERSON") { Aliases = ["Q"], Roles = [role] };
        var same = new ResolvedEntity("ent:p", "P Q", "PERSON") { Aliases = new List<string> { "Q" }, Roles = [role with { }] };
        var otherRole = a with { Roles = [role with { Evidence = new TextSpan(1, 5) }] };

        Assert.True(ResolvedEntityComparer.Instance.Equals(a, same));
        Assert.Equal(ResolvedEntityComparer.Instance.GetHashCode(a), ResolvedEntityComparer.Instance.GetHashCode(same));
        Assert.False(ResolvedEntityComparer.Instance.Equals(a, otherRole));
        Assert.False(ResolvedEntityComparer.Instance.Equals(a, a with { Aliases = ["R"] }));
    }

    [Fact]
    public void The_builder_gives_entities_one_at_a_time_in_id_order_then_the_outcomes()
    {
        var articles = new[] { Of("a", Person("Vladimir Putin", "RUS"), Person("Mohammed Mokhber", "IRN")), Of("b", Person("Mokhber"), Person("Putin")) };
        var resolved = new CorpusEntityResolver().Resolve(articles);
        var rename = new EntityDecision(EntityDecision.Rename, "ent:person:vladimir-putin") { Name = "V. Putin", Sequence = 1 };

        var plain = Given(articles, null);
        var decided = Given(articles, [rename]);

        Assert.Equal(resolved.Select(e => "entity " + e.Id).Append("outcomes"), plain);
        Assert.Equal(resolved.Select(e => "entity " + e.Id).Append("outcomes 1: applied"), decided);
        Assert.Equal(plain.Order(StringComparer.Ordinal), plain);
    }

    /// <summary>What the builder gives a sink of the entities stage, call by call.</summary>
    private static List<string> Given(CorpusArticle[] articles, IReadOnlyList<EntityDecision>? decisions)
    {
        var builder = new CorpusBuilder();
        var pool = new StringPool();
        var records = new CorpusRecordList([.. articles.Select(a => builder.Read(a, pool))]);
        var sink = new EntitiesSink();
        builder.Build(records, _ => throw new InvalidOperationException("no event pins an article"), sink, decisions);
        return sink.Calls;
    }

    private static IEnumerable<T> Once<T>(IReadOnlyList<T> items)
    {
        bool read = false;
        return Items();

        IEnumerable<T> Items()
        {
            Assert.False(read, "the nodes are enumerated a second time");
            read = true;
            foreach (var item in items)
            {
                yield return item;
            }
        }
    }

    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);

    /// <summary>Records the entities stage's calls; takes the other stages' results and drops them.</summary>
    private sealed class EntitiesSink : ICorpusSink
    {
        public List<string> Calls { get; } = [];

        public void Duplicates(DuplicateResult duplicates)
        {
        }

        public void Stories(IReadOnlyList<Story> stories)
        {
        }

        public void Entity(CorpusEntity entity) => Calls.Add("entity " + entity.Id);

        public void DecisionOutcomes(IReadOnlyDictionary<long, string> outcomes) =>
            Calls.Add(outcomes.Count == 0 ? "outcomes" : "outcomes " + string.Join(", ", outcomes.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}: {kv.Value}")));

        public void Event(MergedEvent merged)
        {
        }

        public void DiscardEvents()
        {
        }

        public void PublishedRanges(IReadOnlyDictionary<string, DateRange> ranges)
        {
        }

        public void Claims(IReadOnlyList<Claim> claims, IReadOnlyList<Agreement> agreements)
        {
        }

        public void Mentions(IReadOnlyList<MentionGroup> groups)
        {
        }
    }
}
