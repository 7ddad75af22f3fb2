using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Dossier.Benchmarks;
using Dossier.Pipeline;
using Dossier.Syntax;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier bench</c>: end-to-end throughput of the per-article pipeline on Timeline17 text.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var t17 = new Option<string>("--t17") { Description = "The Timeline17 folder whose articles.jsonl.gz files are the benchmark text (default ../shared/data/timeline17).", DefaultValueFactory = _ => Path.Combine(Environment.GetEnvironmentVariable("DOSSIER_DATA") is { Length: > 0 } d ? d : Path.Combine("..", "shared", "data"), "timeline17") };
        var limit = new Option<int>("--articles") { Description = "Use at most this many articles (default: all).", DefaultValueFactory = _ => int.MaxValue };
        var threads = new Option<int>("--threads") { Description = "Threads (default 1: per-core figures).", DefaultValueFactory = _ => 1 };
        var repeat = new Option<int>("--repeat") { Description = "Measure this many times over the same articles and report the median of each figure (default 1).", DefaultValueFactory = _ => 1 };
        var format = CommonOptions.Format("table (for people) or json.", "table", "json");
        var beam = new BeamOptions();
        var command = new Command("bench", "Measure the per-article pipeline end to end: articles and words per second per stage and in total, and peak memory.") { t17, limit, threads, repeat, format, beam.Margin, beam.Width };
        command.SetAction(parse =>
        {
            string root = parse.GetValue(t17)!;
            if (!Directory.Exists(root))
            {
                Consoles.Error($"DOS1301: {root}: no such folder (--t17); give the Timeline17 folder of ../shared/data.");
                return ExitCodes.Usage;
            }

            int runs = parse.GetValue(repeat);
            if (runs < 1 || parse.GetValue(threads) < 1)
            {
                Consoles.Error("DOS1302: --repeat and --threads must be at least 1.");
                return ExitCodes.Usage;
            }

            var shipped = SyntaxModels.Default.Parser;
            if (beam.Apply(parse, shipped, out string? error) is not { } parser)
            {
                Consoles.Error(error!);
                return ExitCodes.Usage;
            }

            string loadBefore = LoadAverage();
            var articles = Load(root, parse.GetValue(limit));
            var pipeline = ReferenceEquals(parser, shipped)
                ? DefaultPipeline.Create()
                : BeamOptions.DefaultPipelineWith(parser);
            // Warm-up: load every stage's resources and models and JIT the code, outside the measurement.
            new PipelineBenchmark(pipeline).Run([.. articles.Take(5)], 1);
            var benchmark = new PipelineBenchmark(pipeline);
            var results = new List<BenchmarkResult>();
            if (Consoles.Interactive)
            {
                Consoles.Err().Progress().Start(ctx =>
                {
                    var task = ctx.AddTask("Annotating", maxValue: (double)articles.Count * runs);
                    int offset = 0;
                    benchmark.Progress += n => task.Value = offset + n;
                    for (int run = 0; run < runs; run++, offset += articles.Count)
                    {
                        results.Add(benchmark.Run(articles, parse.GetValue(threads)));
                    }
                });
            }
            else
            {
                for (int run = 0; run < runs; run++)
                {
                    results.Add(benchmark.Run(articles, parse.GetValue(threads)));
                }
            }

            var result = BenchmarkResult.Median(results);
            Print(result, runs, loadBefore, LoadAverage(), parse.GetValue(format) == "json", parser);
            return result.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }

    private static List<(string, string, DateOnly?)> Load(string root, int limit)
    {
        var list = new List<(string, string, DateOnly?)>();
        foreach (string file in Directory.EnumerateFiles(root, "articles.jsonl.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(file), CompressionMode.Decompress));
            string? line;
            while ((line = reader.ReadLine()) is not null && list.Count < limit)
            {
                using var json = JsonDocument.Parse(line);
                var r = json.RootElement;
                list.Add((Path.GetFileName(Path.GetDirectoryName(file)) + "/" + r.GetProperty("id").GetString(), r.GetProperty("text").GetString()!,
                    DateOnly.ParseExact(r.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }
        }

        return list;
    }

    private static void Print(BenchmarkResult r, int runs, string loadBefore, string loadAfter, bool json, DependencyParser parser)
    {
        double? margin = double.IsPositiveInfinity(parser.BeamMargin) ? null : parser.BeamMargin;
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                articles = r.Articles,
                words = r.Words,
                characters = r.Characters,
                runs,
                seconds = r.Elapsed.TotalSeconds,
                process_cpu_seconds = r.ProcessCpu.TotalSeconds,
                threads = r.Threads,
                words_per_second = r.WordsPerSecond,
                words_per_cpu_second = r.WordsPerCpuSecond,
                articles_per_second = r.ArticlesPerSecond,
                peak_working_set_mb = r.PeakWorkingSetBytes / 1048576.0,
                load_average_before = loadBefore,
                load_average_after = loadAfter,
                parser_beam_width = parser.DecodeWidth,
                parser_beam_margin = margin,
                stages = r.Stages.Select(s => new
                {
                    stage = s.Stage,
                    seconds = s.Wall.TotalSeconds,
                    cpu_seconds = s.Cpu.TotalSeconds,
                    words_per_second = s.Wall.TotalSeconds > 0 ? r.Words / s.Wall.TotalSeconds : (double?)null,
                    words_per_cpu_second = s.Cpu.TotalSeconds > 0 ? r.Words / s.Cpu.TotalSeconds : (double?)null,
                }),
            }, JsonOut.Serializer));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("stage", "wall s", "CPU s", "words/CPU s", "words/wall s", "articles/CPU s", "share of CPU");
        double stageCpu = Math.Max(r.Stages.Sum(s => s.Cpu.TotalSeconds), 1e-9);
        foreach (var s in r.Stages)
        {
            double wall = Math.Max(s.Wall.TotalSeconds, 1e-9);
            double cpu = Math.Max(s.Cpu.TotalSeconds, 1e-9);
            table.AddRow(s.Stage, F(s.Wall.TotalSeconds, "0.00"), F(s.Cpu.TotalSeconds, "0.00"), F(r.Words / cpu, "#,0"), F(r.Words / wall, "#,0"),
                F(r.Articles / cpu, "#,0"), F(100 * s.Cpu.TotalSeconds / stageCpu, "0.0") + " %");
        }

        table.AddRow("[bold]total (process)[/]", F(r.Elapsed.TotalSeconds, "0.00"), F(r.ProcessCpu.TotalSeconds, "0.00"), F(r.WordsPerCpuSecond, "#,0"),
            F(r.WordsPerSecond, "#,0"), F(r.Articles / Math.Max(r.ProcessCpu.TotalSeconds, 1e-9), "#,0"), "");
        var console = Consoles.Out();
        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Articles:N0} articles, {r.Words:N0} words on {r.Threads} thread(s); median of {runs} run(s): {r.Elapsed.TotalSeconds:0.00} s wall, {r.ProcessCpu.TotalSeconds:0.00} s process CPU; peak working set {r.PeakWorkingSetBytes / 1048576.0:0} MB; {r.Failed} failed"));
        console.WriteLine($"load average before: {loadBefore}; after: {loadAfter} (on {Environment.ProcessorCount} cores)");
        console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"parser beam {parser.DecodeWidth}, margin {BeamOptions.MarginText(parser.BeamMargin)}"));
    }

    /// <summary>The 1, 5 and 15-minute load averages (Linux), so a figure measured on a busy machine says so.</summary>
    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }

    private static string F(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);
}
