using System.Globalization;
using System.Text.Json;
using Dossier.Corpus.EventMerging;
using Dossier.Storage;

namespace Dossier.Corpus.Timelines;

/// <summary>
/// The filtered timelines of the index: the whole timeline about one actor or of one event type, saved with the
/// snapshot so that such a timeline (or a page of it, or its N key dates) is read, not made from every merged event.
/// A filter is a key:
/// <list type="bullet">
/// <item><c>t:</c> and a CAMEO root (two digits): the events whose code starts so (<see cref="TimelineQuery.Type"/>);</item>
/// <item><c>u:</c> and capitals: an actor named in capitals (<c>IRN</c>, <c>RUSGOV</c>), which
/// <see cref="EventParticipant.Matches"/> compares only whole (entity id, country, name, alias, the place) or as the
/// start of an actor code, so every key an event answers to is listed from its own actors: a key no event has
/// selects none;</item>
/// <item><c>i:</c> and an entity id in capitals: an actor named by its id, whose part of a name would also match, so
/// the key is kept only when no name, alias or place of a dated event contains it; any other name is not a key and
/// its timeline is made from every event;</item>
/// <item><c>t:</c>, a root, <c>|</c> and an actor's key (or a word's or phrase's of the name index): that actor's
/// events of that type (the web's two filters);</item>
/// <item><c>c:</c> and a word, <c>p:</c> and a phrase (a name, alias, id or place of four characters or more that
/// is not one word), <c>l:</c> and an id or place of several words: the name index, for an actor given by part of a
/// name (<see cref="NamePart"/>).</item>
/// </list>
/// Keys whose dated events are the same share one timeline (a set; two sets are taken to be the same when they have as
/// many events and two 64-bit sums over their places agree). Items (kind, id): <c>timeline_key</c>, a key: its set's
/// number and how many entries and dated events it has, and for a set of fewer than <see cref="FewEvents"/> events
/// their ids instead of entries (its timeline loads them); <c>timeline_about</c>, the set's number (six digits), a
/// space and the position: the set's entries by date; <c>timeline_about_rank</c>, the same ids: the id of each entry,
/// most salient first.
/// </summary>
public static partial class EventTimeline
{
    /// <summary>The kinds of the filtered timelines' items.</summary>
    public const string KeyKind = "timeline_key", AboutKind = "timeline_about", AboutRankKind = "timeline_about_rank";

    /// <summary>How many events a timeline of several sets always loads one by one, however few the snapshot holds; more than a quarter of them are read in turn instead.</summary>
    private const int LeastLoaded = 20_000;

    /// <summary>
    /// How many events (each counted once per set it is in) the sets of many that one walk over the dated events
    /// collects hold at most (four bytes each): what bounds the walks, each over every dated event, to a few.
    /// </summary>
    private const int PerWalk = 16_000_000;

    /// <summary>A set of fewer dated events than this lists them in its keys' items instead of its entries: its timeline loads them, as few as a page shows.</summary>
    private const int FewEvents = 200;

