using System.Text;
using System.Text.Json;
using Dossier.Contracts;
using Dossier.Tests.Events;

namespace Dossier.Tests.Formats;

/// <summary>Counting a stored annotation JSON's entity mentions, quotes and events without reading the document back.</summary>
public sealed class AnnotationCountsTests
{
    [Fact]
    public void The_counts_of_the_contract_json_are_those_of_the_document_it_was_written_from()
    {
        var doc = Ud.TehranDeniedGivingMoscowDrones();
        Dossier.Events.EventsStage.CreateDefault().Process(doc);
        doc.Quotes.Add(new Dossier.Model.QuoteMention(0, 6, "direct", null, null));

        var counts = AnnotationCounts.Read(Encoding.UTF8.GetBytes(DocumentJsonWriter.ToJson(doc)));
        Assert.Equal(AnnotationCounts.Of(doc), counts);
        Assert.Equal((2, 1), (counts.Entities, counts.Quotes));
        Assert.True(counts.Events > 0, "no event coded");
        // Arrays of other names, nested "events" keys and an absent array count nothing.
        Assert.Equal(new AnnotationCounts(1, 0, 0), AnnotationCounts.Read("""{"timexes":[{},{}],"x":{"events":[1,2]},"entities":[{"events":[3]}]}"""u8));
    }

    [Fact]
    public void A_json_that_is_not_an_object_is_refused_with_its_code()
    {
        var e = Assert.Throws<JsonException>(() => AnnotationCounts.Read("[1]"u8));
        Assert.StartsWith("DOS0847", e.Message, StringComparison.Ordinal);
    }
}
