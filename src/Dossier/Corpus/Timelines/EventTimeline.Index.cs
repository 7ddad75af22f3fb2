using System.Globalization;
using System.Text.Json;
using Dossier.Corpus.EventMerging;
using Dossier.Storage;

namespace Dossier.Corpus.Timelines;

/// <summary>
/// The timeline index: what a snapshot saves besides its merged events so that a timeline is read, not rebuilt from
/// every event on each call. Items (kind, id):
/// <list type="bullet">
/// <item><c>timeline</c>, <c>000000000</c>, <c>000000001</c>, …: the entries of the whole timeline in its order (by
/// date), so that a page of it is a range of items;</item>
/// <item><c>timeline_rank</c>, <c>000000000</c>, …: the id of each <c>timeline</c> item, most salient first (the
/// order <see cref="TimelineQuery.Top"/> takes from), so that the N key dates are N items away;</item>
/// <item><c>story_timeline</c>, a story id: that story's entries, most salient first, and the ids of every merged event
/// with a report in one of its articles, dated or not;</item>
/// <item>the whole timeline about one actor or of one event type: <c>timeline_key</c>, <c>timeline_about</c> and
/// <c>timeline_about_rank</c> (<see cref="WriteKeyed"/>);</item>
/// <item><c>timeline_index</c>, <c>built</c>: the index's layout, and how many merged events and whole-timeline
/// entries the snapshot holds. A snapshot without it (saved before the index was kept) or with another layout is read
/// by streaming its events.</item>
/// </list>
/// </summary>
public static partial class EventTimeline
{
    /// <summary>The kinds of the index's items.</summary>
    public const string IndexKind = "timeline", RankKind = "timeline_rank", StoryIndexKind = "story_timeline", IndexBuiltKind = "timeline_index";

    /// <summary>The layout of the index's items, which its marker names; an index of another layout is not read.</summary>
    private const int IndexFormat = 3;

    /// <summary>How many merged events (of a story, or shared by several saved timelines), or articles' reporting units, are read at once.</summary>
    private const int StoryChunk = 1_000;

    /// <summary>The id of the item that says the index was saved.</summary>
    public const string IndexBuiltId = "built";

    private static readonly JsonSerializerOptions IndexJsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Stages the timeline index of what <paramref name="writer"/> has staged (its reporting units and stories,
    /// <see cref="CorpusSnapshotJson.ReadStaged"/>, and its merged events, read back with <see cref="ICorpusWriter.ReadStaged"/>), to be committed with them. Merged events are
    /// read one at a time; what is kept is what the entries hold (each dated event's id and ranking counts, each
    /// date's articles) and each story's event ids.
    /// </summary>
    /// <returns>How many merged events each story has (those with a report in one of its articles; a story without any is absent), as <see cref="StoryEventCounts"/> counts them.</returns>
    public static IReadOnlyDictionary<string, int> WriteIndex(ICorpusWriter writer) => WriteIndex(writer, PerWalk);

    /// <summary>Stages the timeline index as <see cref="WriteIndex(ICorpusWriter)"/> does, its filtered timelines' walks each collecting the events of sets of many that hold at most <paramref name="perWalk"/> together (unless one holds more): the same items, in the same order, for any bound.</summary>
    internal static IReadOnlyDictionary<string, int> WriteIndex(ICorpusWriter writer, int perWalk)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var core = CorpusSnapshotJson.ReadStaged(writer);
        var storiesOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var story in core.Stories)
        {
            foreach (string article in story.Articles)
            {
                if (!storiesOf.TryGetValue(article, out var list))
                {
                    storiesOf.Add(article, list = []);
                }

                list.Add(story.Id);
            }
        }

        var articleIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var ids = new EventIds();
        int events = 0, entries;

        // The whole timeline, then the stories', each in a pass of its own over the events so that only one is held.
        {
            var whole = new Builder(new TimelineQuery(), null, core.IndependentSources, articleIds, ids);
            writer.ReadStaged([CorpusItemSink.EventKind], (_, id, json) =>
            {
                events++;
                whole.Add(EventFacts.Read(json), ids.Key(id));
            });
            entries = WriteEntries(writer, whole, IndexKind, RankKind, string.Empty);
        }