    /// <summary>
    /// Stages the filtered timelines of what <paramref name="writer"/> has staged. A pass over the merged events keeps
    /// of each dated one what an entry needs but its summary (<see cref="DatedEvent"/>) and the keys it answers to;
    /// then a few walks over those (one when the sets of many hold fewer than <paramref name="perWalk"/> events together)
    /// each collect the events of as many sets as the bound allows, and each set's entries are made from its events
    /// alone and written without their summaries (each is its first event's, read with the entry); a set of few lists
    /// its events' ids.
    /// </summary>
    /// <param name="writer">What was staged.</param>
    /// <param name="independent">How many independent sources a set of articles is.</param>
    /// <param name="events">How many merged events were staged.</param>
    /// <param name="perWalk">How many events the sets of many that one walk over the dated events collects hold at most (<see cref="PerWalk"/>).</param>
    /// <returns>How many words and phrases the name index holds (<see cref="NameWords"/>).</returns>
    private static (int Words, int Phrases) WriteKeyed(ICorpusWriter writer, Func<IEnumerable<string>, int> independent, int events, int perWalk)
    {
        var keyOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = new List<string>();
        var sums = new List<SetSum>();
        // Tens of millions at 100,000 articles: kept in chunks, as a doubled array's copy was the stage's peak.
        var eventKeys = new ChunkedList<int>();
        var keyStarts = new List<int>(events + 1);
        var dated = new List<DatedEvent>(events);
        var articles = new List<string>();
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        var named = new HashSet<string>(StringComparer.Ordinal);
        var scratch = new HashSet<string>(StringComparer.Ordinal);
        var eventIds = new EventIds();
        var nameWords = new NameWords();

        // Each dated event's type (its root's number in roots), or -1.
        var roots = new List<string>();
        var eventRoots = new ChunkedList<short>();
        writer.ReadStaged([CorpusItemSink.EventKind], (_, id, json) =>
        {
            var e = KeyFacts.Read(json);
            if (!e.Dated)
            {
                return;
            }

            int d = dated.Count;
            dated.Add(new DatedEvent(
                new Rank(eventIds.Key(id), e.IndependentSources, e.DatedReports, e.LaterReferences, e.Evidence),
                Shared(strings, e.Date!), e.Earliest!.Value, e.Latest!.Value, articles.Count, e.Articles.Count));
            foreach (string article in e.Articles)
            {
                articles.Add(Shared(strings, article));
            }

            keyStarts.Add(eventKeys.Count);
            eventRoots.Add(RootOf(roots, e.Code));
            scratch.Clear();
            e.Keys(scratch, named);
            nameWords.Add(e, scratch);
            foreach (string key in scratch)
            {
                if (!keyOf.TryGetValue(key, out int k))
                {
                    keyOf.Add(key, k = keys.Count);
                    keys.Add(key);
                    sums.Add(default);
                }

                sums[k] = sums[k].With(d);
                eventKeys.Add(k);
            }
        });
        keyStarts.Add(eventKeys.Count);
        keyOf.Clear();

        // The words' keys and the phrases' follow the others; an event's are found from its names when needed, not kept.
        nameWords.Close();
        int firstWord = keys.Count;
        var wordKeys = new List<int>();
        for (int w = 0; w < nameWords.Count; w++)
        {
            keys.Add(WordKey(nameWords[w]));
            sums.Add(default);
        }

        int firstPhrase = keys.Count;
        for (int p = 0; p < nameWords.PhraseCount; p++)
        {
            keys.Add(PhraseKey(nameWords.Phrase(p)));
            sums.Add(default);
        }

        // Each word's and phrase's key with each type its events have (the web's two filters), numbered as first met.
        var typedWords = roots.Select(_ => Enumerable.Repeat(-1, nameWords.Count).ToArray()).ToArray();
        var typedPhrases = roots.Select(_ => Enumerable.Repeat(-1, nameWords.PhraseCount).ToArray()).ToArray();
        for (int d = 0; d < dated.Count; d++)
        {
            int root = eventRoots[d];
            foreach (int w in nameWords.KeysOf(d, wordKeys))
            {
                sums[firstWord + w] = sums[firstWord + w].With(d);
                Typed(typedWords, w, phrase: false);
            }

            foreach (int p in nameWords.PhrasesOf(d, wordKeys))
            {
                sums[firstPhrase + p] = sums[firstPhrase + p].With(d);
                Typed(typedPhrases, p, phrase: true);
            }

            // The dth event into the key of its type and a word or phrase, made when first met.
            void Typed(int[][] typed, int name, bool phrase)
            {
                if (root < 0)
                {
                    return;
                }

                if (typed[root][name] < 0)
                {
                    typed[root][name] = keys.Count;
                    keys.Add("t:" + roots[root] + "|" + (phrase ? PhraseKey(nameWords.Phrase(name)) : WordKey(nameWords[name])));
                    sums.Add(default);
                }

                sums[typed[root][name]] = sums[typed[root][name]].With(d);
            }
        }

        var articleArray = articles.ToArray();
        articles.Clear();
        articles.TrimExcess();

        // Keys in ordinal order; each set is numbered by its first key.
        var setOfKey = new int[keys.Count];
        var setEvents = new List<int>();
        var setBySum = new Dictionary<SetSum, int>();
        foreach (int k in Enumerable.Range(0, keys.Count).OrderBy(k => keys[k], StringComparer.Ordinal))
        {
            if (IdOf(keys[k]) is { } id && named.Any(n => n.Contains(id, StringComparison.Ordinal)))
            {
                setOfKey[k] = -1;
                continue;
            }

            if (!setBySum.TryGetValue(sums[k], out int set))
            {
                setBySum.Add(sums[k], set = setEvents.Count);
                setEvents.Add(sums[k].Count);
            }

            setOfKey[k] = set;
        }

        sums.Clear();
        setBySum.Clear();
        var setEntries = new int[setEvents.Count];
        var members = new List<int>?[setEvents.Count];
        var added = new List<int>();
        for (int first = 0; first < setEvents.Count;)
        {
            // The sets from first to end, whose sets of many hold at most perWalk events together unless one holds
            // more: one walk over the dated events puts each set's in a range of its own (a set of few collects them in
            // its list), then each set's timeline is made from its range alone.
            int end = first;
            long held = 0;
            while (end < setEvents.Count && (held == 0 || setEvents[end] < FewEvents || held + setEvents[end] <= perWalk))
            {
                held += setEvents[end] < FewEvents ? 0 : setEvents[end];
                end++;
            }

            var starts = new int[end - first + 1];
            for (int set = first; set < end; set++)
            {
                starts[set - first + 1] = starts[set - first] + (setEvents[set] < FewEvents ? 0 : setEvents[set]);
            }

            var next = starts[..^1];
            var walked = new int[held];
            for (int d = 0; d < dated.Count; d++)
            {
                added.Clear();
                for (int i = keyStarts[d]; i < keyStarts[d + 1]; i++)
                {
                    Take(d, setOfKey[eventKeys[i]]);
                }

                int root = eventRoots[d];
                foreach (int w in nameWords.KeysOf(d, wordKeys))
                {
                    Take(d, setOfKey[firstWord + w]);
                    if (root >= 0)
                    {
                        Take(d, setOfKey[typedWords[root][w]]);
                    }
                }

                foreach (int p in nameWords.PhrasesOf(d, wordKeys))
                {
                    Take(d, setOfKey[firstPhrase + p]);
                    if (root >= 0)
                    {
                        Take(d, setOfKey[typedPhrases[root][p]]);
                    }
                }
            }

            // The dth dated event into its key's set, when the set is one of this walk's and the event is not in it yet.
            void Take(int d, int set)
            {
                if (set < first || set >= end || added.Contains(set))
                {
                    return;
                }

                added.Add(set);
                if (setEvents[set] < FewEvents)
                {
                    (members[set] ??= []).Add(d);
                    return;
                }

                walked[next[set - first]++] = d;
            }

            for (int set = first; set < end; set++)
            {
                int from = starts[set - first], to = starts[set - first + 1];
                if (next[set - first] != to)
                {
                    throw new InvalidOperationException($"the timeline index's set {set} was counted with {to - from} events and walked with {next[set - first] - from}");
                }

                if (to > from)
                {
                    var timeline = new Builder(new TimelineQuery(), null, independent, strings, eventIds);
                    for (int i = from; i < to; i++)
                    {
                        var e = dated[walked[i]];
                        timeline.Add(e.Date, e.Earliest, e.Latest, string.Empty, e.Rank, new ArraySegment<string>(articleArray, e.ArticleStart, e.ArticleCount));
                    }

                    setEntries[set] = WriteEntries(writer, timeline, AboutKind, AboutRankKind, SetPrefix(set));
                }
            }

            first = end;
        }

        for (int k = 0; k < keys.Count; k++)
        {
            if (setOfKey[k] is int set and >= 0)
            {
                var ids = members[set]?.Select(d => eventIds.Id(dated[d].Rank.Key)).ToList();
                writer.Write(KeyKind, keys[k], JsonSerializer.Serialize(new KeyItem(set, setEntries[set], setEvents[set]) { Ids = ids }, IndexJsonOptions));
            }
        }

        nameWords.Write(writer);
        return (nameWords.Count, nameWords.PhraseCount);
    }

