using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Dossier.Model;
using Dossier.Temporal;
using Dossier.Temporal.Evaluation;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier eval temporal-speed</c>: runs the temporal stage alone, on one thread, over the text of Timeline17's
/// <c>articles.jsonl.gz</c> files and prints its throughput (UTF-8 megabytes of article text per second) after a
/// warm-up pass. A quick measurement for the README, not a benchmark harness.
/// </summary>
internal static class EvalTemporalSpeedCommand
{
    public static Command Create()
    {
        var folder = new Option<string?>("--timeline17") { Description = "The Timeline17 folder (topic folders holding articles.jsonl.gz). Default: ../shared/data/timeline17." };
        var limit = new Option<double>("--max-mb") { Description = "Stop reading articles after this many megabytes of text.", DefaultValueFactory = _ => 8 };
        var command = new Command("temporal-speed", "Measure the temporal stage's throughput (MB/s on one core) on Timeline17 article text.") { folder, limit };
        command.SetAction(parse => Run(parse.GetValue(folder) ?? Dossier.Resources.SharedData.Combine("timeline17"), parse.GetValue(limit)));
        return command;
    }

    private static int Run(string folder, double maxMb)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"DOS0345: Timeline17 folder {folder} does not exist; pass --timeline17.");
            return ExitCodes.Usage;
        }

        var articles = Read(folder, (long)(maxMb * 1_000_000));
        long bytes = articles.Sum(a => (long)Encoding.UTF8.GetByteCount(a.Text));
        var stage = new TemporalStage();
        foreach (var a in articles.Take(50))
        {
            stage.Process(new Document(a.Id, a.Text, new ArticleMetadata { Published = a.Published }));
        }

        int timexes = 0;
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var a in articles)
        {
            var doc = new Document(a.Id, a.Text, new ArticleMetadata { Published = a.Published });
            stage.Process(doc);
            timexes += doc.Timexes.Count;
        }

        double seconds = watch.Elapsed.TotalSeconds;
        double cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        // CPU time is printed too: on a shared machine the wall clock counts time spent waiting for a core.
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"temporal stage: {articles.Count} articles, {bytes / 1e6:F2} MB, {timexes} timexes in {seconds:F2} s wall = {bytes / 1e6 / seconds:F2} MB/s; {cpuSeconds:F2} s CPU = {bytes / 1e6 / cpuSeconds:F2} MB/s per core"));
        return ExitCodes.Success;
    }

    private static List<(string Id, string Text, DateOnly? Published)> Read(string folder, long maxBytes)
    {
        var list = new List<(string, string, DateOnly?)>();
        long total = 0;
        foreach (string path in Directory.GetFiles(folder, "articles.jsonl.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
            while (reader.ReadLine() is { } line && total < maxBytes)
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                string text = root.TryGetProperty("text", out var t) ? t.GetString() ?? "" : "";
                DateOnly? published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? (DateOnly.TryParseExact(p.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null) : null;
                list.Add((root.TryGetProperty("id", out var id) ? id.ToString() : "", text, published));
                total += text.Length;
            }
        }

        return list;
    }
}