        ids = new EventIds();
        var byStory = new Dictionary<string, (Builder Timeline, List<EventKey> Events)>(StringComparer.Ordinal);
        var storiesOfEvent = new HashSet<string>(StringComparer.Ordinal);
        writer.ReadStaged([CorpusItemSink.EventKind], (_, id, json) =>
        {
            storiesOfEvent.Clear();
            var e = EventFacts.Read(json);
            foreach (string article in e.Articles)
            {
                if (storiesOf.TryGetValue(article, out var stories))
                {
                    storiesOfEvent.UnionWith(stories);
                }
            }

            if (storiesOfEvent.Count == 0)
            {
                return;
            }

            var key = ids.Key(id);
            foreach (string story in storiesOfEvent)
            {
                if (!byStory.TryGetValue(story, out var s))
                {
                    byStory.Add(story, s = (new Builder(new TimelineQuery(), null, core.IndependentSources, articleIds, ids), []));
                }

                s.Timeline.Add(e, key);
                s.Events.Add(key);
            }
        });

        foreach (var (story, s) in byStory)
        {
            writer.Write(StoryIndexKind, story, JsonSerializer.SerializeToUtf8Bytes(new StoryIndex(s.Timeline.Ranked(), [.. s.Events.Select(ids.Id)]), IndexJsonOptions));
        }

