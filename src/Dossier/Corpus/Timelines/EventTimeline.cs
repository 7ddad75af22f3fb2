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
public static partial class EventTimeline
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
    /// The timeline of a store's saved snapshot, as <see cref="Build"/> gives it over the loaded snapshot. A snapshot
    /// saved with its timeline index (<see cref="WriteIndex"/>) answers from it: the whole timeline and a story's read
    /// only their entries (the N most salient with <see cref="TimelineQuery.Top"/>), and a story's timeline about
    /// actors, or of the events <paramref name="include"/> accepts, reads only the story's dated events. Otherwise the
    /// merged events are streamed (<see cref="CorpusSnapshotJson.Load"/>) and of each only what its date's entry needs
    /// is kept (its id, ranking counts and articles; the leading event's dates and summary), so memory follows the
    /// timeline, not the snapshot, but every event is read.
    /// </summary>
    /// <param name="store">The store whose saved snapshot is read.</param>
    /// <param name="query">Which timeline (an unknown story has none).</param>
    /// <param name="include">When given, only the events it accepts count, as if the snapshot held no others.</param>
    public static IReadOnlyList<TimelineEntry> Load(IArticleStore store, TimelineQuery query, Func<MergedEvent, bool>? include = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        if (FromIndex(store, query, include) is { } indexed)
        {
            return indexed;
        }

        Builder? builder = null;
        CorpusSnapshotJson.Load(store, CorpusParts.Core, core =>
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
    /// (<see cref="Select"/>: its story and actors; <see cref="TimelineQuery.Top"/> is not applied), in the snapshot's
    /// order. <paramref name="stored"/> is how many merged events the snapshot holds in all. For a story, when the
    /// snapshot was saved with its timeline index, only the story's merged events are read, and the snapshot holds
    /// only that story (none when it is unknown) and the reporting units of its articles and of its events' articles;
    /// otherwise every event is streamed and only those selected are kept.
    /// </summary>
    public static CorpusSnapshot LoadSelected(IArticleStore store, TimelineQuery query, out int stored)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        if (query.Story is { } storyId && ReadIndex(store) is { } index)
        {
            stored = index.Events;
            return StoryFromIndex(store, storyId, query);
        }

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
        private readonly TimelineQuery query;
        private readonly HashSet<string>? storyMembers;
        private readonly Func<IEnumerable<string>, int> independent;
        private readonly Dictionary<string, DateGroup> groups = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> articleIds;

        public Builder(CorpusSnapshot corpus, TimelineQuery query)
            : this(query, StoryMembers(corpus, query), corpus.IndependentSources)
        {
        }

        /// <param name="query">Which timeline (its story is <paramref name="storyMembers"/>).</param>
        /// <param name="storyMembers">The articles of the story asked for, or null for every event.</param>
        /// <param name="independent">How many independent sources a set of articles is.</param>
        /// <param name="articleIds">Where article ids are shared, when several builders take the same events.</param>
        public Builder(TimelineQuery query, HashSet<string>? storyMembers, Func<IEnumerable<string>, int> independent, Dictionary<string, string>? articleIds = null)
        {
            ArgumentNullException.ThrowIfNull(query);
            this.query = query;
            this.storyMembers = storyMembers;
            this.independent = independent;
            this.articleIds = articleIds ?? new(StringComparer.Ordinal);
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

        /// <summary>The timeline's entries as <see cref="Entries"/> gives them, the N most salient with <see cref="TimelineQuery.Top"/>.</summary>
        public IReadOnlyList<TimelineEntry> Entries() => ByDate(query.Top is int top ? Ranked().Take(top) : Ranked());

        /// <summary>Every entry, most salient first (then most events, earliest, date): the order <see cref="TimelineQuery.Top"/> takes from.</summary>
        public List<TimelineEntry> Ranked()
        {
            var weighted = new List<(TimelineEntry Entry, double Weight)>(groups.Count);
            foreach (var group in groups.Values)
            {
                group.Events.Sort();
                var sources = group.Articles.Order(StringComparer.Ordinal).ToList();
                int count = independent(sources);
                double weight = Precision(group.Earliest, group.Latest) * (count + group.LaterReferences);
                weighted.Add((new TimelineEntry(group.Date, group.Earliest, group.Latest, group.Summary, [.. group.Events.Select(r => r.Id)], sources, count, 0), weight));
            }

            double max = weighted.Count == 0 ? 1 : weighted.Max(w => w.Weight);
            return [.. weighted
                .OrderByDescending(w => w.Weight).ThenByDescending(w => w.Entry.Events.Count).ThenBy(w => w.Entry.Earliest).ThenBy(w => w.Entry.Date, StringComparer.Ordinal)
                .Select(w => w.Entry with { Salience = Math.Round(w.Weight / max, 3, MidpointRounding.AwayFromZero) })];
        }
    }

    /// <summary>Entries in the timeline's order: by earliest day, then latest, then date.</summary>
    private static List<TimelineEntry> ByDate(IEnumerable<TimelineEntry> entries) =>
        [.. entries.OrderBy(e => e.Earliest).ThenBy(e => e.Latest).ThenBy(e => e.Date, StringComparer.Ordinal)];
}
