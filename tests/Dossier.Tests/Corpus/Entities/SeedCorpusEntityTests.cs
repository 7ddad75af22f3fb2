using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Entities.Kb;
using Dossier.Tests.Entities;

namespace Dossier.Tests.Corpus.Entities;

/// <summary>
/// The five seed articles resolved across articles: each person and organisation of expected.json is one corpus
/// entity holding all its variants, with its country and role; credits are not people.
/// </summary>
public sealed class SeedCorpusEntityTests
{
    private static readonly Lazy<IReadOnlyList<CorpusEntity>> Entities = new(() =>
        new CorpusEntityResolver().Resolve(SeedDocuments.Annotated.Value.Select(d => new CorpusArticle(d.Id, d)).ToList()));

    public static TheoryData<string> ExpectedNames()
    {
        var data = new TheoryData<string>();
        foreach (var e in SeedDocuments.Expected().GetProperty("entities").EnumerateArray())
        {
            data.Add(e.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedNames))]
    public void Each_expected_entity_is_one_corpus_entity_with_all_its_variants(string name)
    {
        var expected = SeedDocuments.Expected().GetProperty("entities").EnumerateArray().First(e => e.GetProperty("name").GetString() == name);
        string type = expected.GetProperty("type").GetString()!;
        var candidates = Entities.Value.Where(e => Names(e, name) && (type != "PERSON" || e.Type == "PERSON")).ToList();
        // The expected LOC places are GPEs in the contract's types (cities and capitals).
        var entity = candidates.Where(e => e.Type == type || (type == "LOC" && e.Type == "GPE")).OrderByDescending(e => e.Mentions.Count).FirstOrDefault();
        Assert.True(entity is not null, $"no {type} entity named like '{name}'");
        if (type == "PERSON")
        {
            Assert.True(candidates.Count == 1, $"'{name}' is split over {string.Join(", ", candidates.Select(c => c.Id))}");
        }

        if (expected.TryGetProperty("same_as", out var sameAs))
        {
            foreach (var variant in sameAs.EnumerateArray())
            {
                Assert.True(Names(entity, variant.GetString()!), $"'{variant.GetString()}' is not part of {entity.Id} ({string.Join("|", entity.Aliases)})");
            }
        }

        if (expected.TryGetProperty("country", out var country))
        {
            Assert.Equal(country.GetString(), entity.Country);
        }

        if (expected.TryGetProperty("role_contains", out var role))
        {
            Assert.Contains(entity.Roles, r => r.Title.Contains(role.GetString()!, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Mokhber_named_three_ways_in_two_articles_is_one_person()
    {
        var mokhber = Assert.Single(Entities.Value, e => e.Type == "PERSON" && Names(e, "Mokhber"));
        Assert.True(mokhber.Articles.Count() >= 2, string.Join(", ", mokhber.Articles));
        Assert.Contains(mokhber.Mentions, m => m.Text == "Mokhber");
        Assert.Contains(mokhber.Mentions, m => NameNormalizer.Normalize(m.Text) == "mohammad mokhber");
    }

    [Fact]
    public void Photo_credits_and_agencies_are_not_persons()
    {
        foreach (var n in SeedDocuments.Expected().GetProperty("not_persons").EnumerateArray().Select(x => x.GetString()!))
        {
            Assert.DoesNotContain(Entities.Value, e => e.Type == "PERSON" && Names(e, n));
        }
    }

    [Fact]
    public void Every_mention_lies_inside_its_article_and_reads_as_its_text()
    {
        var bodies = SeedDocuments.Annotated.Value.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        Assert.All(Entities.Value.SelectMany(e => e.Mentions), m => Assert.Equal(m.Text, bodies[m.Article][m.Start..m.End]));
    }

    [Fact]
    public void The_snapshot_keeps_the_entities_through_the_store_form()
    {
        var snapshot = CorpusSnapshot.Empty with { Entities = Entities.Value, DecisionOutcomes = new Dictionary<long, string> { [1] = "applied" } };
        var back = CorpusSnapshotJson.FromItems(CorpusSnapshotJson.ToItems(snapshot).ToList());
        Assert.Equal(Entities.Value.Select(EntityJson.Serialize), back.Entities.Select(EntityJson.Serialize));
        Assert.Equal("applied", back.DecisionOutcomes[1]);
    }

    [Fact]
    public void A_decision_changes_only_what_it_names()
    {
        var credit = Entities.Value.First(e => e.Type == "PERSON");
        var (after, outcomes) = EntityDecisionApplier.Apply(Entities.Value, [new EntityDecision(EntityDecision.Delete, credit.Id) { Sequence = 1 }]);
        Assert.Equal("applied", outcomes[1]);
        Assert.Equal(Entities.Value.Where(e => e.Id != credit.Id).Select(EntityJson.Serialize), after.Select(EntityJson.Serialize));
    }

    private static bool Names(CorpusEntity e, string name) =>
        e.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || e.Aliases.Any(a => a.Contains(name, StringComparison.OrdinalIgnoreCase));
}