    /// <summary>The number of an event's type (its code's root) in <paramref name="roots"/>, added when new; -1 for a code without a root.</summary>
    private static short RootOf(List<string> roots, string code)
    {
        if (code.Length < 2)
        {
            return -1;
        }

        var root = code.AsSpan(0, 2);
        for (int i = 0; i < roots.Count; i++)
        {
            if (root.SequenceEqual(roots[i]))
            {
                return (short)i;
            }
        }

        // Event codes are CAMEO's, of 20 roots.
        if (roots.Count == short.MaxValue)
        {
            throw new InvalidOperationException($"more than {short.MaxValue} event types");
        }

        roots.Add(code[..2]);
        return (short)(roots.Count - 1);
    }

    /// <summary>The key of an actor as a query names it (<see cref="EventParticipant.Matches"/>): capitals whole, anything else as an entity id.</summary>
    private static string ActorKey(string about) =>
        about.Length >= 3 && about.All(char.IsAsciiLetterUpper) ? "u:" + about : "i:" + about.ToUpperInvariant();

    /// <summary>The entity id (in capitals) an id key names, alone or with a type; null for any other key.</summary>
    private static string? IdOf(string key) => ActorOf(key) is var actor && actor.StartsWith("i:", StringComparison.Ordinal) ? actor[2..] : null;

