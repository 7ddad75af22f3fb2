using System.Text.Json;
using Dossier.Contracts;
using Dossier.Model;
using Dossier.Temporal;

namespace Dossier.Tests.Temporal;

/// <summary>A counted span's point travels through contract §1 JSON, which names it only where there is one.</summary>
public sealed class TimexPointJsonTests
{
    [Fact]
    public void Point_is_written_only_for_the_span_that_has_one_and_read_back()
    {
        const string text = "In December 2023, Iran and the EAEU signed a free trade agreement, six years after Tehran joined the bloc.";
        var doc = new Document("d", text, new ArticleMetadata { Published = new DateOnly(2024, 7, 5) });
        new TemporalStage().Process(doc);

        using var parsed = JsonDocument.Parse(DocumentJsonWriter.ToJson(doc));
        var timexes = parsed.RootElement.GetProperty("timexes").EnumerateArray().ToList();
        Assert.Equal(2, timexes.Count);
        Assert.False(timexes[0].TryGetProperty("point", out _));
        Assert.Equal(("P6Y", "2017"), (timexes[1].GetProperty("value").GetString(), timexes[1].GetProperty("point").GetString()));

        var back = DocumentJsonReader.Read(parsed.RootElement);
        Assert.Equal(doc.Timexes.Select(t => (t.Start, t.Value, t.Point)), back.Timexes.Select(t => (t.Start, t.Value, t.Point)));
    }
}
