using Dossier.Corpus.EventMerging;
using Dossier.Storage;

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
        var builder = new Builder(corpus, query);
        foreach (var e in corpus.Events)
        {
            builder.Add(e);
        }

        return builder.Entries();
    }

    /// <summary>
    /// The timeline of a store's saved snapshot, read as <see cref="Build"/> reads a loaded one but with its merged
    /// events streamed (<see cref="CorpusSnapshotJson.Load"/>): of each event only what its date's entry needs is kept
    /// (its id, ranking counts and articles; the leading event's dates and summary), so memory follows the timeline,
    /// not the snapshot. <paramref name="corpus"/> is the snapshot without its events and entities (its stories say
    /// whether <see cref="TimelineQuery.Story"/> names one).
    /// </summary>
    /// <param name="store">The store whose saved snapshot is read.</param>
    /// <param name="query">Which timeline.</param>
    /// <param name="corpus">The snapshot read, without its events and entities.</param>
    /// <param name="include">When given, only the events it accepts count, as if the snapshot held no others.</param>
    public static IReadOnlyList<TimelineEntry> Load(IArticleStore store, TimelineQuery query, out CorpusSnapshot corpus, Func<MergedEvent, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        Builder? builder = null;
        corpus = CorpusSnapshotJson.Load(store, CorpusParts.Core, core =>
        {
            builder = new Builder(core, query);
            return include is null ? builder.Add : e =>
            {
                if (include(e))
                {
                    builder.Add(e);
                }
            };
        });
        return builder!.Entries();
    }

    /// <summary>
    /// A store's saved snapshot without its entities, holding only the merged events <paramref name="query"/> selects
    /// (<see cref="Select"/>: its story and actors; <see cref="TimelineQuery.Top"/> is not applied), read with the
    /// events streamed so that only those are kept. <paramref name="stored"/> is how many merged events the snapshot
    /// holds in all.
    /// </summary>
    public static CorpusSnapshot LoadSelected(IArticleStore store, TimelineQuery query, out int stored)
    {
        ArgumentNullException.ThrowIfNull(query);
        return store.LoadCorpusKeeping(core =>
        {
            var members = StoryMembers(core, query);
            return e => Selected(e, members, query);
        }, out stored);
    }

    /// <summary>The merged events of the story (those with a report in one of its articles) that involve every actor named.</summary>
    public static IEnumerable<MergedEvent> Select(CorpusSnapshot corpus, TimelineQuery query)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(query);
        var members = StoryMembers(corpus, query);
        return corpus.Events.Where(e => Selected(e, members, query));
    }

    private static HashSet<string>? StoryMembers(CorpusSnapshot corpus, TimelineQuery query) =>
        query.Story is { } storyId
            ? new HashSet<string>(corpus.Stories.FirstOrDefault(s => s.Id == storyId)?.Articles ?? [], StringComparer.Ordinal)
            : null;

    private static bool Selected(MergedEvent e, HashSet<string>? storyMembers, TimelineQuery query) =>
        (storyMembers is null || e.Articles.Any(storyMembers.Contains))
        && (query.About ?? []).All(name => e.Participants.Any(p => p.Matches(name)) || string.Equals(e.Location, name, StringComparison.OrdinalIgnoreCase));

    private static double Precision(DateOnly earliest, DateOnly latest) => (latest.DayNumber - earliest.DayNumber) switch
    {
        0 => 1.0,
        <= 30 => 0.5,
        _ => 0.25,
    };

    /// <summary>An event's place in its date's entry: most independent sources first, then most reports dated by their own sentence, then most later references, then most evidence, then id.</summary>
    private readonly record struct Rank(string Id, int IndependentSources, int DatedReports, int LaterReferences, int Evidence) : IComparable<Rank>
    {
        public int CompareTo(Rank other)
        {
            int c = other.IndependentSources.CompareTo(IndependentSources);
            c = c != 0 ? c : other.DatedReports.CompareTo(DatedReports);
            c = c != 0 ? c : other.LaterReferences.CompareTo(LaterReferences);
            c = c != 0 ? c : other.Evidence.CompareTo(Evidence);
            return c != 0 ? c : string.CompareOrdinal(Id, other.Id);
        }
    }

    /// <summary>What one date's entry keeps of its events while they arrive.</summary>
    private sealed class DateGroup(string date)
    {
        public string Date { get; } = date;

        public List<Rank> Events { get; } = [];

        public HashSet<string> Articles { get; } = new(StringComparer.Ordinal);

        public int LaterReferences { get; set; }

        public Rank Lead { get; set; }

        public DateOnly Earliest { get; set; }

        public DateOnly Latest { get; set; }

        public string Summary { get; set; } = "";
    }

    /// <summary>Takes the merged events one at a time, keeps what their dates' entries need, and makes the entries.</summary>
    private sealed class Builder
    {
        private readonly CorpusSnapshot corpus;
        private readonly TimelineQuery query;
        private readonly HashSet<string>? storyMembers;
        private readonly Dictionary<string, DateGroup> groups = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> articleIds = new(StringComparer.Ordinal);

        public Builder(CorpusSnapshot corpus, TimelineQuery query)
        {
            ArgumentNullException.ThrowIfNull(query);
            this.corpus = corpus;
            this.query = query;
            storyMembers = StoryMembers(corpus, query);
        }

        public void Add(MergedEvent e)
        {
            if (!e.Happened || e.Date is null || e.Earliest is not { } earliest || e.Latest is not { } latest || !Selected(e, storyMembers, query))
            {
                return;
            }

            if (!groups.TryGetValue(e.Date, out var group))
            {
                groups.Add(e.Date, group = new DateGroup(e.Date));
            }

            var rank = new Rank(e.Id, e.IndependentSources, e.DatedReports, e.LaterReferences, e.Evidence.Count);
            if (group.Events.Count == 0 || rank.CompareTo(group.Lead) < 0)
            {
                (group.Lead, group.Earliest, group.Latest, group.Summary) = (rank, earliest, latest, e.Summary);
            }

            group.Events.Add(rank);
            group.LaterReferences = Math.Max(group.LaterReferences, e.LaterReferences);
            foreach (string article in e.Articles)
            {
                if (!articleIds.TryGetValue(article, out string? shared))
                {
                    articleIds.Add(article, shared = article);
                }

                group.Articles.Add(shared);
            }
        }

        public IReadOnlyList<TimelineEntry> Entries()
        {
            var weighted = new List<(TimelineEntry Entry, double Weight)>(groups.Count);
            foreach (var group in groups.Values)
            {
                group.Events.Sort();
                var sources = group.Articles.Order(StringComparer.Ordinal).ToList();
                int independent = corpus.IndependentSources(sources);
                double weight = Precision(group.Earliest, group.Latest) * (independent + group.LaterReferences);
                weighted.Add((new TimelineEntry(group.Date, group.Earliest, group.Latest, group.Summary, [.. group.Events.Select(r => r.Id)], sources, independent, 0), weight));
            }

            double max = weighted.Count == 0 ? 1 : weighted.Max(w => w.Weight);
            var entries = weighted.Select(w => (w.Entry with { Salience = Math.Round(w.Weight / max, 3, MidpointRounding.AwayFromZero) }, w.Weight));
            if (query.Top is int top)
            {
                entries = entries.OrderByDescending(x => x.Weight).ThenByDescending(x => x.Item1.Events.Count).ThenBy(x => x.Item1.Earliest).ThenBy(x => x.Item1.Date, StringComparer.Ordinal).Take(top);
            }

            return [.. entries.Select(x => x.Item1).OrderBy(e => e.Earliest).ThenBy(e => e.Latest).ThenBy(e => e.Date, StringComparer.Ordinal)];
        }
    }
}