    /// <summary>The actor's key of a key: itself, or what follows a type's root and <c>|</c>.</summary>
    private static string ActorOf(string key) => key.StartsWith("t:", StringComparison.Ordinal) && key.Length > 5 ? key[5..] : key;

    private static string SetPrefix(int set) => set.ToString("D6", CultureInfo.InvariantCulture) + " ";

    /// <summary>How the filtered timelines answer a query over everything stored.</summary>
    private enum KeyedKind
    {
        /// <summary>The index cannot: every event is read.</summary>
        Stream,

        /// <summary>No dated event passes the filters.</summary>
        Empty,

        /// <summary>One set is the timeline.</summary>
        One,

        /// <summary>The events of several sets (or of one set, for a longer code) are loaded and filtered.</summary>
        Several,
    }

    /// <summary>
    /// What the filtered timelines hold for a query over everything stored, with actors or a type and no other filter:
    /// for each actor (one actor and a type are one key) its set, or for an actor by part of a name the sets that hold
    /// its events (<see cref="NamePart"/>), smallest first; none when no event passes or the index cannot answer.
    /// </summary>
    private static (KeyedKind Kind, List<KeyGroup> Groups) Resolve(IArticleStore store, TimelineQuery query, Func<MergedEvent, bool>? include)
    {
        var actors = (query.About ?? []).DistinctBy(ActorKey, StringComparer.Ordinal).Select(about => (Key: ActorKey(about), About: about)).ToList();
        // A longer code is of its root's set, filtered.
        string? root = query.Type is { Length: >= 2 } type ? "t:" + type[..2] : null;
        if (include is not null || (actors.Count == 0 && root is null) || ReadIndex(store) is not { } index)
        {
            return (KeyedKind.Stream, []);
        }

        var keys = root is not null && actors.Count == 1 ? [(root + "|" + actors[0].Key, actors[0].About)] : root is null ? actors : [.. actors, (root, string.Empty)];
        var groups = new List<KeyGroup>();
        bool stream = false;
        foreach (var (key, about) in keys)
        {
            if (store.CorpusItem(KeyKind, key) is { } json)
            {
                groups.Add(new KeyGroup([ReadKey(json)], Exact: true));
                continue;
            }

            // No event has the key, unless it names an id that is no key (part of a name).
            string actor = ActorOf(key);
            if (IdOf(actor) is null || (actor != key && store.CorpusItem(KeyKind, actor) is not null))
            {
                return (KeyedKind.Empty, []);
            }

            var named = NamePart(store, about, index, actor != key ? root : null, out bool typed);
            string? typeSet = actor != key && !typed ? store.CorpusItem(KeyKind, root!) : null;
            if (named is { Items.Count: 0 } || (actor != key && !typed && typeSet is null))
            {
                return (KeyedKind.Empty, []);
            }

            if (named is null)
            {
                stream = true;
                continue;
            }

            groups.Add(named);
            if (typeSet is not null)
            {
                // The type's own set: the name's events of that type are among both.
                groups.Add(new KeyGroup([ReadKey(typeSet)], Exact: true));
            }
        }

        if (stream)
        {
            return (KeyedKind.Stream, []);
        }

        groups = [.. groups.Where(g => g.Exact).DistinctBy(g => g.Items[0].Set).Concat(groups.Where(g => !g.Exact)).OrderBy(g => g.Events)];
        return (groups is [{ Exact: true, Items.Count: 1 }] && query.Type is not { Length: > 2 } ? KeyedKind.One : KeyedKind.Several, groups);
    }