        var storyEvents = byStory.ToDictionary(s => s.Key, s => s.Value.Events.Count, StringComparer.Ordinal);
        byStory.Clear();
        var (words, phrases) = WriteKeyed(writer, core.IndependentSources, events, perWalk);
        writer.Write(IndexBuiltKind, IndexBuiltId, JsonSerializer.Serialize(new IndexBuilt(IndexFormat, events, entries) { Words = words, Phrases = phrases }, IndexJsonOptions));
        return storyEvents;
    }

    /// <summary>
    /// Writes a timeline's entries by date (items <paramref name="prefix"/> and the position, of
    /// <paramref name="kind"/>) and, of <paramref name="rankKind"/>, the id of each, most salient first; returns how
    /// many. Each entry is made, written and let go in turn: every event id of the timeline as a string at once would
    /// be the largest thing held.
    /// </summary>
    private static int WriteEntries(ICorpusWriter writer, Builder timeline, string kind, string rankKind, string prefix)
    {
        var ranked = timeline.Weigh(out double max);
        var byDate = ranked.OrderBy(w => w.Group.Earliest).ThenBy(w => w.Group.Latest).ThenBy(w => w.Group.Date, StringComparer.Ordinal).ToList();
        var position = new Dictionary<string, string>(byDate.Count, StringComparer.Ordinal);
        for (int i = 0; i < byDate.Count; i++)
        {
            string itemId = prefix + ItemId(i);
            position.Add(byDate[i].Group.Date, itemId);
            writer.Write(kind, itemId, JsonSerializer.SerializeToUtf8Bytes(timeline.Entry(byDate[i], max), IndexJsonOptions));
        }

        for (int i = 0; i < ranked.Count; i++)
        {
            writer.Write(rankKind, prefix + ItemId(i), JsonSerializer.Serialize(position[ranked[i].Group.Date]));
        }

        return ranked.Count;
    }

    /// <summary>The timeline from the index, or null when the snapshot has none or the query needs every event (a filter over everything stored that the filtered timelines do not hold).</summary>
    private static List<TimelineEntry>? FromIndex(IArticleStore store, TimelineQuery query, Func<MergedEvent, bool>? include, out int dates)
    {
        dates = 0;
        bool plain = Plain(query, include);
        if (query.Story is null)
        {
            if (!plain)
            {
                return FromKeys(store, query, include, out dates);
            }

            if (query.Top is not int top)
            {
                return ReadEntries(store, 0, null, out dates);
            }

            // The key dates' items, then each entry: they come from the same snapshot unless one is saved meanwhile.
            var ids = ReadMarked(store, RankKind, json => JsonSerializer.Deserialize<string>(json)!, top, null, out var built);
            dates = built?.Entries ?? 0;
            return built is null ? null : ByDate(ReadEntries(store, IndexKind, ids));
        }

        if (ReadIndex(store) is null)
        {
            return null;
        }

        if (ReadStoryIndex(store, query.Story) is not { } story)
        {
            return [];
        }

        if (plain)
        {
            dates = story.Entries.Count;
            return ByDate(query.Top is int top ? story.Entries.Take(top) : story.Entries);
        }

        // Only the story's dated events that happened can be on its timeline: those its entries hold. The units of
        // their articles are read at once.
        var events = ReadEvents(store, [.. story.Entries.SelectMany(e => e.Events).Order(StringComparer.Ordinal)], query)
            .Where(e => include is null || include(e)).ToList();
        var units = ReadUnits(store, events.SelectMany(e => e.Articles));
        var builder = new Builder(query, null, articles => CorpusSnapshot.IndependentSources(units, articles));
        foreach (var e in events)
        {
            builder.Add(e);
        }

        dates = builder.Dates;
        return [.. builder.Entries()];
    }

    /// <summary>
    /// One page of the timeline <see cref="Load"/> gives: the <paramref name="take"/> entries after the first
    /// <paramref name="skip"/>, and how many there are in all. The whole timeline (no story or
    /// <see cref="TimelineQuery.Top"/>), with no filter or about one actor or of one type the index holds, is read from
    /// the index a page at a time; any other is loaded whole and cut.
    /// </summary>
    public static IReadOnlyList<TimelineEntry> LoadPage(IArticleStore store, TimelineQuery query, Func<MergedEvent, bool>? include, int skip, int take, out int total)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        if (query is { Story: null, Top: null }
            && (Plain(query, include) ? ReadEntries(store, skip, take, out total) : KeyedPage(store, query, include, skip, take, out total)) is { } page)
        {
            return page;
        }

        var entries = Load(store, query, include);
        total = entries.Count;
        return [.. entries.Skip(skip).Take(take)];
    }

    /// <summary>The whole timeline's entries from <paramref name="skip"/> on (at most <paramref name="take"/>) and how many it has, or null when the snapshot has no index.</summary>
    private static List<TimelineEntry>? ReadEntries(IArticleStore store, int skip, int? take, out int total)
    {
        var entries = ReadMarked(store, IndexKind, ReadEntry, take, skip == 0 ? null : ItemId(skip), out var built);
        total = built?.Entries ?? 0;
        return built is null ? null : entries;
    }

    /// <summary>
    /// The items of one kind of the index (at most <paramref name="limit"/>, from id <paramref name="from"/> on), read
    /// with the marker in one read so that both come from the same snapshot; <paramref name="built"/> is the marker,
    /// null when the snapshot has no index this build reads (the marker's id, "built", follows every item's digits, so
    /// a start never leaves it out).
    /// </summary>
    private static List<T> ReadMarked<T>(IArticleStore store, string kind, Func<string, T> read, int? limit, string? from, out IndexBuilt? built)
    {
        var items = store.ReadItemsWithMarker(IndexBuiltKind, IndexBuiltId, kind, read, limit, from, out string? marker);
        built = marker is null ? null : ReadBuilt(marker);
        return items;
    }

    /// <summary>Whether a query keeps every event of its scope (no actors, no filter): what the index answers without reading events.</summary>
    private static bool Plain(TimelineQuery query, Func<MergedEvent, bool>? include) => include is null && query.Type is null && (query.About is null || query.About.Count == 0);

    private static string ItemId(int position) => position.ToString("D9", CultureInfo.InvariantCulture);

    /// <summary>A story's part of the snapshot from the index: the story, its merged events about the query's actors, and the reporting units of their articles.</summary>
    private static CorpusSnapshot StoryFromIndex(IArticleStore store, string storyId, TimelineQuery query)
    {
        if (store.LoadStory(storyId) is not { } story)
        {
            return CorpusSnapshot.Empty;
        }

        var listed = store.CorpusItem(StoryIndexKind, storyId) is { } index ? JsonSerializer.Deserialize<StoryEvents>(index, IndexJsonOptions)!.Events : [];
        var events = ReadEvents(store, listed, query).ToList();
        var units = ReadUnits(store, story.Articles.Concat(events.SelectMany(e => e.Articles)));
        return new CorpusSnapshot(new Dictionary<string, string>(), units, [story]) { Events = [.. CorpusSnapshot.InOrder(events)] };
    }

    /// <summary>The merged events with these ids that pass the query's type and actors (not its story), in the order given, read a chunk at a time.</summary>
    private static IEnumerable<MergedEvent> ReadEvents(IArticleStore store, IReadOnlyList<string> ids, TimelineQuery query)
    {
        foreach (var chunk in ids.Chunk(StoryChunk))
        {
            var items = store.CorpusItems(CorpusItemSink.EventKind, chunk);
            foreach (string id in chunk)
            {
                if (items.TryGetValue(id, out string? json) && CorpusSnapshotJson.ReadEvent(json) is var e && Selected(e, null, query))
                {
                    yield return e;
                }
            }
        }
    }

    /// <summary>The reporting units of these articles that the saved snapshot holds, by article, read a chunk at a time.</summary>
    private static Dictionary<string, string> ReadUnits(IArticleStore store, IEnumerable<string> articles)
    {
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var chunk in articles.Distinct(StringComparer.Ordinal).Chunk(StoryChunk))
        {
            foreach (var (article, json) in store.CorpusItems("unit", chunk))
            {
                units.Add(article, JsonSerializer.Deserialize<string>(json)!);
            }
        }

        return units;
    }

    /// <summary>How many merged events the saved snapshot holds, when it was saved with a timeline index this build reads; null otherwise.</summary>
    public static int? IndexedEvents(IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return ReadIndex(store)?.Events;
    }

    private static IndexBuilt? ReadIndex(IArticleStore store) =>
        store.CorpusItem(IndexBuiltKind, IndexBuiltId) is { } json ? ReadBuilt(json) : null;

    /// <summary>The marker, or null when it marks an index of another layout (read as no index: the events are streamed).</summary>
    private static IndexBuilt? ReadBuilt(string json) =>
        JsonSerializer.Deserialize<IndexBuilt>(json, IndexJsonOptions) is { Format: IndexFormat } built ? built : null;

    private static StoryIndex? ReadStoryIndex(IArticleStore store, string story) =>
        store.CorpusItem(StoryIndexKind, story) is { } json ? JsonSerializer.Deserialize<StoryIndex>(json, IndexJsonOptions) : null;

    private static TimelineEntry ReadEntry(string json) => JsonSerializer.Deserialize<TimelineEntry>(json, IndexJsonOptions)!;

    /// <summary>
    /// The index's marker: how many merged events and whole-timeline entries the snapshot holds, and how many words and
    /// phrases its name index holds (no words in a snapshot saved before the name index: an actor by part of a name is
    /// then streamed; no phrases in one saved before its words and phrases had keys with each type).
    /// </summary>
    private sealed record IndexBuilt(int Format, int Events, int Entries)
    {
        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        public int? Words { get; init; }

        /// <summary>How many phrases the name index holds; none in a snapshot saved before each word and phrase had keys with each type.</summary>
        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        public int? Phrases { get; init; }
    }

    /// <summary>A story's part of the index: its entries, most salient first, and every merged event with a report in one of its articles.</summary>
    /// <summary>A story's item of the index read for its events' ids alone (<see cref="StoryIndex"/>), its entries skipped.</summary>
    private sealed record StoryEvents(List<string> Events);

    private sealed record StoryIndex(List<TimelineEntry> Entries, List<string> Events);
}
