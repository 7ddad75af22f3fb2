using System.Text.Json;
using Dossier.Contracts;

namespace Dossier.Tests.Events;

/// <summary>Events travel through contract §1 JSON (what annotate prints and the store keeps) without loss.</summary>
public sealed class EventsContractTests
{
    [Fact]
    public void Coded_events_survive_the_contract_json_round_trip()
    {
        var doc = Ud.TehranDeniedGivingMoscowDrones();
        Dossier.Events.EventsStage.CreateDefault().Process(doc);
        Assert.NotEmpty(doc.Events);

        string json = DocumentJsonWriter.ToJson(doc);
        using var parsed = JsonDocument.Parse(json);
        var back = DocumentJsonReader.Read(parsed.RootElement);
        Assert.Equal(
            doc.Events.Select(e => (e.Code, e.Label, e.Trigger, e.Modality, e.Sources[0].Code, e.Targets[0].EntityId)),
            back.Events.Select(e => (e.Code, e.Label, e.Trigger, e.Modality, e.Sources[0].Code, e.Targets[0].EntityId)));
        Assert.Equal("reject", doc.Events.Single(e => e.Code == "120").Label);
    }
}