    /// <summary>The whole timeline about actors or of a type, from the filtered timelines; null when they cannot answer.</summary>
    private static List<TimelineEntry>? FromKeys(IArticleStore store, TimelineQuery query, Func<MergedEvent, bool>? include, out int dates)
    {
        dates = 0;
        var (kind, groups) = Resolve(store, query, include);
        var set = kind == KeyedKind.One ? groups[0].Items[0] : null;
        switch (kind)
        {
            case KeyedKind.Empty:
                return [];
            case KeyedKind.One when set!.Ids is null && query.Top is int top:
            {
                var ids = ReadMarked(store, AboutRankKind, json => JsonSerializer.Deserialize<string>(json)!, Math.Min(top, set.Entries), SetPrefix(set.Set) + ItemId(0), out var built);
                dates = set.Entries;
                return built is null ? null : ByDate(WithSummaries(store, ReadEntries(store, AboutKind, ids)));
            }

            case KeyedKind.One when set!.Ids is null:
            {
                dates = set.Entries;
                return ReadSet(store, set) is { } entries ? WithSummaries(store, entries) : null;
            }

            case KeyedKind.One or KeyedKind.Several:
                return FromSeveral(store, query, groups, out dates);
            default:
                return null;
        }
    }

    /// <summary>
    /// The timeline of several keys (or of a code longer than a root, or of a set of few, or of an actor by part of a
    /// name): only events of every group can pass, so the events the groups share (their sets' entries or items list
    /// them) are loaded, each filtered, and the entries made. Null when the index is gone or more than a quarter of the
    /// merged events would be loaded: reading them all in turn is then no slower.
    /// </summary>
    private static List<TimelineEntry>? FromSeveral(IArticleStore store, TimelineQuery query, List<KeyGroup> groups, out int dates)
    {
        dates = 0;
        if (ReadIndex(store) is not { } index)
        {
            return null;
        }

        HashSet<string>? shared = null;
        foreach (var group in groups)
        {
            // A group of several sets only narrows what is loaded (each loaded event is checked): one larger than what
            // may be loaded is not read.
            if (!group.Exact && group.Events > Math.Max(index.Events / 4, LeastLoaded))
            {
                continue;
            }

            var events = new HashSet<string>(StringComparer.Ordinal);
            foreach (var set in group.Items)
            {
                // Each entry read for its events alone: its sources and summary are skipped, not made into strings.
                if ((set.Ids ?? ReadSet(store, set, json => JsonSerializer.Deserialize<EntryEvents>(json, IndexJsonOptions)!.Events)?.SelectMany(e => e)) is not { } ids)
                {
                    return null;
                }

                events.UnionWith(ids);
            }

            if (shared is null)
            {
                shared = events;
            }
            else
            {
                shared.IntersectWith(events);
            }
        }

        if (shared is null || shared.Count > Math.Max(index.Events / 4, LeastLoaded))
        {
            return null;
        }

        // The shared events a chunk at a time (not all held at once), each chunk's articles' units read with it
        // (each article asked for once, whether the snapshot gives it a unit or not).
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        var asked = new HashSet<string>(StringComparer.Ordinal);
        var builder = new Builder(query, null, articles => CorpusSnapshot.IndependentSources(units, articles));
        foreach (var chunk in shared.Order(StringComparer.Ordinal).Chunk(StoryChunk))
        {
            var events = ReadEvents(store, chunk, new TimelineQuery()).ToList();
            foreach (var (article, unit) in ReadUnits(store, events.SelectMany(e => e.Articles).Where(asked.Add)))
            {
                units.Add(article, unit);
            }

            foreach (var e in events)
            {
                builder.Add(e);
            }
        }

        dates = builder.Dates;
        return [.. builder.Entries()];
    }

