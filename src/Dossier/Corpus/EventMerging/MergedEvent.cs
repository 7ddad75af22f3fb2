using System.Text.Json.Serialization;

namespace Dossier.Corpus.EventMerging;

/// <summary>
/// One real-world event as the coverage reports it: the CAMEO code, date, actors and modality the reports agree on,
/// every report's evidence, the articles that report it and how many distinct reporting units they are (wire copies
/// and near-duplicates count once), and the later articles that refer back to its date.
/// </summary>
public sealed record MergedEvent(string Id, string Code, string Label, string Summary, string Modality)
{
    /// <summary>The TIMEX3 value at the granularity the reports establish together, or null.</summary>
    public string? Date { get; init; }

    public DateOnly? Earliest { get; init; }

    public DateOnly? Latest { get; init; }

    public IReadOnlyList<EventParticipant> Sources { get; init; } = [];

    public IReadOnlyList<EventParticipant> Targets { get; init; } = [];

    /// <summary>The place entity, when a report names one.</summary>
    public string? Location { get; init; }

    public double? Goldstein { get; init; }

    /// <summary>1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict, 0 unknown.</summary>
    public int QuadClass { get; init; }

    public IReadOnlyList<EventEvidence> Evidence { get; init; } = [];

    /// <summary>Every article that reports the event, by id.</summary>
    public IReadOnlyList<string> Articles { get; init; } = [];

    public int IndependentSources { get; init; }

    /// <summary>How many reports date the event with a date expression of their own sentence (rather than one carried from an earlier sentence).</summary>
    public int DatedReports { get; init; }

    /// <summary>How many reporting units, among articles that do not report the event, name its date after it happened.</summary>
    public int LaterReferences { get; init; }

    /// <summary>Whether the reports say it happened (asserted or reported), rather than denied, planned or supposed.</summary>
    [JsonIgnore]
    public bool Happened => Modality is "asserted" or "reported";

    /// <summary>The month the event falls in ("2024-07"), or null when its date is coarser or unknown.</summary>
    [JsonIgnore]
    public string? Month => MonthOf(Earliest, Latest);

    /// <summary>The month a date range falls in ("2024-07"), or null when it spans more or is unknown.</summary>
    public static string? MonthOf(DateOnly? earliest, DateOnly? latest) => earliest is { } e && latest is { } l && e.Year == l.Year && e.Month == l.Month
        ? e.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture) : null;

    [JsonIgnore]
    public IEnumerable<EventParticipant> Participants => Sources.Concat(Targets);
}
