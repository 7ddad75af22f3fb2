using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Dossier.Corpus;
using Dossier.Corpus.Agreements;
using Dossier.Corpus.Claims;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;
using Dossier.Model;
using Dossier.Pipeline;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier bench corpus</c>: the corpus stages (duplicates, stories, entities, event merging and dating, claims and
/// agreements) timed over one Timeline17 topic after the per-article pipeline, or over a store's articles with <c>--db</c>.
/// </summary>
internal static class BenchCorpusCommand
{
    public static Command Create()
    {
        var t17 = new Option<string>("--t17") { Description = "The Timeline17 folder (default ../shared/data/timeline17).", DefaultValueFactory = _ => Path.Combine(Environment.GetEnvironmentVariable("DOSSIER_DATA") is { Length: > 0 } d ? d : Path.Combine("..", "shared", "data"), "timeline17") };
        var topic = new Option<string>("--topic") { Description = "The topic: every folder whose name starts with it (default bpoil: the BP oil spill, 1,461 articles from five outlets).", DefaultValueFactory = _ => "bpoil" };
        var limit = new Option<int>("--articles") { Description = "Use the first N articles of the topic (default 1000).", DefaultValueFactory = _ => 1000 };
        var workers = new Option<int>("--workers") { Description = "Threads for the per-article pipeline that runs first (not part of the measurement; default: the number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var repeat = new Option<int>("--repeat") { Description = "Build the corpus this many times and report the median (default 3).", DefaultValueFactory = _ => 3 };
        var db = new Option<string?>("--db") { Description = "Instead of Timeline17: rebuild the corpus snapshot of this store (load, build, save; the store's snapshot is replaced by the same one)." };
        var format = CommonOptions.Format("table (for people) or json.", "table", "json");
        var command = new Command("corpus", "Measure the corpus stages (duplicates, stories, entities, event merging with dating, claims and agreements) over a 1,000-article Timeline17 topic after per-article processing.")
        {
            t17, topic, limit, workers, repeat, db, format,
        };
        command.SetAction(parse =>
        {
            int runs = Math.Max(1, parse.GetValue(repeat));
            if (parse.GetValue(db) is { } path)
            {
                return FromStore(path, runs, parse.GetValue(format) == "json");
            }

            string root = parse.GetValue(t17)!;
            var folders = Directory.Exists(root)
                ? Directory.EnumerateDirectories(root).Where(f => Path.GetFileName(f).StartsWith(parse.GetValue(topic)!, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList()
                : [];
            if (folders.Count == 0)
            {
                Consoles.Error($"{root}: no Timeline17 topic folder starts with '{parse.GetValue(topic)}' (--t17, --topic)");
                return ExitCodes.Usage;
            }

            var docs = Load(folders, parse.GetValue(limit));
            long start = Stopwatch.GetTimestamp();
            Annotate(docs, Math.Max(1, parse.GetValue(workers)));
            var perArticle = Stopwatch.GetElapsedTime(start);
            var articles = docs.Select(d => new CorpusArticle(d.Id, d)).ToList();
            var measured = Measure(
                timings =>
                {
                    var snapshot = new CorpusBuilder().Build(articles, timings: timings);
                    StageTimings.Time(timings, "save", () => CorpusSnapshotJson.ToItems(snapshot).Count);
                    return SnapshotCounts.Of(snapshot);
                },
                runs);
            Print(measured, articles.Count, articles.Sum(a => a.Document.Events.Count), perArticle, parse.GetValue(format) == "json");
            return ExitCodes.Success;
        });
        return command;
    }

    private static int FromStore(string path, int runs, bool json)
    {
        using var store = StoreFactory.OpenExisting(path);
        if (store is null)
        {
            return ExitCodes.Usage;
        }

        // The rebuild as ingest runs it: each article's kept record read, or its document loaded when none was kept by
        // this build (the record taken from it is then kept, so a second run reads records only).
        // The results are written to the store as each stage establishes them; what is counted of them is counted on
        // their way. Replacing the saved snapshot with them is the "save" time.
        int count = 0, loaded = 0;
        var measured = Measure(
            timings =>
            {
                count = loaded = 0;
                CountingSink? counted = null;
                CorpusService.Rebuild(store, timings: timings, seen: (_, fromDocument) =>
                {
                    count++;
                    loaded += fromDocument ? 1 : 0;
                }, through: sink => counted = new CountingSink(sink));
                return counted!.Counts;
            },
            runs);
        Print(measured, count, null, null, json, loaded);
        return ExitCodes.Success;
    }

    /// <summary>The peak resident set of each stage, where the system lets it be measured (one for the command: it resets the process's peak).</summary>
    private static readonly ResidentPeaks? Peaks = ResidentPeaks.TryCreate();

    /// <summary>
    /// Runs <paramref name="build"/> <paramref name="runs"/> times and returns the run with the median total. Loading
    /// is the time the build reports as its <c>load</c> stage (reading documents from a store; none for documents in
    /// memory), saving the time it reports as <c>save</c> (replacing the store's snapshot; turning it into items in
    /// memory); the build's CPU time includes both.
    /// </summary>
    private static Measurement Measure(Func<StageTimings, SnapshotCounts> build, int runs)
    {
        var all = new List<Measurement>();
        for (int r = 0; r < runs; r++)
        {
            var timings = new StageTimings { Peaks = Peaks };
            var cpu = CpuTime();
            long t1 = Stopwatch.GetTimestamp();
            var counts = build(timings);
            var elapsed = Stopwatch.GetElapsedTime(t1);
            cpu = CpuTime() - cpu;
            var stages = timings.Totals;
            // Reading the store: loading documents and reading kept records.
            var loaded = stages.GetValueOrDefault("load") + stages.GetValueOrDefault("records");
            var saved = stages.GetValueOrDefault("save");
            all.Add(new Measurement(loaded, elapsed - loaded - saved, saved, stages.Where(kv => kv.Key is not ("load" or "records" or "save")).ToDictionary(), stages.GetValueOrDefault("records"), counts) { BuildCpu = cpu, StagePeaks = Peaks?.Stages });
        }

        return all.OrderBy(m => m.Loaded + m.Built + m.Saved).ElementAt(all.Count / 2);
    }

    private static List<Document> Load(List<string> folders, int limit)
    {
        var docs = new List<Document>();
        foreach (string folder in folders)
        {
            string file = Path.Combine(folder, "articles.jsonl.gz");
            if (!File.Exists(file))
            {
                continue;
            }

            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
            string? line;
            while ((line = reader.ReadLine()) is not null && docs.Count < limit)
            {
                using var parsed = JsonDocument.Parse(line);
                var r = parsed.RootElement;
                string id = Path.GetFileName(folder) + "/" + r.GetProperty("id").GetString();
                var published = r.TryGetProperty("published", out var p) && p.GetString() is { } s ? DateOnly.ParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture) : (DateOnly?)null;
                string? outlet = r.TryGetProperty("outlet", out var o) ? o.GetString() : null;
                docs.Add(new Document(id, r.GetProperty("text").GetString()!, new ArticleMetadata { Source = id, Published = published, Outlet = outlet }));
            }
        }

        return docs;
    }

    private static void Annotate(List<Document> docs, int workers)
    {
        var pipeline = DefaultPipeline.Create();
        int done = 0;
        void Run(Action<int> progress) => Parallel.ForEach(docs, new ParallelOptions { MaxDegreeOfParallelism = workers }, d =>
        {
            pipeline.Process(d);
            progress(Interlocked.Increment(ref done));
        });

        if (Consoles.Interactive)
        {
            Consoles.Err().Progress().Start(ctx =>
            {
                var task = ctx.AddTask("Per-article pipeline (not measured)", maxValue: docs.Count);
                Run(n => task.Value = n);
            });
        }
        else
        {
            Run(_ => { });
        }
    }

    /// <param name="reports">Event mentions of the documents in memory (a store's build reads records, not documents: null).</param>
    /// <param name="loaded">With a store: how many articles' documents were loaded (the others' kept records were read).</param>
    private static void Print(Measurement m, int articles, int? reports, TimeSpan? perArticle, bool json, int? loaded = null)
    {
        var s = m.Counts;
        double total = (m.Loaded + m.Built + m.Saved).TotalSeconds;
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                articles,
                event_mentions = reports,
                documents_loaded = loaded,
                records_read = articles - loaded,
                merged_events = s.Events,
                multi_source_events = s.MultiSource,
                stories = s.Stories,
                duplicates = s.Duplicates,
                narrowed_ranges = s.Ranges,
                per_article_seconds = perArticle?.TotalSeconds,
                load_seconds = m.Loaded.TotalSeconds,
                build_seconds = m.Built.TotalSeconds,
                build_cpu_seconds = m.BuildCpu.TotalSeconds,
                save_seconds = m.Saved.TotalSeconds,
                total_seconds = total,
                peak_working_set_mb = PeakMegabytes(),
                stages = m.Stages.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value.TotalSeconds),
                stage_peak_resident_mb = m.StagePeaks?.OrderBy(kv => kv.Key, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value >> 20),
            }, JsonOut.Serializer));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("corpus stage", "seconds (wall)", "peak resident set (MB)");
        string Peak(string stage) => m.StagePeaks?.TryGetValue(stage, out long bytes) == true ? (bytes >> 20).ToString("N0", CultureInfo.InvariantCulture) : string.Empty;
        if (loaded is { } n)
        {
            table.AddRow($"load documents without a kept record ({n:N0} of {articles:N0})", F((m.Loaded - m.Records).TotalSeconds));
            table.AddRow("read kept corpus records (each stage its part)", F(m.Records.TotalSeconds));
        }
        else
        {
            table.AddRow("(documents in memory)", F(m.Loaded.TotalSeconds));
        }

        // The builder's stages in the order they run; any other a later builder adds follows.
        string[] known = ["duplicates", "stories", "entities", "events", "claims"];
        foreach (string stage in known.Where(m.Stages.ContainsKey).Concat(m.Stages.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal)))
        {
            table.AddRow("  " + stage, F(m.Stages[stage].TotalSeconds), Peak(stage));
        }

        table.AddRow("build (all stages)", F(m.Built.TotalSeconds));
        table.AddRow("  build, process CPU time", F(m.BuildCpu.TotalSeconds));
        table.AddRow(perArticle is null ? "save snapshot" : "snapshot to JSON items", F(m.Saved.TotalSeconds), Peak("save"));
        table.AddRow("[bold]total[/]", $"[bold]{F(total)}[/]");
        table.AddRow("peak working set of the process (MB)", string.Empty, PeakMegabytes().ToString("N0", CultureInfo.InvariantCulture));
        Consoles.Out().Write(table);
        string pipeline = perArticle is { } p ? string.Create(CultureInfo.InvariantCulture, $"; per-article pipeline (not included) {p.TotalSeconds:0.0} s") : string.Empty;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{articles:N0} articles, {(reports is { } mentions ? $"{mentions:N0} event mentions" : "their records")} -> {s.Events:N0} merged events ({s.MultiSource:N0} with several sources), {s.Stories:N0} stories, {s.Duplicates:N0} duplicates, {s.Ranges:N0} narrowed publication ranges{pipeline}"));
    }

    /// <summary>The process's peak working set so far: with <c>--db</c>, what loading the documents and the corpus stages need at their peak.</summary>
    private static long PeakMegabytes()
    {
        if (Peaks is { } peaks)
        {
            // Each stage reset the process's own peak: the tracker kept the largest.
            return peaks.Overall >> 20;
        }

        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64 >> 20;
    }

    private static string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);

    /// <summary>CPU time of the whole process: the build runs on one thread, so on a busy machine this is the figure that does not count waiting for a core.</summary>
    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    /// <param name="Loaded">Reading the store: documents loaded and kept records read (none for documents in memory).</param>
    /// <param name="Records">Of <paramref name="Loaded"/>, reading kept records.</param>
    private sealed record Measurement(TimeSpan Loaded, TimeSpan Built, TimeSpan Saved, IReadOnlyDictionary<string, TimeSpan> Stages, TimeSpan Records, SnapshotCounts Counts)
    {
        public TimeSpan BuildCpu { get; init; }

        /// <summary>The peak resident set of each stage over the runs so far, in bytes (null where it cannot be measured).</summary>
        public IReadOnlyDictionary<string, long>? StagePeaks { get; init; }
    }

    /// <summary>What the summary line counts of a snapshot.</summary>
    private sealed record SnapshotCounts(int Events, int MultiSource, int Stories, int Duplicates, int Ranges)
    {
        public static SnapshotCounts Of(CorpusSnapshot s) =>
            new(s.Events.Count, s.Events.Count(e => e.Articles.Count > 1), s.Stories.Count, s.DuplicateOf.Count, s.PublishedRanges.Count);
    }

    /// <summary>Passes the stages' results on to the sink that writes them, counting what the summary line shows.</summary>
    private sealed class CountingSink(ICorpusSink inner) : ICorpusSink
    {
        private int events, multiSource, stories, duplicates, ranges;

        public SnapshotCounts Counts => new(events, multiSource, stories, duplicates, ranges);

        public void Duplicates(DuplicateResult result)
        {
            duplicates = result.DuplicateOf.Count;
            inner.Duplicates(result);
        }

        public void Stories(IReadOnlyList<Story> list)
        {
            stories = list.Count;
            inner.Stories(list);
        }

        public void Entity(CorpusEntity entity) => inner.Entity(entity);

        public void DecisionOutcomes(IReadOnlyDictionary<long, string> outcomes) => inner.DecisionOutcomes(outcomes);

        public void Event(MergedEvent merged)
        {
            events++;
            multiSource += merged.Articles.Count > 1 ? 1 : 0;
            inner.Event(merged);
        }

        public void DiscardEvents()
        {
            events = multiSource = 0;
            inner.DiscardEvents();
        }

        public void PublishedRanges(IReadOnlyDictionary<string, DateRange> narrowed)
        {
            ranges = narrowed.Count;
            inner.PublishedRanges(narrowed);
        }

        public void Claims(IReadOnlyList<Claim> claims, IReadOnlyList<Agreement> agreements) => inner.Claims(claims, agreements);

        public void Mentions(IReadOnlyList<MentionGroup> groups) => inner.Mentions(groups);
    }
}
