using System.Globalization;
using System.Text.Json;
using Dossier.Corpus.EventMerging;
using Dossier.Storage;

namespace Dossier.Corpus.Timelines;

/// <summary>
/// The timeline index: what a snapshot saves besides its merged events so that a timeline is read, not rebuilt from
/// every event on each call. Items (kind, id):
/// <list type="bullet">
/// <item><c>timeline</c>, <c>000000000</c>, <c>000000001</c>, …: the entries of the whole timeline, most salient first
/// (the order <see cref="TimelineQuery.Top"/> takes from), so that the N key dates are the first N items;</item>
/// <item><c>story_timeline</c>, a story id: that story's entries, most salient first, and the ids of every merged event
/// with a report in one of its articles, dated or not;</item>
/// <item><c>timeline_index</c>, <c>built</c>: how many merged events and whole-timeline entries the snapshot holds. A
/// snapshot without it (saved before the index was kept) is read by streaming its events.</item>
/// </list>
/// </summary>
public static partial class EventTimeline
{
    /// <summary>The kinds of the index's items.</summary>
    public const string IndexKind = "timeline", StoryIndexKind = "story_timeline", IndexBuiltKind = "timeline_index";

    /// <summary>The id of the item that says the index was saved.</summary>
    public const string IndexBuiltId = "built";

    private static readonly JsonSerializerOptions IndexJsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Stages the timeline index of what <paramref name="writer"/> has staged (its reporting units, stories and merged
    /// events, read back with <see cref="ICorpusWriter.ReadStaged"/>), to be committed with them. Merged events are
    /// read one at a time; what is kept is what the entries hold (each dated event's id and ranking counts, each
    /// date's articles) and each story's event ids.
    /// </summary>
    public static void WriteIndex(ICorpusWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var unitOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var storiesOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        writer.ReadStaged(["unit", "story"], (kind, id, json) =>
        {
            if (kind == "unit")
            {
                unitOf[id] = JsonSerializer.Deserialize<string>(json)!;
                return;
            }

            foreach (string article in CorpusSnapshotJson.ReadStory(id, json).Articles)
            {
                if (!storiesOf.TryGetValue(article, out var list))
                {
                    storiesOf.Add(article, list = []);
                }

                list.Add(id);
            }
        });

        int Independent(IEnumerable<string> articles) => articles.Select(a => unitOf.GetValueOrDefault(a, a)).Distinct(StringComparer.Ordinal).Count();
        var articleIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var whole = new Builder(new TimelineQuery(), null, Independent, articleIds);
        var byStory = new Dictionary<string, (Builder Timeline, List<string> Events)>(StringComparer.Ordinal);
        var storiesOfEvent = new HashSet<string>(StringComparer.Ordinal);
        int events = 0;
        writer.ReadStaged([CorpusItemSink.EventKind], (_, _, json) =>
        {
            var e = CorpusSnapshotJson.ReadEvent(json);
            events++;
            whole.Add(e);
            storiesOfEvent.Clear();
            foreach (string article in e.Articles)
            {
                if (storiesOf.TryGetValue(article, out var stories))
                {
                    storiesOfEvent.UnionWith(stories);
                }
            }

            foreach (string story in storiesOfEvent)
            {
                if (!byStory.TryGetValue(story, out var s))
                {
                    byStory.Add(story, s = (new Builder(new TimelineQuery(), null, Independent, articleIds), []));
                }

                s.Timeline.Add(e);
                s.Events.Add(e.Id);
            }
        });

        var ranked = whole.Ranked();
        for (int i = 0; i < ranked.Count; i++)
        {
            writer.Write(IndexKind, i.ToString("D9", CultureInfo.InvariantCulture), JsonSerializer.SerializeToUtf8Bytes(ranked[i], IndexJsonOptions));
        }

        foreach (var (story, s) in byStory)
        {
            writer.Write(StoryIndexKind, story, JsonSerializer.SerializeToUtf8Bytes(new StoryIndex(s.Timeline.Ranked(), s.Events), IndexJsonOptions));
        }

        writer.Write(IndexBuiltKind, IndexBuiltId, JsonSerializer.Serialize(new IndexBuilt(events, ranked.Count), IndexJsonOptions));
    }

    /// <summary>The timeline from the index, or null when the snapshot has none or the query needs every event (actors or a filter over everything stored).</summary>
    private static List<TimelineEntry>? FromIndex(IArticleStore store, TimelineQuery query, Func<MergedEvent, bool>? include)
    {
        bool plain = include is null && (query.About is null || query.About.Count == 0);
        if (query.Story is null)
        {
            if (!plain)
            {
                return null;
            }

            // The marker and the entries in one read, so that both come from the same snapshot.
            bool built = false;
            var entries = new List<TimelineEntry>();
            store.ReadCorpusItems([IndexBuiltKind, IndexKind], (kind, _, json) =>
            {
                if (kind == IndexBuiltKind)
                {
                    built = true;
                }
                else
                {
                    entries.Add(ReadEntry(json));
                }
            }, query.Top);
            return built ? ByDate(entries) : null;
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
            return ByDate(query.Top is int top ? story.Entries.Take(top) : story.Entries);
        }

        // Only the story's dated events that happened can be on its timeline: those its entries hold.
        var builder = new Builder(query, null, StoredUnits(store));
        foreach (string id in story.Entries.SelectMany(e => e.Events).Order(StringComparer.Ordinal))
        {
            if (store.LoadEvent(id) is { } e && (include is null || include(e)))
            {
                builder.Add(e);
            }
        }

        return [.. builder.Entries()];
    }

    /// <summary>A story's part of the snapshot from the index: the story, its merged events about the query's actors, and the reporting units of their articles.</summary>
    private static CorpusSnapshot StoryFromIndex(IArticleStore store, string storyId, TimelineQuery query)
    {
        if (store.LoadStory(storyId) is not { } story)
        {
            return CorpusSnapshot.Empty;
        }

        var events = new List<MergedEvent>();
        foreach (string id in ReadStoryIndex(store, storyId)?.Events ?? [])
        {
            if (store.LoadEvent(id) is { } e && Selected(e, null, query))
            {
                events.Add(e);
            }
        }

        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string article in story.Articles.Concat(events.SelectMany(e => e.Articles)))
        {
            if (!units.ContainsKey(article) && store.CorpusItem("unit", article) is { } json)
            {
                units.Add(article, JsonSerializer.Deserialize<string>(json)!);
            }
        }

        return new CorpusSnapshot(new Dictionary<string, string>(), units, [story]) { Events = [.. CorpusSnapshot.InOrder(events)] };
    }

