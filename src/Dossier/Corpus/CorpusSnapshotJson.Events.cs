using System.Text.Json;
using Dossier.Corpus.EventMerging;
using Dossier.Model;

namespace Dossier.Corpus;

/// <summary>Merged events (kind <c>event</c>) and narrowed publication ranges (kind <c>published_range</c>) as snapshot items.</summary>
public static partial class CorpusSnapshotJson
{
    private static IEnumerable<(string Kind, string Id, string Json)> EventItems(CorpusSnapshot snapshot)
    {
        foreach (var (article, range) in snapshot.PublishedRanges.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            yield return ("published_range", article, JsonSerializer.Serialize(new[] { Iso(range.Earliest), Iso(range.Latest) }));
        }

        foreach (var e in snapshot.Events)
        {
            yield return ("event", e.Id, JsonSerializer.Serialize(e));
        }
    }

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
            Events = [.. events.OrderBy(e => e.Earliest ?? DateOnly.MaxValue).ThenBy(e => e.Date, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal)],
        };
    }
}
