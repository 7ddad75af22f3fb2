using System.Text.Json;
using Dossier.Corpus.EventMerging;
using Dossier.Model;

namespace Dossier.Corpus;

/// <summary>Merged events (kind <c>event</c>) and narrowed publication ranges (kind <c>published_range</c>) as snapshot items.</summary>
public static partial class CorpusSnapshotJson
{
    /// <summary>A merged event from its item's JSON.</summary>
    public static MergedEvent ReadEvent(string json) => JsonSerializer.Deserialize<MergedEvent>(json)!;

    private static DateRange ReadRange(string json)
    {
        string[] r = JsonSerializer.Deserialize<string[]>(json)!;
        return new DateRange(Parse(r[0])!.Value, Parse(r[1])!.Value);
    }
}
