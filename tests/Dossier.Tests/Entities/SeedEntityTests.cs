using System.Text.Json;
using Dossier.Entities;
using Dossier.Model;

namespace Dossier.Tests.Entities;

/// <summary>
/// The five seed articles through the "ner" and "entities" stages (with a fixed test tokenization): every person
/// of expected.json is found with the listed country and role and its variants merged; credits are not people;
/// capitals resolve to places, or to governments where they act.
/// </summary>
public sealed class SeedEntityTests
{
    private static readonly Lazy<List<Document>> Documents = SeedDocuments.Annotated;

    public static TheoryData<string> ExpectedNames()
    {
        var data = new TheoryData<string>();
        foreach (var e in Expected().GetProperty("entities").EnumerateArray())
        {
            data.Add(e.GetProperty("name").GetString()!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ExpectedNames))]
    public void Finds_each_expected_entity_with_its_country_role_and_variants(string name)
    {
        var expected = Expected().GetProperty("entities").EnumerateArray().First(e => e.GetProperty("name").GetString() == name);
        string type = expected.GetProperty("type").GetString()!;
        var entities = Merged().Where(e => Matches(e, name) && (type != "PERSON" || e.Type == "PERSON")).ToList();
        Assert.True(entities.Count > 0, $"no entity named like '{name}'; found: {string.Join("; ", Merged().Select(e => $"{e.Type} {e.Name}"))}");
        var entity = entities.OrderByDescending(e => e.Roles.Count + e.Aliases.Count).First();
        if (expected.TryGetProperty("country", out var country))
        {
            Assert.True(entities.Any(e => e.Country == country.GetString()), $"'{name}' has country {entity.Country}, expected {country.GetString()}");
        }

        if (expected.TryGetProperty("role_contains", out var role))
        {
            Assert.True(
                entities.Any(e => e.Roles.Any(r => r.Title.Contains(role.GetString()!, StringComparison.OrdinalIgnoreCase))),
                $"'{name}' roles: {string.Join(", ", entity.Roles.Select(r => r.Title))}; expected one containing '{role.GetString()}'");
        }

        if (expected.TryGetProperty("same_as", out var sameAs))
        {
            foreach (var variant in sameAs.EnumerateArray())
            {
                Assert.True(entities.Any(e => Matches(e, variant.GetString()!)), $"'{variant.GetString()}' is not merged with '{name}' ({string.Join("|", entity.Aliases)})");
            }
        }
    }

    [Fact]
    public void Photo_credits_and_agencies_are_not_persons()
    {
        foreach (var notPerson in Expected().GetProperty("not_persons").EnumerateArray())
        {
            string n = notPerson.GetString()!;
            Assert.DoesNotContain(Merged(), e => e.Type == "PERSON" && Matches(e, n));
        }
    }

    [Fact]
    public void Tehran_and_Moscow_are_places_in_their_countries_and_governments_where_they_act()
    {
        var all = Documents.Value.SelectMany(d => d.ResolvedEntities).ToList();
        Assert.Contains(all, e => e.Id.StartsWith("ent:place:IRN:", StringComparison.Ordinal) && e.Country == "IRN" && Matches(e, "Tehran"));
        Assert.Contains(all, e => e.Id == "ent:gov:IRN" && e.Code == "IRNGOV" && Matches(e, "Tehran"));
        Assert.Contains(all, e => e.Id == "ent:gov:RUS" && e.Code == "RUSGOV" && Matches(e, "Moscow"));
        Assert.Contains(all, e => e.Id == "ent:gov:RUS" && Matches(e, "Kremlin"));
    }

    [Fact]
    public void Kremlin_spokesman_Dmitry_Peskov_is_a_Russian_government_spokesman()
    {
        var peskov = Documents.Value.SelectMany(d => d.ResolvedEntities).First(e => e.Name.Contains("Peskov", StringComparison.Ordinal));
        Assert.Equal("RUSGOV", peskov.Code);
        Assert.Contains(peskov.Roles, r => r.Title == "spokesman" && r.Of == "RUS" && r.Source == "text" && r.Evidence is not null);
    }

    [Fact]
    public void Every_mention_span_lies_inside_the_text_and_has_an_id()
    {
        foreach (var doc in Documents.Value)
        {
            Assert.All(doc.Entities, m =>
            {
                Assert.InRange(m.Start, 0, m.End - 1);
                Assert.InRange(m.End, m.Start + 1, doc.Text.Length);
                Assert.False(string.IsNullOrEmpty(m.EntityId));
            });
        }
    }

    private static bool Matches(ResolvedEntity e, string name) =>
        e.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || e.Aliases.Any(a => a.Contains(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Entities by id across the articles, names and roles pooled (ids are shared through the knowledge base).</summary>
    private static List<ResolvedEntity> Merged() =>
        Documents.Value.SelectMany(d => d.ResolvedEntities)
            .GroupBy(e => e.Id, StringComparer.Ordinal)
            .Select(g => g.First() with
            {
                Aliases = g.SelectMany(e => e.Aliases.Append(e.Name)).Distinct(StringComparer.Ordinal).ToList(),
                Roles = g.SelectMany(e => e.Roles).ToList(),
                Country = g.Select(e => e.Country).FirstOrDefault(c => c is not null),
            })
            .ToList();

    private static JsonElement Expected() => SeedDocuments.Expected();
}
