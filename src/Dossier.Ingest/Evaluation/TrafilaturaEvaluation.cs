using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Dossier.Ingest.Html;

namespace Dossier.Ingest.Evaluation;

/// <summary>
/// Scores <see cref="HtmlArticleExtractor"/> on trafilatura's evaluation set (evaldata.json + html/*.gz) the way
/// trafilatura's own scorer does: text and snippets whitespace-normalised, substring matching, a crash counts as
/// an empty result. Dates are compared where the gold metadata has a well-formed day.
/// </summary>
public static class TrafilaturaEvaluation
{
    /// <summary>Reads the cases of <c>evaldata.json</c> in <paramref name="directory"/>, in file order.</summary>
    public static IReadOnlyList<TrafilaturaCase> Load(string directory)
    {
        var path = Path.Combine(directory, "evaldata.json");
        if (!File.Exists(path))
            throw new FileNotFoundException($"DOS0480: {path} not found; pass the trafilatura-eval folder of the shared data (or set DOSSIER_DATA).", path);
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var cases = new List<TrafilaturaCase>();
        foreach (var entry in json.RootElement.EnumerateObject())
        {
            var item = entry.Value;
            DateOnly? date = null;
            if (item.TryGetProperty("date", out var d) && d.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(d.GetString(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                    System.Globalization.DateTimeStyles.None, out var parsed))
            {
                date = parsed;
            }
            cases.Add(new TrafilaturaCase(entry.Name, item.GetProperty("file").GetString()!,
                Strings(item, "with"), Strings(item, "without"), date));
        }
        return cases;
    }

    /// <summary>The page bytes of a case (gunzipped).</summary>
    public static byte[] ReadPage(string directory, TrafilaturaCase @case)
    {
        using var file = File.OpenRead(Path.Combine(directory, "html", @case.File + ".gz"));
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }

    /// <summary>Extracts and scores every case; pages are read before the clock starts, so the time is extraction only.</summary>
    public static ExtractionReport Run(string directory, IReadOnlyList<TrafilaturaCase> cases)
    {
        var results = new List<CaseResult>(cases.Count);
        var watch = new Stopwatch();
        using var process = Process.GetCurrentProcess();
        var cpu = TimeSpan.Zero;
        foreach (var @case in cases)
        {
            var bytes = ReadPage(directory, @case);
            ExtractedArticle? article = null;
            string? error = null;
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            watch.Start();
            try
            {
                article = HtmlArticleExtractor.Extract(bytes, null, new Uri(@case.Url));
            }
#pragma warning disable CA1031 // The scorer counts a crash as an empty result, as trafilatura's does.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                error = ex.GetType().Name + ": " + ex.Message;
            }
            watch.Stop();
            process.Refresh();
            cpu += process.TotalProcessorTime - cpuBefore;
            results.Add(Score(@case, article?.Body, article?.Published, error));
        }
        return new ExtractionReport(results, watch.Elapsed, cpu);
    }

    /// <summary>
    /// Times extraction (decoding included) of every page on one thread, after the scoring run has warmed up the
    /// JIT: the steady speed of a long ingest, not the first seconds of a process.
    /// </summary>
    public static Throughput MeasureThroughput(string directory, IReadOnlyList<TrafilaturaCase> cases)
    {
        var pages = cases.Select(c => ReadPage(directory, c)).ToList();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        foreach (var page in pages)
            HtmlArticleExtractor.Extract(page, null, null);
        watch.Stop();
        process.Refresh();
        return new Throughput(pages.Count, watch.Elapsed, process.TotalProcessorTime - cpuBefore);
    }

    /// <summary>Scores one extracted text against a case.</summary>
    public static CaseResult Score(TrafilaturaCase @case, string? text, DateOnly? date, string? error = null)
    {
        var normalized = text is null ? null : TextNormalizer.Collapse(text);
        var missed = new List<string>();
        var leaked = new List<string>();
        int tp = 0, fp = 0;
        foreach (var snippet in @case.With)
        {
            if (normalized is not null && normalized.Contains(TextNormalizer.Collapse(snippet), StringComparison.Ordinal))
                tp++;
            else
                missed.Add(snippet);
        }
        foreach (var snippet in @case.Without)
        {
            if (normalized is not null && normalized.Contains(TextNormalizer.Collapse(snippet), StringComparison.Ordinal))
            {
                fp++;
                leaked.Add(snippet);
            }
        }
        var counts = new SnippetCounts(tp, fp, @case.With.Count - tp, @case.Without.Count - fp);
        return new CaseResult(@case, counts, missed, leaked, date, error);
    }

    private static List<string> Strings(JsonElement item, string property) =>
        item.TryGetProperty(property, out var array) && array.ValueKind == JsonValueKind.Array
            ? array.EnumerateArray().Select(e => e.GetString() ?? string.Empty).Where(s => s.Length > 0).ToList()
            : [];
}
