using Dossier.Events;

namespace Dossier.Tests.Events;

/// <summary>Deaths and changes of office, which CAMEO does not code, are Dossier's own event types with the subject as their one actor.</summary>
public sealed class TransitionTests
{
    private static readonly Lazy<EventsStage> Stage = new(() => EventsStage.CreateDefault());

    [Fact]
    public void A_person_killed_in_a_crash_is_a_death()
    {
        var doc = Ud.Parse("""
            Raisi PROPN 3 nsubj:pass Raisi
            was AUX 3 aux:pass be
            killed VERB 0 root kill
            in ADP 6 case in
            a DET 6 det a
            crash NOUN 3 obl crash
            . PUNCT 3 punct .
            """).WithEntity("Raisi", "PERSON", "ent:person:raisi");
        Stage.Value.Process(doc);

        var death = Assert.Single(doc.Events);
        Assert.Equal(("DIE", "ent:person:raisi"), (death.Code, death.Sources.Single().EntityId));
        Assert.Empty(death.Targets);
        Assert.Equal("DEATH", CameoCatalog.Load().Find("DIE")?.Plover);
    }

    [Theory]
    [InlineData("presidency", "OFFICE")]
    [InlineData("responsibility", null)] // "assumed responsibility" is not taking office
    public void Assuming_the_presidency_is_taking_office(string obj, string? expected)
    {
        var doc = Ud.Parse($"""
            Pezeshkian PROPN 2 nsubj Pezeshkian
            assumed VERB 0 root assume
            the DET 4 det the
            {obj} NOUN 2 obj {obj}
            . PUNCT 2 punct .
            """).WithEntity("Pezeshkian", "PERSON", "ent:person:pezeshkian");
        Stage.Value.Process(doc);

        Assert.Equal(expected, doc.Events.FirstOrDefault(e => e.Code is "OFFICE")?.Code);
    }
}
