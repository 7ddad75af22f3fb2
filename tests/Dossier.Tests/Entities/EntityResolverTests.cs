using System.Globalization;
using Dossier.Entities;
using Dossier.Entities.Kb;
using Dossier.Model;

namespace Dossier.Tests.Entities;

/// <summary>Resolution on hand-tagged sentences, so the tagger's slips do not blur what the resolver does.</summary>
public sealed class EntityResolverTests
{
    private static readonly Lazy<EntityResolver> Resolver = new(() => new EntityResolver(ActorKnowledgeBase.Load(), MetonymyVerbs.Load()));

    [Theory]
    [InlineData("Tehran has denied the report.", "Tehran", "ent:gov:IRN")]
    [InlineData("Moscow and Tehran are negotiating an agreement.", "Moscow", "ent:gov:RUS")]
    [InlineData("Moscow and Tehran are negotiating an agreement.", "Tehran", "ent:gov:IRN")]
    [InlineData("The talks were held in Tehran on Monday.", "Tehran", "ent:place:IRN:tehran")]
    [InlineData("Kazem Jalali, Tehran's envoy to Moscow, spoke.", "Tehran", "ent:gov:IRN")]
    [InlineData("The Kremlin said work continued.", "Kremlin", "ent:gov:RUS")]
    [InlineData("Leaders met at the SCO summit.", "SCO", "ent:org:SCO")]
    [InlineData("Iran joined BRICS.", "Iran", "ent:IRN")]
    public void Places_organisations_and_seats_of_government_resolve(string text, string mention, string id)
    {
        var doc = Tagged(text, null, ("Tehran", "GPE"), ("Moscow", "GPE"), ("Kremlin", "ORG"), ("SCO", "ORG"), ("Iran", "GPE"), ("BRICS", "ORG"), ("Kazem Jalali", "PERSON"));
        Assert.Equal(id, doc.Entities.First(m => doc.Text[m.Start..m.End] == mention).EntityId);
    }

    [Fact]
    public void Surnames_and_spelling_variants_join_the_full_name()
    {
        var doc = Tagged("Mohammed Mokhber met Putin. Mokhber said ties were deep. Vladimir Putin agreed.", null,
            ("Mohammed Mokhber", "PERSON"), ("Putin", "PERSON"), ("Mokhber", "PERSON"), ("Vladimir Putin", "PERSON"));
        var ids = doc.Entities.Select(m => (doc.Text[m.Start..m.End], m.EntityId)).ToList();
        Assert.Equal(2, ids.Select(x => x.EntityId).Distinct().Count());
        Assert.Equal(ids[0].EntityId, ids[2].EntityId);
        Assert.Equal(ids[1].EntityId, ids[3].EntityId);
        Assert.Equal("ent:person:mohammad-mokhber", ids[0].EntityId);
    }

    [Theory]
    [InlineData("Kremlin spokesman Dmitry Peskov said so.", "Dmitry Peskov", "spokesman", "RUS", "RUSGOV")]
    [InlineData("Kazem Jalali, Tehran's envoy to Moscow, spoke.", "Kazem Jalali", "envoy", "IRN", "IRNGOV")]
    [InlineData("Zamir Kabulov, a Russian foreign ministry official, remarked.", "Zamir Kabulov", "foreign ministry official", "RUS", "RUSGOV")]
    [InlineData("Russian Prime Minister Mikhail Mishustin chaired a meeting.", "Mikhail Mishustin", "prime minister", "RUS", "RUSGOV")]
    [InlineData("Unknown Person, the Iranian ambassador, spoke.", "Unknown Person", "ambassador", "IRN", "IRNGOV")]
    public void Roles_are_read_from_titles_and_appositions(string text, string name, string title, string country, string code)
    {
        var doc = Tagged(text, new DateOnly(2024, 7, 5), (name, "PERSON"));
        var person = doc.ResolvedEntities.Single(e => e.Type == "PERSON");
        var role = person.Roles.First(r => r.Source == "text");
        Assert.Equal((title, country, "2024-07-05"), (role.Title, role.Of, role.From));
        Assert.Equal(country, person.Country);
        Assert.Equal(code, person.Code);
    }

    [Theory]
    [InlineData("2024-07-05", "ent:person:mohammad-mokhber")]
    [InlineData("2025-01-17", "ent:person:masoud-pezeshkian")]
    [InlineData("2024-03-01", "ent:person:ebrahim-raisi")]
    public void The_Iranian_president_is_whoever_held_the_office_on_the_article_date(string date, string id)
    {
        var doc = Tagged("The Iranian president met officials.", DateOnly.Parse(date, CultureInfo.InvariantCulture), ("Iranian", "NORP"));
        Assert.Contains(doc.Entities, m => m.Type == "PERSON" && m.EntityId == id && doc.Text[m.Start..m.End] == "president");
    }

    [Fact]
    public void A_photo_credit_is_not_a_person()
    {
        var doc = Tagged("Mishustin chairs a meeting. Alexander Astafyev/Sputnik/Pool via Reuters", null,
            ("Mishustin", "PERSON"), ("Alexander Astafyev", "PERSON"), ("Sputnik", "ORG"), ("Reuters", "ORG"));
        Assert.DoesNotContain(doc.ResolvedEntities, e => e.Type == "PERSON" && e.Name.Contains("Astafyev", StringComparison.Ordinal));
        Assert.Contains(doc.ResolvedEntities, e => e.Type == "PERSON" && e.Name.Contains("Mishustin", StringComparison.Ordinal));
    }

    /// <summary>A tokenized document with the given mentions (every occurrence of each text) and resolution run.</summary>
    private static Document Tagged(string text, DateOnly? published, params (string Text, string Type)[] mentions)
    {
        var doc = TestTokenizer.Document("t", text, published);
        var spans = new List<EntityMention>();
        foreach (var (mention, type) in mentions.OrderByDescending(m => m.Text.Length))
        {
            for (int at = text.IndexOf(mention, StringComparison.Ordinal); at >= 0; at = text.IndexOf(mention, at + 1, StringComparison.Ordinal))
            {
                int end = at + mention.Length;
                bool wordBoundary = (at == 0 || !char.IsLetter(text[at - 1])) && (end == text.Length || !char.IsLetter(text[end]));
                if (wordBoundary && !spans.Any(s => s.Start < end && at < s.End))
                {
                    spans.Add(new EntityMention(at, end, type));
                }
            }
        }

        doc.Entities.AddRange(spans.OrderBy(s => s.Start));
        doc.Layers.Add(Layer.Entities);
        Resolver.Value.Resolve(doc);
        return doc;
    }
}
