using Dossier.Corpus;
using Dossier.Corpus.Entities;
using static Dossier.Tests.Corpus.Entities.CorpusArticles;

namespace Dossier.Tests.Corpus.Entities;

public sealed class CorpusEntityResolverTests
{
    private static IReadOnlyList<CorpusEntity> Resolve(params CorpusArticle[] articles) => new CorpusEntityResolver().Resolve(articles);

    private static CorpusEntity Holding(IReadOnlyList<CorpusEntity> entities, string name) =>
        Assert.Single(entities, e => e.Name == name || e.Aliases.Contains(name));

    [Fact]
    public void A_surname_alone_in_one_article_is_the_full_name_of_another()
    {
        var entities = Resolve(Of("a", Person("Mohammed Mokhber", "IRN")), Of("b", Person("Mokhber")));
        var mokhber = Holding(entities, "Mokhber");
        Assert.Contains("Mohammed Mokhber", mokhber.Aliases.Append(mokhber.Name));
        Assert.Equal(["a", "b"], mokhber.Articles);
        Assert.Equal("IRN", mokhber.Country);
    }

    [Fact]
    public void Transliteration_variants_and_the_Arabic_article_fold_together()
    {
        var entities = Resolve(
            Of("a", Person("Sergei Shoigu", "RUS"), Person("Bashar al-Assad", "SYR")),
            Of("b", Person("Sergey Shoigu", "RUS"), Person("Assad")));
        Assert.Equal(2, entities.Count);
        Assert.Equal(2, Holding(entities, "Sergei Shoigu").Articles.Count());
        Assert.Contains("Assad", Holding(entities, "Bashar al-Assad").Aliases);
    }

    [Fact]
    public void A_surname_shared_by_two_people_joins_neither()
    {
        var entities = Resolve(Of("a", Person("John Smith")), Of("b", Person("Adam Smith")), Of("c", Person("Smith")));
        Assert.Equal(3, entities.Count);
        Assert.Single(entities, e => e.Name == "Smith");
    }

    [Fact]
    public void Different_countries_keep_people_apart()
    {
        var entities = Resolve(Of("a", Person("Ali Khan", "PAK")), Of("b", Person("Khan", "GBR")));
        Assert.Equal(2, entities.Count);
    }

    [Fact]
    public void An_initial_stands_for_the_only_matching_first_name()
    {
        var entities = Resolve(Of("a", Person("Mohammed Mokhber")), Of("b", Person("M. Mokhber")));
        Assert.Single(entities);
    }

    [Fact]
    public void An_acronym_joins_the_one_organisation_with_those_initials()
    {
        var entities = Resolve(
            Of("a", ("ent:org:collective-security-treaty-organization", "Collective Security Treaty Organization", "ORG", null, null)),
            Of("b", ("ent:org:csto", "CSTO", "ORG", null, null)));
        Assert.Contains("CSTO", Assert.Single(entities).Aliases);
    }

    [Fact]
    public void A_description_an_undated_article_left_is_the_one_person_holding_that_title()
    {
        var entities = Resolve(
            Of("a", Person("Mohammed Mokhber", "IRN", "acting president"), Person("Vladimir Putin", "RUS", "president"), Person("Masoud Pezeshkian", "IRN", "president")),
            Of("b", ("ent:person:acting-president", "acting president", "PERSON", null, null), ("ent:person:president", "president", "PERSON", null, null)));
        Assert.Contains("acting president", Holding(entities, "Mohammed Mokhber").Aliases);
        Assert.Single(entities, e => e.Name == "president");
    }

    [Fact]
    public void The_result_does_not_depend_on_the_order_of_the_articles()
    {
        var articles = new[]
        {
            Of("c", Person("Mokhber"), Person("Putin")),
            Of("a", Person("Mohammed Mokhber", "IRN"), Person("Vladimir Putin", "RUS", "president")),
            Of("b", Person("Sergei Ryabkov", "RUS"), Person("Putin")),
        };
        string Key(IReadOnlyList<CorpusEntity> es) => string.Join("|", es.Select(EntityJson.Serialize));
        Assert.Equal(Key(Resolve(articles)), Key(Resolve([.. articles.Reverse()])));
    }

    [Fact]
    public void Roles_keep_the_article_and_evidence_they_came_from()
    {
        var entities = Resolve(Of("a", Person("Dmitry Peskov", "RUS", "spokesman")), Of("b", Person("Peskov")));
        var role = Assert.Single(Holding(entities, "Dmitry Peskov").Roles);
        Assert.Equal(("spokesman", "a"), (role.Title, role.Article));
    }
}
