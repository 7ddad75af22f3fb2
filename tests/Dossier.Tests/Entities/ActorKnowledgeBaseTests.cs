using System.Globalization;
using Dossier.Entities.Kb;

namespace Dossier.Tests.Entities;

/// <summary>The shipped knowledge base tables answer who is who, and who held an office when.</summary>
public sealed class ActorKnowledgeBaseTests
{
    private static readonly Lazy<ActorKnowledgeBase> Kb = new(() => ActorKnowledgeBase.Load());

    [Theory]
    [InlineData("IRN", "president", "2024-03-01", "Ebrahim Raisi")]
    [InlineData("IRN", "president", "2024-07-05", "Mohammad Mokhber")]
    [InlineData("IRN", "president", "2025-01-17", "Masoud Pezeshkian")]
    [InlineData("RUS", "president", "2024-07-05", "Vladimir Putin")]
    [InlineData("USA", "president", "2025-01-21", "Donald Trump")]
    [InlineData("USA", "president", "2024-09-11", "Joe Biden")]
    public void The_holder_of_an_office_depends_on_the_date(string iso3, string title, string date, string expected)
    {
        var holder = Kb.Value.HolderOf(iso3, title, DateOnly.Parse(date, CultureInfo.InvariantCulture));
        Assert.Equal(expected, holder?.Name);
    }

    [Theory]
    [InlineData("Iran", "IRN", PlaceKind.Country)]
    [InlineData("Tehran", "IRN", PlaceKind.Capital)]
    [InlineData("Iranian", "IRN", PlaceKind.Adjective)]
    [InlineData("Iran's", "IRN", PlaceKind.Country)]
    [InlineData("Moscow", "RUS", PlaceKind.Capital)]
    [InlineData("Astana", "KAZ", PlaceKind.Capital)]
    [InlineData("Kazan", "RUS", PlaceKind.City)]
    [InlineData("the United States", "USA", PlaceKind.Country)]
    public void Places_resolve_to_their_country(string text, string iso3, PlaceKind kind)
    {
        var place = Kb.Value.Place(text);
        Assert.NotNull(place);
        Assert.Equal(iso3, place.Iso3);
        Assert.Equal(kind, place.Kind);
    }

    [Theory]
    [InlineData("the Kremlin", "RUS", "GOV")]
    [InlineData("White House", "USA", "GOV")]
    [InlineData("the Pentagon", "USA", "MIL")]
    public void Seats_of_government_stand_for_governments(string text, string iso3, string sector)
    {
        var metonym = Kb.Value.Metonym(text);
        Assert.Equal((iso3, sector), (metonym?.Iso3, metonym?.Sector));
    }

    [Theory]
    [InlineData("SCO", "ent:org:SCO")]
    [InlineData("Shanghai Cooperation Organisation", "ent:org:SCO")]
    [InlineData("EAEU", "ent:org:EAEU")]
    [InlineData("NATO", "ent:org:NATO")]
    [InlineData("IAEA", "ent:org:IAEA")]
    public void International_organisations_are_found_by_name_or_abbreviation(string text, string id) =>
        Assert.Equal(id, Kb.Value.Organization(text)?.Id);

    [Theory]
    [InlineData("spokesman", "GOV")]
    [InlineData("foreign minister", "GOV")]
    [InlineData("ambassador", "GOV")]
    [InlineData("general", "MIL")]
    public void Role_nouns_map_to_sectors(string role, string sector) =>
        Assert.Equal(sector, Kb.Value.RoleSector(role));

    [Fact]
    public void Sources_spelling_one_leader_differently_give_one_person()
    {
        var putin = Assert.Single(Kb.Value.PersonsNamed("Vladimir Vladimirovich Putin"));
        Assert.Same(putin, Assert.Single(Kb.Value.PersonsNamed("Putin")));
        Assert.Contains(putin.Roles, r => r.Source.StartsWith("factbook", StringComparison.Ordinal));
    }
}
