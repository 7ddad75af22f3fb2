using System.CommandLine;
using System.Globalization;
using Dossier.Ingest;
using Dossier.Ingest.Http;
using Dossier.Ingest.Sources;
using Dossier.Pipeline;
using Spectre.Console;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier ingest PATH... [--feed FEED] [--urls FILE]</c>: files, folders (recursively), JSON Lines, saved pages, WARC archives, feeds and URL lists into the store.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Text files, saved pages (.html, .htm), crawl archives (.warc, .warc.gz), JSON Lines files (.jsonl, .jsonl.gz) and folders of them (read recursively).", Arity = ArgumentArity.ZeroOrMore };
        var web = new WebSourceOptions();
        var db = CommonOptions.Db();
        var workers = new Option<int>("--workers") { Description = "Articles processed in parallel (default: the number of cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxMb = new Option<double>("--max-article-mb") { Description = "The largest article accepted, in MB (default 10).", DefaultValueFactory = _ => 10 };
        var quiet = new Option<bool>("--quiet") { Description = "Print only errors and the one-line summary." };
        var command = new Command("ingest", "Read articles (files, folders, saved pages, WARC archives, feeds, URL lists), annotate them and store them. Re-ingesting unchanged articles changes nothing; changed ones become new versions (see 'dossier diff').")
        {
            paths, db, workers, maxMb, quiet,
        };
        foreach (var option in web.All)
        {
            command.Add(option);
        }

        command.SetAction(parse =>
        {
            if ((parse.GetValue(paths)?.Length ?? 0) == 0 && !web.Any(parse))
            {
                Consoles.Error("DOS0446: nothing to ingest: give files or folders, --feed FILE_OR_URL or --urls FILE");
                return ExitCodes.Usage;
            }

            if (web.Fetching(parse) is not { } fetching)
            {
                return ExitCodes.Usage;
            }

            var options = new IngestOptions { MaxArticleBytes = (long)(parse.GetValue(maxMb) * 1024 * 1024) };
            if (parse.GetValue(workers) < 1 || options.MaxArticleBytes < 1)
            {
                Consoles.Error("--workers and --max-article-mb must be positive");
                return ExitCodes.Usage;
            }

            using var store = StoreFactory.Open(parse.GetValue(db)!);
            var service = new IngestService(store, DefaultPipeline.CreateUnshared) { Workers = parse.GetValue(workers) };
            using var fetcher = new PageFetcher(fetching);
            var inputs = new InputReader(options).Read(parse.GetValue(paths) ?? []).Concat(web.Read(parse, new WebInputReader(fetcher)));
            var summary = Consoles.Interactive && !parse.GetValue(quiet) ? RunWithProgress(service, inputs) : service.Ingest(inputs);
            Print(summary, parse.GetValue(quiet), parse.GetValue(db)!);
            return summary.AllSucceeded ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }

    private static IngestSummary RunWithProgress(IngestService service, IEnumerable<ReadResult> inputs)
    {
        IngestSummary? summary = null;
        Consoles.Err().Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new SpinnerColumn(), new ElapsedTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("Ingesting", autoStart: true);
                task.IsIndeterminate = true;
                int handled = 0;
                service.Handled += source =>
                {
                    handled++;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"Ingesting ({handled}) {Markup.Escape(Path.GetFileName(source))}");
                };
                summary = service.Ingest(inputs);
                task.IsIndeterminate = false;
                task.Value = task.MaxValue;
            });
        return summary!;
    }

    private static void Print(IngestSummary summary, bool quiet, string db)
    {
        foreach (var failure in summary.Failures)
        {
            Consoles.Error(failure.ToString());
        }

        foreach (var (source, diagnostic) in summary.StageProblems)
        {
            Consoles.Error($"{source}: stored, but {diagnostic}");
        }

        string line = string.Create(CultureInfo.InvariantCulture,
            $"{summary.Inserted} new, {summary.NewVersions} new versions, {summary.Unchanged} unchanged, {summary.Failures.Count} failed ({db})");
        if (quiet || !summary.AllSucceeded)
        {
            Console.Error.WriteLine(line);
        }
        else
        {
            Console.WriteLine(line);
        }
    }
}
