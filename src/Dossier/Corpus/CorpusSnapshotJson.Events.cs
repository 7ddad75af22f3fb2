using System.Text.Json;
using Dossier.Corpus.EventMerging;
using Dossier.Model;

namespace Dossier.Corpus;

/// <summary>Merged events (kind <c>event</c>) and narrowed publication ranges (kind <c>published_range</c>) as snapshot items.</summary>
public static partial class CorpusSnapshotJson
{
    private static CorpusSnapshot ReadEvents(CorpusSnapshot snapshot, IEnumerable<(string Kind, string Id, string Json)> items)
    {
        var ranges = new Dictionary<string, DateRange>(StringComparer.Ordinal);
        var events = new List<MergedEvent>();
        foreach (var (kind, id, json) in items)
        {
            if (kind == "published_range")
            {
                string[] r = JsonSerializer.Deserialize<string[]>(json)!;
                ranges[id] = new DateRange(Parse(r[0])!.Value, Parse(r[1])!.Value);
            }
            else if (kind == "event")
            {
                events.Add(JsonSerializer.Deserialize<MergedEvent>(json)!);
            }
        }

        return snapshot with
        {
            PublishedRanges = ranges,
            Events = [.. CorpusSnapshot.InOrder(events)],
        };
    }
}
