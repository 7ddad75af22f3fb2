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
    /// actors, of a type, or of the events <paramref name="include"/> accepts, reads only the story's dated events; the
    /// whole timeline about one actor (by code or entity id, or by a word of its names), of one type or both reads its
    /// saved entries, about several only the events their saved timelines share (<see cref="WriteKeyed"/>), and about
    /// part of a word or several words only the events of the words that hold them (<see cref="NamePart"/>). Otherwise the
    /// merged events are streamed (<see cref="CorpusSnapshotJson.Load"/>) and of each only what its date's entry needs
    /// is kept (its id, ranking counts and articles; the leading event's dates and summary), so memory follows the
    /// timeline, not the snapshot, but every event is read.
    /// </summary>
    /// <param name="store">The store whose saved snapshot is read.</param>
    /// <param name="query">Which timeline (an unknown story has none).</param>
    /// <param name="include">When given, only the events it accepts count, as if the snapshot held no others.</param>
    public static IReadOnlyList<TimelineEntry> Load(IArticleStore store, TimelineQuery query, Func<MergedEvent, bool>? include = null) =>
        Load(store, query, include, out _);

    /// <summary>As <see cref="Load(IArticleStore, TimelineQuery, Func{MergedEvent, bool}?)"/>, also saying how many dates the timeline has before <see cref="TimelineQuery.Top"/> keeps the N most salient.</summary>
    public static IReadOnlyList<TimelineEntry> Load(IArticleStore store, TimelineQuery query, Func<MergedEvent, bool>? include, out int dates)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        if (FromIndex(store, query, include, out dates) is { } indexed)
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
        dates = builder!.Dates;
        return builder.Entries();
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

    /// <summary>The merged events of the story (those with a report in one of its articles) that involve every actor named, of the type asked for.</summary>
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
        && (query.Type is null || e.Code.StartsWith(query.Type, StringComparison.Ordinal))
        && (query.About ?? []).All(name => e.Participants.Any(p => p.Matches(name)) || string.Equals(e.Location, name, StringComparison.OrdinalIgnoreCase));

    private static double Precision(DateOnly earliest, DateOnly latest) => (latest.DayNumber - earliest.DayNumber) switch
    {
        0 => 1.0,
        <= 30 => 0.5,
        _ => 0.25,
    };

    /// <summary>An event's place in its date's entry: most independent sources first, then most reports dated by their own sentence, then most later references, then most evidence, then id.</summary>
    private readonly record struct Rank(EventKey Key, int IndependentSources, int DatedReports, int LaterReferences, int Evidence)
    {
        public int CompareTo(Rank other, EventIds ids)
        {
            int c = other.IndependentSources.CompareTo(IndependentSources);
            c = c != 0 ? c : other.DatedReports.CompareTo(DatedReports);
            c = c != 0 ? c : other.LaterReferences.CompareTo(LaterReferences);
            c = c != 0 ? c : other.Evidence.CompareTo(Evidence);
            return c != 0 ? c : ids.Compare(Key, other.Key);
        }
    }

    /// <summary>
    /// What one date's entry keeps of its events while they arrive. Articles are listed as they come, repeats
    /// included, and made distinct once at the end: fewer bytes than a set for the few articles of most dates.
    /// </summary>
    private sealed class DateGroup(string date)
    {
        public string Date { get; } = date;

        public List<Rank> Events { get; } = [];

        public List<string> Articles { get; } = [];

        /// <summary>The distinct articles, in ordinal order, once <see cref="Builder.Weigh"/> made them.</summary>
        public List<string> Sources { get; set; } = [];

        public int LaterReferences { get; set; }

        public Rank Lead { get; set; }

        public DateOnly Earliest { get; set; }

        public DateOnly Latest { get; set; }

        public string Summary { get; set; } = "";
    }

    /// <summary>A date's group with its independent sources and weight.</summary>
    private readonly record struct Weighed(DateGroup Group, int Independent, double Weight);

    /// <summary>Takes the merged events one at a time, keeps what their dates' entries need, and makes the entries.</summary>
    private sealed class Builder
    {
        private readonly TimelineQuery query;
        private readonly HashSet<string>? storyMembers;
        private readonly Func<IEnumerable<string>, int> independent;
        private readonly Dictionary<string, DateGroup> groups = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string> articleIds;
        private readonly EventIds ids;

        public Builder(CorpusSnapshot corpus, TimelineQuery query)
            : this(query, StoryMembers(corpus, query), corpus.IndependentSources)
        {
        }

        /// <param name="query">Which timeline (its story is <paramref name="storyMembers"/>).</param>
        /// <param name="storyMembers">The articles of the story asked for, or null for every event.</param>
        /// <param name="independent">How many independent sources a set of articles is.</param>
        /// <param name="articleIds">Where article ids and dates are shared, when several builders take the same events.</param>
        /// <param name="ids">Where event ids are kept, when several builders take the same events.</param>
        public Builder(TimelineQuery query, HashSet<string>? storyMembers, Func<IEnumerable<string>, int> independent, Dictionary<string, string>? articleIds = null, EventIds? ids = null)
        {
            ArgumentNullException.ThrowIfNull(query);
            this.query = query;
            this.storyMembers = storyMembers;
            this.independent = independent;
            this.articleIds = articleIds ?? new(StringComparer.Ordinal);
            this.ids = ids ?? new EventIds();
        }

        public void Add(MergedEvent e)
        {
            if (Selected(e, storyMembers, query))
            {
                Add(EventFacts.Of(e), ids.Key(e.Id));
            }
        }

        /// <summary>Takes an event the query selects, whose id <paramref name="key"/> holds.</summary>
        public void Add(EventFacts e, EventKey key)
        {
            if (!e.Happened || e.Date is null || e.Earliest is not { } earliest || e.Latest is not { } latest)
            {
                return;
            }

            var rank = new Rank(key, e.IndependentSources, e.DatedReports, e.LaterReferences, e.Evidence);
            Add(e.Date, earliest, latest, e.Summary, rank, e.Articles);
        }

        /// <summary>Takes a dated event that happened, by what its date's entry needs of it: its date and span, summary, ranking counts and articles.</summary>
        public void Add(string date, DateOnly earliest, DateOnly latest, string summary, Rank rank, IEnumerable<string> articles)
        {
            date = Shared(date);
            if (!groups.TryGetValue(date, out var group))
            {
                groups.Add(date, group = new DateGroup(date));
            }

            if (group.Events.Count == 0 || rank.CompareTo(group.Lead, ids) < 0)
            {
                (group.Lead, group.Earliest, group.Latest, group.Summary) = (rank, earliest, latest, summary);
            }

            group.Events.Add(rank);
            group.LaterReferences = Math.Max(group.LaterReferences, rank.LaterReferences);
            foreach (string article in articles)
            {
                group.Articles.Add(Shared(article));
            }
        }

        /// <summary>How many dates the timeline has (before <see cref="TimelineQuery.Top"/>).</summary>
        public int Dates => groups.Count;

        /// <summary>The timeline's entries as <see cref="Entries"/> gives them, the N most salient with <see cref="TimelineQuery.Top"/>.</summary>
        public IReadOnlyList<TimelineEntry> Entries() => ByDate(query.Top is int top ? Ranked().Take(top) : Ranked());

        /// <summary>Every entry, most salient first (then most events, earliest, date): the order <see cref="TimelineQuery.Top"/> takes from.</summary>
        public List<TimelineEntry> Ranked()
        {
            var weighed = Weigh(out double max);
            return [.. weighed.Select(w => Entry(w, max))];
        }

        /// <summary>
        /// Each date's weight and independent sources, most salient first, and the heaviest weight: what
        /// <see cref="Entry"/> makes each entry from, so that a caller can make them one at a time.
        /// </summary>
        public List<Weighed> Weigh(out double max)
        {
            var weighed = new List<Weighed>(groups.Count);
            foreach (var group in groups.Values)
            {
                group.Events.Sort((a, b) => a.CompareTo(b, ids));
                if (group.Articles.Count > 0)
                {
                    // Made once: the list of articles as they came is let go.
                    group.Sources = [.. group.Articles.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
                    group.Articles.Clear();
                    group.Articles.TrimExcess();
                }

                int count = independent(group.Sources);
                weighed.Add(new Weighed(group, count, Precision(group.Earliest, group.Latest) * (count + group.LaterReferences)));
            }

            max = weighed.Count == 0 ? 1 : weighed.Max(w => w.Weight);
            weighed.Sort((a, b) =>
            {
                int c = b.Weight.CompareTo(a.Weight);
                c = c != 0 ? c : b.Group.Events.Count.CompareTo(a.Group.Events.Count);
                c = c != 0 ? c : a.Group.Earliest.CompareTo(b.Group.Earliest);
                return c != 0 ? c : string.CompareOrdinal(a.Group.Date, b.Group.Date);
            });
            return weighed;
        }

        /// <summary>A date's entry, its salience its weight over <paramref name="max"/>.</summary>
        public TimelineEntry Entry(Weighed w, double max) =>
            new(w.Group.Date, w.Group.Earliest, w.Group.Latest, w.Group.Summary, [.. w.Group.Events.Select(r => ids.Id(r.Key))], w.Group.Sources, w.Independent,
                Math.Round(w.Weight / max, 3, MidpointRounding.AwayFromZero));

        private string Shared(string s) => EventTimeline.Shared(articleIds, s);
    }

    /// <summary>The one instance of <paramref name="s"/> that <paramref name="strings"/> keeps, so that dates and article ids held many times are held once.</summary>
    private static string Shared(Dictionary<string, string> strings, string s)
    {
        if (!strings.TryGetValue(s, out string? shared))
        {
            strings.Add(s, shared = s);
        }

        return shared;
    }

    /// <summary>Entries in the timeline's order: by earliest day, then latest, then date.</summary>
    private static List<TimelineEntry> ByDate(IEnumerable<TimelineEntry> entries) =>
        [.. entries.OrderBy(e => e.Earliest).ThenBy(e => e.Latest).ThenBy(e => e.Date, StringComparer.Ordinal)];
}