    /// <summary>How many independent sources a set of articles is, their reporting units read one at a time from the store (each once).</summary>
    private static Func<IEnumerable<string>, int> StoredUnits(IArticleStore store)
    {
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        return articles => articles.Select(a =>
        {
            if (!units.TryGetValue(a, out string? unit))
            {
                unit = store.CorpusItem("unit", a) is { } json ? JsonSerializer.Deserialize<string>(json)! : a;
                units.Add(a, unit);
            }

            return unit;
        }).Distinct(StringComparer.Ordinal).Count();
    }

    private static IndexBuilt? ReadIndex(IArticleStore store) =>
        store.CorpusItem(IndexBuiltKind, IndexBuiltId) is { } json ? JsonSerializer.Deserialize<IndexBuilt>(json, IndexJsonOptions) : null;

    private static StoryIndex? ReadStoryIndex(IArticleStore store, string story) =>
        store.CorpusItem(StoryIndexKind, story) is { } json ? JsonSerializer.Deserialize<StoryIndex>(json, IndexJsonOptions) : null;

    private static TimelineEntry ReadEntry(string json) => JsonSerializer.Deserialize<TimelineEntry>(json, IndexJsonOptions)!;

    /// <summary>The index's marker: how many merged events and whole-timeline entries the snapshot holds.</summary>
    private sealed record IndexBuilt(int Events, int Entries);

    /// <summary>A story's part of the index: its entries, most salient first, and every merged event with a report in one of its articles.</summary>
    private sealed record StoryIndex(List<TimelineEntry> Entries, List<string> Events);
}
