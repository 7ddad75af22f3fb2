using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Dossier.Contracts;
using Dossier.Corpus.Timelines;
using Dossier.Storage;
using Dossier.Storage.Sqlite;

namespace Dossier.Benchmarks.Store;

/// <summary>
/// The latency of the timeline of merged events over a store whose corpus snapshot the rebuild saved (with its timeline
/// index), as <c>dossier timeline --format json</c> and <c>/api/timeline</c> read it (<see cref="EventTimeline.Load"/>
/// and the contract §3 JSON), and of what a story's page reads (<see cref="EventTimeline.LoadSelected"/>): the 20 key
/// dates of everything, every date, the largest story, a story of median size, each of them about an actor; over
/// everything stored, an actor, a type, both, two actors (from the filtered timelines the rebuild saves), and an actor
/// by part of its name: a word, part of a word, several words (alone, with a type, and a part of them), a name of short
/// words, and a name no event holds (read through the name index
/// the rebuild saves; a snapshot saved without it reads every merged event, so these run only <c>--slow-runs</c> times).
/// </summary>
internal static class TimelineQueryBenchmark
{
    public static int Run(string path, int runs, int slowRuns, TimelineFilters filters)
    {
        string actor = filters.Actor;
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path}: no such store");
            return 2;
        }

        using var store = SqliteArticleStore.Open(path);
        var watch = Stopwatch.StartNew();
        var stories = store.LoadCorpus(Dossier.Corpus.CorpusParts.Core).Stories.OrderByDescending(s => s.Articles.Count).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        if (stories.Count == 0)
        {
            Console.Error.WriteLine($"{path}: the store holds no corpus snapshot (ingest, or 'dossier bench corpus --db', builds it)");
            return 2;
        }

        var largest = stories[0];
        var median = stories[stories.Count / 2];
        bool indexed = store.CorpusItem(EventTimeline.IndexBuiltKind, EventTimeline.IndexBuiltId) is not null;
        Console.WriteLine(FormattableString.Invariant(
            $"{path}: {store.CurrentVersions().Count:N0} articles, {stories.Count:N0} stories (read in {watch.Elapsed.TotalSeconds:0.0} s), timeline index: {(indexed ? "yes" : "no")}; largest story {largest.Id} ({largest.Articles.Count} articles), median {median.Id} ({median.Articles.Count})"));
        Console.WriteLine("| query | runs | entries | events | p50 ms | p99 ms | max ms |");
        Console.WriteLine("| --- | --- | --- | --- | --- | --- | --- |");
        (string Name, TimelineQuery Query, int Runs)[] asked =
        [
            ("top 20 of everything", new TimelineQuery(Top: 20), runs),
            ("every date of everything", new TimelineQuery(), Math.Max(1, runs / 10)),
            ("largest story", new TimelineQuery(largest.Id), runs),
            ("median story", new TimelineQuery(median.Id), runs),
            ($"largest story about {actor}", new TimelineQuery(largest.Id, [actor]), runs),
            ($"median story about {actor}", new TimelineQuery(median.Id, [actor]), runs),
            ($"{actor}, everything stored, top 20", new TimelineQuery(About: [actor], Top: 20), runs),
            ($"{actor}, everything stored, every date", new TimelineQuery(About: [actor]), Math.Max(1, runs / 10)),
            ($"type {filters.Type}, everything stored, top 20", new TimelineQuery(Top: 20, Type: filters.Type), runs),
            ($"{actor} and type {filters.Type}, everything stored, top 20", new TimelineQuery(About: [actor], Top: 20, Type: filters.Type), runs),
            ($"{actor} and {filters.Other}, everything stored, top 20", new TimelineQuery(About: [actor, filters.Other], Top: 20), Math.Max(1, runs / 10)),
            ($"part of a name, {filters.Name}, everything stored, top 20", new TimelineQuery(About: [filters.Name], Top: 20), slowRuns),
            ($"part of a name, {filters.Name}, everything stored, every date", new TimelineQuery(About: [filters.Name]), Math.Max(1, slowRuns / 10)),
            ($"part of a name, {filters.Name}, and type {filters.Type}, top 20", new TimelineQuery(About: [filters.Name], Top: 20, Type: filters.Type), slowRuns),
            ($"part of a word, {filters.Name[..^1]}, top 20", new TimelineQuery(About: [filters.Name[..^1]], Top: 20), slowRuns),
            ($"several words, {filters.Words}, top 20", new TimelineQuery(About: [filters.Words], Top: 20), slowRuns),
            ($"several words, {filters.Words}, and type {filters.Type}, top 20", new TimelineQuery(About: [filters.Words], Top: 20, Type: filters.Type), slowRuns),
            ($"part of several words, {filters.Words[1..^1]}, top 20", new TimelineQuery(About: [filters.Words[1..^1]], Top: 20), slowRuns),
            ($"short words, {filters.Short}, top 20", new TimelineQuery(About: [filters.Short], Top: 20), slowRuns),
            ($"a name no event holds, Zzyzx, top 20", new TimelineQuery(About: ["Zzyzx"], Top: 20), slowRuns),
        ];
        foreach (var (name, query, n) in asked.Where(a => a.Runs > 0))
        {
            var times = new List<double>();
            int entries = 0, events = 0;
            for (int i = -Math.Min(3, n); i < n; i++)
            {
                watch.Restart();
                var timeline = EventTimeline.Load(store, query);
                using (var w = new Utf8JsonWriter(Stream.Null))
                {
                    TimelineJsonWriter.Write(w, timeline);
                }

                (entries, events) = (timeline.Count, timeline.Sum(e => e.Events.Count));
                if (i >= 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            Row(name, times, entries.ToString("N0", CultureInfo.InvariantCulture), events.ToString("N0", CultureInfo.InvariantCulture));
        }

        foreach (var story in new[] { largest, median })
        {
            var times = new List<double>();
            int events = 0;
            for (int i = -3; i < runs; i++)
            {
                watch.Restart();
                events = EventTimeline.LoadSelected(store, new TimelineQuery(story.Id), out _).Events.Count;
                if (i >= 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }

            Row($"a story page's events ({story.Articles.Count} articles)", times, "", events.ToString("N0", CultureInfo.InvariantCulture));
        }

        return 0;
    }

    private static void Row(string name, List<double> times, string entries, string events)
    {
        times.Sort();
        Console.WriteLine(FormattableString.Invariant(
            $"| {name} | {times.Count} | {entries} | {events} | {Percentiles.Of(times, 50):0.0} | {Percentiles.Of(times, 99):0.0} | {times[^1]:0.0} |"));
    }
}

/// <summary>The filters the timeline benchmark asks with: an actor, another, an event type, part of a name (a word), several words of a name, and a name of words under four letters.</summary>
internal sealed record TimelineFilters(string Actor, string Other, string Type, string Name, string Words, string Short);

/// <summary>
/// The timeline index stage alone (<see cref="EventTimeline.WriteIndex"/>) over a store's saved snapshot, as the
/// rebuild runs it over what it staged: its time, and what it would write (counted, not written).
/// </summary>
internal static class TimelineIndexBenchmark
{
    public static int Run(string path)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"{path}: no such store");
            return 2;
        }

        using var store = SqliteArticleStore.Open(path);
        var items = new SavedItems(store);
        var watch = Stopwatch.StartNew();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        EventTimeline.WriteIndex(items);
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(FormattableString.Invariant(
            $"{path}: timeline index in {watch.Elapsed.TotalSeconds:0.0} s wall, {used.TotalSeconds:0.0} s CPU; {items.Count:N0} items, {items.Bytes / 1e6:0.0} MB of JSON; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1e6:0} MB; items in the order written, SHA-256 {items.Digest()}"));
        return 0;
    }

    /// <summary>Reads "staged" items from the saved snapshot, counts what is written and digests it (kind, id and JSON of each, in the order written), so that two builds' outputs can be compared.</summary>
    private sealed class SavedItems(IArticleStore store) : ICorpusWriter
    {
        private readonly System.Security.Cryptography.IncrementalHash hash = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);

        public long Count { get; private set; }

        public long Bytes { get; private set; }

        public string Digest() => Convert.ToHexStringLower(hash.GetCurrentHash());

        public void Write(string kind, string id, string json) => Write(kind, id, System.Text.Encoding.UTF8.GetBytes(json));

        public void Write(string kind, string id, byte[] utf8Json)
        {
            (Count, Bytes) = (Count + 1, Bytes + utf8Json.Length);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(kind + "\0" + id + "\0"));
            hash.AppendData(utf8Json);
            hash.AppendData("\n"u8);
        }

        public void ReadStaged(IReadOnlyList<string> kinds, Action<string, string, string> item) => store.ReadCorpusItems(kinds, item);

        public void Discard(string kind)
        {
        }

        public void Commit()
        {
        }

        public void Dispose()
        {
        }
    }
}
