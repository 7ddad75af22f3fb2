using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dossier.Corpus.EventMerging;

/// <summary>
/// What a page lists of a merged event (<see cref="MergedEvent"/>): its code, label, summary, modality and
/// independent sources, its actors' ids and names, and its evidence; read from the event's item without the rest (its
/// articles, aliases, dates, place), which is most of a widely reported event's item.
/// </summary>
public sealed record EventBrief(string Id, string Code, string Label, string Summary, string Modality)
{
    public int IndependentSources { get; init; }

    public IReadOnlyList<EventActorName> Sources { get; init; } = [];

    public IReadOnlyList<EventActorName> Targets { get; init; } = [];

    public IReadOnlyList<EventEvidence> Evidence { get; init; } = [];

    [JsonIgnore]
    public IEnumerable<EventActorName> Participants => Sources.Concat(Targets);

    /// <summary>The brief of an event already read whole.</summary>
    public static EventBrief Of(MergedEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.Id, e.Code, e.Label, e.Summary, e.Modality)
        {
            IndependentSources = e.IndependentSources,
            Sources = [.. e.Sources.Select(p => new EventActorName(p.Id, p.Name))],
            Targets = [.. e.Targets.Select(p => new EventActorName(p.Id, p.Name))],
            Evidence = e.Evidence,
        };
    }

    /// <summary>The brief of a merged event's item (as <see cref="CorpusItemSink"/> wrote it).</summary>
    public static EventBrief Read(string json) => JsonSerializer.Deserialize<EventBrief>(json)!;
}

/// <summary>An actor of a merged event as a page names it: its id and name (<see cref="EventParticipant"/>).</summary>
public sealed record EventActorName(string Id, string Name);