    /// <summary>A set's entries as saved (without their summaries) with their summaries, each that of its first event (the one that leads its date), read at once.</summary>
    private static List<TimelineEntry> WithSummaries(IArticleStore store, List<TimelineEntry> entries)
    {
        var firsts = store.CorpusItems(CorpusItemSink.EventKind, [.. entries.Where(e => e.Events.Count > 0).Select(e => e.Events[0])]);
        return entries.ConvertAll(e => e with
        {
            Summary = e.Events.Count > 0 && firsts.TryGetValue(e.Events[0], out string? json) ? EventFacts.Read(json).Summary : string.Empty,
        });
    }

    /// <summary>The entries saved as items of <paramref name="kind"/> with these ids, read at once, in the order of the ids (an id without an item is left out).</summary>
    private static List<TimelineEntry> ReadEntries(IArticleStore store, string kind, IReadOnlyList<string> ids)
    {
        var items = store.CorpusItems(kind, ids);
        return [.. ids.Where(items.ContainsKey).Select(id => ReadEntry(items[id]))];
    }

    /// <summary>
    /// A set's entries by date from the <paramref name="skip"/>th (at most <paramref name="take"/>, else all), as saved
    /// (without summaries); null when the snapshot has no index this build reads.
    /// </summary>
    private static List<TimelineEntry>? ReadSet(IArticleStore store, KeyItem set, int skip = 0, int? take = null) =>
        ReadSet(store, set, ReadEntry, skip, take);

    /// <summary>As <see cref="ReadSet(IArticleStore, KeyItem, int, int?)"/>, each entry's item read by <paramref name="read"/>.</summary>
    private static List<T>? ReadSet<T>(IArticleStore store, KeyItem set, Func<string, T> read, int skip = 0, int? take = null)
    {
        // A limit of 0 reads the marker alone.
        int count = Math.Max(0, Math.Min(take ?? int.MaxValue, set.Entries - skip));
        var entries = ReadMarked(store, AboutKind, read, count, SetPrefix(set.Set) + ItemId(skip), out var built);
        return built is null ? null : entries;
    }

    /// <summary>What an entry's item is read for when only its events count.</summary>
    private sealed record EntryEvents(List<string> Events);

    /// <summary>A page of the whole timeline about one actor or of one type, or null when the filtered timelines do not hold it as one set.</summary>
    private static List<TimelineEntry>? KeyedPage(IArticleStore store, TimelineQuery query, Func<MergedEvent, bool>? include, int skip, int take, out int total)
    {
        total = 0;
        var (kind, groups) = Resolve(store, query, include);
        if (kind == KeyedKind.Empty)
        {
            return [];
        }

        if (kind != KeyedKind.One || groups[0].Items[0] is not { Ids: null } set)
        {
            return null;
        }

        total = set.Entries;
        return ReadSet(store, set, skip, take) is { } page ? WithSummaries(store, page) : null;
    }

    /// <summary>A key's item: its set, and how many entries and dated events the set has; a set of few has no entries saved but its events' ids.</summary>
    private sealed record KeyItem(int Set, int Entries, int Events)
    {
        [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
        public List<string>? Ids { get; init; }
    }

