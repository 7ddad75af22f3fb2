using Dossier.Corpus.Entities;
using static Dossier.Tests.Corpus.Entities.CorpusArticles;

namespace Dossier.Tests.Corpus.Entities;

public sealed class EntityDecisionApplierTests
{
    private static readonly IReadOnlyList<CorpusEntity> Entities = new CorpusEntityResolver().Resolve(
    [
        Of("a", Person("Mohammed Mokhber", "IRN"), Person("Vladimir Putin", "RUS"), Person("Alexander Astafyev")),
        Of("b", Person("Mokhber"), Person("Putin"), Person("M. Mokhbar")),
    ]);

    private static IReadOnlyList<CorpusEntity> Apply(params EntityDecision[] decisions) =>
        EntityDecisionApplier.Apply(Entities, decisions.Select((d, i) => d with { Sequence = i + 1 })).Entities;

    [Fact]
    public void Merge_folds_the_others_into_the_entity_and_keeps_their_ids_findable()
    {
        var after = Apply(new EntityDecision(EntityDecision.Merge, "ent:person:mohammad-mokhber") { Others = ["ent:person:m-mokhbar"] });
        var mokhber = Assert.Single(after, e => e.Id == "ent:person:mohammad-mokhber");
        Assert.Contains("M. Mokhbar", mokhber.Aliases);
        Assert.DoesNotContain(after, e => e.Id == "ent:person:m-mokhbar");
        Assert.Same(mokhber, EntityDecisionApplier.Find(after, "ent:person:m-mokhbar"));
    }

    [Fact]
    public void Split_moves_the_named_mentions_to_an_entity_of_their_own()
    {
        var after = Apply(new EntityDecision(EntityDecision.Split, "ent:person:mohammad-mokhber") { Name = "Mokhber", Article = "b" });
        var split = Assert.Single(after, e => e.Id == "ent:person:mokhber");
        Assert.Equal(["b"], split.Articles);
        Assert.Equal(["a"], after.Single(e => e.Id == "ent:person:mohammad-mokhber").Articles);
    }

    [Fact]
    public void Rename_keeps_the_old_name_as_an_alias()
    {
        var after = Apply(new EntityDecision(EntityDecision.Rename, "ent:person:vladimir-putin") { Name = "Vladimir V. Putin" });
        var putin = after.Single(e => e.Id == "ent:person:vladimir-putin");
        Assert.Equal("Vladimir V. Putin", putin.Name);
        Assert.Contains("Vladimir Putin", putin.Aliases);
    }

    [Fact]
    public void Delete_removes_the_entity()
    {
        var after = Apply(new EntityDecision(EntityDecision.Delete, "ent:person:alexander-astafyev"));
        Assert.Equal(Entities.Count - 1, after.Count);
        Assert.DoesNotContain(after, e => e.Name == "Alexander Astafyev");
    }

    [Fact]
    public void Decisions_apply_in_sequence_and_one_about_a_missing_entity_is_skipped_with_a_reason()
    {
        var (after, outcomes) = EntityDecisionApplier.Apply(Entities,
        [
            new EntityDecision(EntityDecision.Rename, "ent:person:vladimir-putin") { Name = "V. Putin", Sequence = 2 },
            new EntityDecision(EntityDecision.Rename, "ent:person:vladimir-putin") { Name = "Putin V.", Sequence = 1 },
            new EntityDecision(EntityDecision.Delete, "ent:person:nobody") { Sequence = 3 },
        ]);
        Assert.Equal("V. Putin", after.Single(e => e.Id == "ent:person:vladimir-putin").Name);
        Assert.Equal("applied", outcomes[1]);
        Assert.StartsWith("skipped: ent:person:nobody", outcomes[3], StringComparison.Ordinal);
        Assert.Equal(Entities.Count, after.Count);
    }

    [Fact]
    public void Applying_the_same_decisions_again_gives_the_same_entities()
    {
        EntityDecision[] decisions =
        [
            new EntityDecision(EntityDecision.Merge, "ent:person:mohammad-mokhber") { Others = ["ent:person:m-mokhbar"], Sequence = 1 },
            new EntityDecision(EntityDecision.Split, "ent:person:vladimir-putin") { Name = "Putin", Sequence = 2 },
        ];
        string Key() => string.Join("|", EntityDecisionApplier.Apply(Entities, decisions).Entities.Select(EntityJson.Serialize));
        Assert.Equal(Key(), Key());
    }

    [Fact]
    public void Lookup_finds_by_id_name_alias_and_surname_and_reports_ambiguity()
    {
        Assert.Equal("ent:person:vladimir-putin", Assert.Single(EntityLookup.Find(Entities, "putin")).Id);
        Assert.Equal("ent:person:mohammad-mokhber", Assert.Single(EntityLookup.Find(Entities, "Mohammad Mokhber")).Id);
        Assert.Equal("ent:person:mohammad-mokhber", Assert.Single(EntityLookup.Find(Entities, "ent:person:mokhber")).Id);
        Assert.Empty(EntityLookup.Find(Entities, "Raisi"));
    }
}
