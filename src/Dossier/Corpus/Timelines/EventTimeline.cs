using Dossier.Corpus.EventMerging;

namespace Dossier.Corpus.Timelines;

/// <summary>
/// The timeline of merged events: one entry per date, for the events that happened (asserted or reported, not denied
/// or planned) with a date of at least a year. An entry's weight is the number of independent reporting units behind
/// its events plus the number of units that come back to its date later, scaled by how precise the date is (a day
/// counts fully, a week or a month half, anything coarser a quarter); salience is the weight over the heaviest
/// entry's. An entry's summary is that of its leading event (most independent sources, then most reports dated by
/// their own sentence). With <see cref="TimelineQuery.Top"/> only the N most salient dates are kept. Entries are
/// ordered by date.
/// </summary>
public static class EventTimeline
{
    public static IReadOnlyList<TimelineEntry> Build(CorpusSnapshot corpus, TimelineQuery query)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(query);
        var events = Select(corpus, query).Where(e => e.Happened && e.Date is not null && e.Earliest is not null && e.Latest is not null).ToList();
        var weighted = new List<(TimelineEntry Entry, double Weight)>();
        foreach (var group in events.GroupBy(e => e.Date!, StringComparer.Ordinal))
        {
            var ranked = group.OrderByDescending(e => e.IndependentSources).ThenByDescending(e => e.DatedReports).ThenByDescending(e => e.LaterReferences)
                .ThenByDescending(e => e.Evidence.Count).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
            var sources = ranked.SelectMany(e => e.Articles).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            int independent = corpus.IndependentSources(sources);
            var first = ranked[0];
            double weight = Precision(first.Earliest!.Value, first.Latest!.Value) * (independent + ranked.Max(e => e.LaterReferences));
            weighted.Add((new TimelineEntry(group.Key, first.Earliest.Value, first.Latest.Value, first.Summary, [.. ranked.Select(e => e.Id)], sources, independent, 0), weight));
        }

        double max = weighted.Count == 0 ? 1 : weighted.Max(w => w.Weight);
        var entries = weighted.Select(w => (w.Entry with { Salience = Math.Round(w.Weight / max, 3, MidpointRounding.AwayFromZero) }, w.Weight));
        if (query.Top is int top)
        {
            entries = entries.OrderByDescending(x => x.Weight).ThenByDescending(x => x.Item1.Events.Count).ThenBy(x => x.Item1.Earliest).ThenBy(x => x.Item1.Date, StringComparer.Ordinal).Take(top);
        }

        return [.. entries.Select(x => x.Item1).OrderBy(e => e.Earliest).ThenBy(e => e.Latest).ThenBy(e => e.Date, StringComparer.Ordinal)];
    }

    /// <summary>The merged events of the story (those with a report in one of its articles) that involve every actor named.</summary>
    public static IEnumerable<MergedEvent> Select(CorpusSnapshot corpus, TimelineQuery query)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(query);
        IEnumerable<MergedEvent> events = corpus.Events;
        if (query.Story is { } storyId)
        {
            var story = corpus.Stories.FirstOrDefault(s => s.Id == storyId);
            var members = new HashSet<string>(story?.Articles ?? [], StringComparer.Ordinal);
            events = events.Where(e => e.Articles.Any(members.Contains));
        }

        foreach (string name in query.About ?? [])
        {
            events = events.Where(e => e.Participants.Any(p => p.Matches(name)) || string.Equals(e.Location, name, StringComparison.OrdinalIgnoreCase));
        }

        return events;
    }

    private static double Precision(DateOnly earliest, DateOnly latest) => (latest.DayNumber - earliest.DayNumber) switch
    {
        0 => 1.0,
        <= 30 => 0.5,
        _ => 0.25,
    };
}
