using System.CommandLine;
using System.Globalization;
using Dossier.Ingest.Evaluation;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier eval extract</c>: scores HTML main-text extraction on trafilatura's evaluation set.</summary>
internal static class EvalExtractCommand
{
    public static Command Create()
    {
        var dir = new Option<string?>("--trafilatura")
        {
            Description = "The trafilatura-eval folder (evaldata.json + html/*.gz); default ../shared/data/trafilatura-eval or $DOSSIER_DATA/trafilatura-eval.",
        };
        var half = new Option<string>("--half")
        {
            Description = "Score all pages, or only the even or odd ones in evaldata.json order (all|even|odd).",
            DefaultValueFactory = _ => "all",
        };
        var failures = new Option<int>("--failures")
        {
            Description = "Also list this many pages with missed or leaked snippets.",
            DefaultValueFactory = _ => 0,
        };
        var show = new Option<string?>("--show")
        {
            Description = "Print what is extracted from one page of the set (its file name) instead of scoring.",
        };
        var command = new Command("extract", "Score HTML main-text extraction (snippet precision/recall/F1 as trafilatura computes them, date accuracy, pages/s).")
        {
            dir, half, failures, show,
        };
        command.SetAction(parse => Run(parse.GetValue(dir), parse.GetValue(half) ?? "all", parse.GetValue(failures), parse.GetValue(show)));
        return command;
    }

    private static int Run(string? directory, string half, int failures, string? show)
    {
        directory ??= SharedData.Locate() is { } data ? Path.Combine(data, "trafilatura-eval") : null;
        if (directory is null || !Directory.Exists(directory))
        {
            Console.Error.WriteLine("DOS0481: trafilatura-eval folder not found; pass --trafilatura DIR or set DOSSIER_DATA.");
            return ExitCodes.Usage;
        }
        if (half is not ("all" or "even" or "odd"))
        {
            Console.Error.WriteLine("DOS0482: --half takes all, even or odd.");
            return ExitCodes.Usage;
        }
        var cases = TrafilaturaEvaluation.Load(directory);
        if (show is not null)
            return Show(directory, cases, show);
        if (half != "all")
            cases = cases.Where((_, i) => (i % 2 == 0) == (half == "even")).ToList();
        var report = TrafilaturaEvaluation.Run(directory, cases);
        var speed = TrafilaturaEvaluation.MeasureThroughput(directory, cases);
        Print(report, speed, half);
        if (failures > 0)
            PrintFailures(report, failures);
        return report.Errors == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
    }

    private static int Show(string directory, IReadOnlyList<TrafilaturaCase> cases, string file)
    {
        var @case = cases.FirstOrDefault(c => string.Equals(c.File, file, StringComparison.Ordinal));
        if (@case is null)
        {
            Console.Error.WriteLine($"DOS0483: no page named {file} in evaldata.json.");
            return ExitCodes.Usage;
        }
        var article = Dossier.Ingest.Html.HtmlArticleExtractor.Extract(TrafilaturaEvaluation.ReadPage(directory, @case), null, new Uri(@case.Url));
        Console.WriteLine($"title: {article.Title}\npublished: {article.Published} (gold {@case.Date})\nmodified: {article.Modified}\noutlet: {article.Outlet}");
        Console.WriteLine($"authors: {string.Join("; ", article.Authors)}\ncanonical: {article.CanonicalUrl}\nlanguage: {article.Language}\nwire: {article.Wire}\nencoding: {article.Encoding}");
        Console.WriteLine($"captions: {string.Join(" | ", article.Captions)}\npull quotes: {string.Join(" | ", article.PullQuotes)}");
        foreach (var w in article.Warnings)
            Console.WriteLine($"warning: {w}");
        Console.WriteLine("----\n" + article.Body + "\n----");
        var score = TrafilaturaEvaluation.Score(@case, article.Body, article.Published);
        foreach (var m in score.Missed)
            Console.WriteLine($"   - missed: {m}");
        foreach (var l in score.Leaked)
            Console.WriteLine($"   + leaked: {l}");
        return ExitCodes.Success;
    }

    private static void Print(ExtractionReport report, Throughput speed, string half)
    {
        var c = report.Counts;
        var table = new Table().AddColumn("measure").AddColumn(new TableColumn("value").RightAligned());
        string F(double v) => v.ToString("0.0000", CultureInfo.InvariantCulture);
        table.AddRow("pages", report.Results.Count.ToString(CultureInfo.InvariantCulture) + (half == "all" ? string.Empty : $" ({half} half)"));
        table.AddRow("true positives / false negatives", $"{c.TruePositives} / {c.FalseNegatives}");
        table.AddRow("false positives / true negatives", $"{c.FalsePositives} / {c.TrueNegatives}");
        table.AddRow("precision", F(c.Precision));
        table.AddRow("recall", F(c.Recall));
        table.AddRow("accuracy", F(c.Accuracy));
        table.AddRow("[bold]F1[/]", "[bold]" + F(c.F1) + "[/]");
        if (half == "all")
        {
            // Alternate pages in evaldata.json order: a rule tuned on failures should help both halves.
            table.AddRow("F1 even half / odd half", $"{F(HalfCounts(report, 0).F1)} / {F(HalfCounts(report, 1).F1)}");
        }
        table.AddRow("date accuracy", $"{F(report.DateAccuracy)} ({report.DatesCorrect}/{report.DatedPages})");
        table.AddRow("pages/s, first pass (one thread, wall clock)", report.PagesPerSecond.ToString("0.0", CultureInfo.InvariantCulture));
        table.AddRow("pages/s, warm second pass (wall clock)", speed.PagesPerSecond.ToString("0.0", CultureInfo.InvariantCulture));
        table.AddRow("[bold]pages per CPU second, warm[/]", "[bold]" + speed.PagesPerCpuSecond.ToString("0.0", CultureInfo.InvariantCulture) + "[/]");
        table.AddRow("crashes", report.Errors.ToString(CultureInfo.InvariantCulture));
        AnsiConsole.Write(table);
    }

    private static SnippetCounts HalfCounts(ExtractionReport report, int parity) =>
        report.Results.Where((_, i) => i % 2 == parity).Aggregate(default(SnippetCounts), (sum, r) => sum + r.Counts);

    private static void PrintFailures(ExtractionReport report, int count)
    {
        var worst = report.Results
            .Where(r => r.Missed.Count + r.Leaked.Count > 0 || (r.Case.Date is { } gold && r.Date != gold))
            .OrderByDescending(r => r.Missed.Count + r.Leaked.Count)
            .Take(count);
        foreach (var r in worst)
        {
            Console.WriteLine($"{r.Case.File}  missed {r.Missed.Count}, leaked {r.Leaked.Count}{(r.Error is null ? string.Empty : "  " + r.Error)}");
            foreach (var m in r.Missed)
                Console.WriteLine($"   - missed: {m}");
            foreach (var l in r.Leaked)
                Console.WriteLine($"   + leaked: {l}");
            if (r.Case.Date is { } gold && r.Date != gold)
                Console.WriteLine($"   ! date: found {r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "none"}, gold {gold.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}");
        }
    }
}