    /// <summary>A set's dated events as a count and two sums over their places in the snapshot: keys with the same are taken to select the same events.</summary>
    private readonly record struct SetSum(int Count, ulong A, ulong B)
    {
        public SetSum With(int ordinal) => new(Count + 1, A + Mix((ulong)ordinal + 0x9E3779B97F4A7C15UL), B + Mix((ulong)ordinal ^ 0xD1B54A32D192ED03UL));

        // SplitMix64's finaliser.
        private static ulong Mix(ulong z)
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }

    /// <summary>What an entry needs of a dated event but its summary: its rank, date and span, and where its articles are in a list of all.</summary>
    private readonly record struct DatedEvent(Rank Rank, string Date, DateOnly Earliest, DateOnly Latest, int ArticleStart, int ArticleCount);

    /// <summary>What the filtered timelines need of a merged event's item: whether it is dated and happened, what its entry needs, its code, its actors and its place.</summary>
    private sealed record KeyFacts(string Code, string Modality) : DatedFacts(Modality)
    {
        public IReadOnlyList<KeyActor> Sources { get; init; } = [];

        public IReadOnlyList<KeyActor> Targets { get; init; } = [];

        public string? Location { get; init; }

        /// <summary>Whether the event can be on a timeline (as <see cref="Builder.Add(EventFacts, EventKey)"/> takes it).</summary>
        [System.Text.Json.Serialization.JsonIgnore]
        public bool Dated => Happened && Date is not null && Earliest is not null && Latest is not null;

        public static KeyFacts Read(string json) => JsonSerializer.Deserialize<KeyFacts>(json)!;

        /// <summary>
        /// Adds to <paramref name="keys"/> every key the event answers to, and to <paramref name="named"/> its names,
        /// aliases and place in capitals when they hold a colon (as entity ids do): those an id key must not be part of.
        /// </summary>
        public void Keys(HashSet<string> keys, HashSet<string> named)
        {
            if (Code.Length >= 2)
            {
                keys.Add("t:" + Code[..2]);
            }

            foreach (var p in Sources.Concat(Targets))
            {
                // An id is compared whole by any query; one with a colon is also a key of its own.
                Whole(keys, null, p.Id);
                if (p.Id.Contains(':', StringComparison.Ordinal))
                {
                    keys.Add("i:" + p.Id.ToUpperInvariant());
                }

                // The country is compared as it is; a code by its start.
                if (p.Country is { } country && Capitals(country))
                {
                    keys.Add("u:" + country);
                }

                for (int n = 3; p.Code is { } code && n <= code.Length && Capitals(code[..n]); n++)
                {
                    keys.Add("u:" + code[..n]);
                }

                Whole(keys, named, p.Name);
                foreach (string alias in p.Aliases)
                {
                    Whole(keys, named, alias);
                }
            }

            if (Location is { } place)
            {
                Whole(keys, named, place);
            }

            // Each actor key with the event's type: the web's two filters in one key.
            if (Code.Length >= 2)
            {
                string root = "t:" + Code[..2] + "|";
                foreach (string key in keys.Where(k => !k.StartsWith("t:", StringComparison.Ordinal)).ToList())
                {
                    keys.Add(root + key);
                }
            }
        }

        /// <summary>A name compared whole, ignoring case: its key when it is capitals in capitals; noted in <paramref name="named"/> when it holds a colon.</summary>
        private static void Whole(HashSet<string> keys, HashSet<string>? named, string name)
        {
            string upper = name.ToUpperInvariant();
            if (Capitals(upper))
            {
                keys.Add("u:" + upper);
            }

            if (named is not null && upper.Contains(':', StringComparison.Ordinal))
            {
                named.Add(upper);
            }
        }

        private static bool Capitals(string s) => s.Length >= 3 && s.All(char.IsAsciiLetterUpper);
    }

    /// <summary>An actor of a merged event's item, as its keys need it.</summary>
    private sealed record KeyActor(string Id, string? Country, string? Code, string Name)
    {
        public IReadOnlyList<string> Aliases { get; init; } = [];
    }
}
