using System.CommandLine;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Dossier.Benchmarks;
using Dossier.Pipeline;
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
        var format = CommonOptions.Format("table (for people) or json.", "table", "json");
        var command = new Command("bench", "Measure the per-article pipeline end to end: articles and words per second per stage and in total, and peak memory.") { t17, limit, threads, format };
        command.SetAction(parse =>
        {
            string root = parse.GetValue(t17)!;
            if (!Directory.Exists(root))
            {
                Consoles.Error($"{root}: no such folder (--t17)");
                return ExitCodes.Usage;
            }

            var articles = Load(root, parse.GetValue(limit));
            var pipeline = DefaultPipeline.Create();
            // Warm-up: load every stage's resources and models and JIT the code, outside the measurement.
            new PipelineBenchmark(pipeline).Run([.. articles.Take(5)], 1);
            var benchmark = new PipelineBenchmark(pipeline);
            BenchmarkResult? result = null;
            if (Consoles.Interactive)
            {
                Consoles.Err().Progress().Start(ctx =>
                {
                    var task = ctx.AddTask("Annotating", maxValue: articles.Count);
                    benchmark.Progress += n => task.Value = n;
                    result = benchmark.Run(articles, parse.GetValue(threads));
                });
            }
            else
            {
                result = benchmark.Run(articles, parse.GetValue(threads));
            }

            Print(result!, parse.GetValue(format) == "json");
            return result!.Failed == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
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

    private static void Print(BenchmarkResult r, bool json)
    {
        if (json)
        {
            Console.WriteLine(JsonSerializer.Serialize(new
            {
                articles = r.Articles,
                words = r.Words,
                characters = r.Characters,
                seconds = r.Elapsed.TotalSeconds,
                threads = r.Threads,
                words_per_second = r.WordsPerSecond,
                articles_per_second = r.ArticlesPerSecond,
                peak_working_set_mb = r.PeakWorkingSetBytes / 1048576.0,
                stages = r.Stages.Select(s => new { stage = s.Stage, seconds = s.Time.TotalSeconds, words_per_second = s.Time.TotalSeconds > 0 ? r.Words / s.Time.TotalSeconds : (double?)null }),
            }, new JsonSerializerOptions { WriteIndented = true }));
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).AddColumns("stage", "CPU seconds", "words/s", "MB/s", "articles/s");
        foreach (var (stage, time) in r.Stages)
        {
            double s = Math.Max(time.TotalSeconds, 1e-9);
            table.AddRow(stage, F(time.TotalSeconds, "0.00"), F(r.Words / s, "#,0"), F(r.Characters / s / 1048576.0, "0.0"), F(r.Articles / s, "#,0"));
        }

        table.AddRow("[bold]total (wall)[/]", F(r.Elapsed.TotalSeconds, "0.00"), F(r.WordsPerSecond, "#,0"), F(r.Characters / r.Elapsed.TotalSeconds / 1048576.0, "0.0"), F(r.ArticlesPerSecond, "#,0"));
        var console = Consoles.Out();
        console.Write(table);
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{r.Articles:N0} articles, {r.Words:N0} words on {r.Threads} thread(s) in {r.Elapsed.TotalSeconds:0.00} s; peak working set {r.PeakWorkingSetBytes / 1048576.0:0} MB; {r.Failed} failed"));
    }

    private static string F(double x, string format) => x.ToString(format, CultureInfo.InvariantCulture);
}
