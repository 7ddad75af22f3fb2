using System.CommandLine;
using System.Globalization;
using Dossier.Ingest.Http;
using Dossier.Ingest.Sources;
using Dossier.Storage;
using Dossier.Storage.Postgres;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier enqueue PATH... [--feed FEED] [--urls FILE] --db postgres://...</c>: adds inputs to the PostgreSQL work
/// queue for <c>dossier worker</c>. Feed items and listed URLs are fetched and extracted here, so workers get clean
/// bodies and never touch the network.
/// </summary>
internal static class EnqueueCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Text files, saved pages (.html, .htm), crawl archives (.warc, .warc.gz), JSON Lines files (.jsonl, .jsonl.gz) and folders of them (read recursively).", Arity = ArgumentArity.ZeroOrMore };
        var web = new WebSourceOptions();
        var db = CommonOptions.Db();
        var maxMb = new Option<double>("--max-article-mb") { Description = "The largest article accepted, in MB (default 10).", DefaultValueFactory = _ => 10 };
        var command = new Command("enqueue", "Add articles to the PostgreSQL work queue; any number of 'dossier worker' processes then store them. Feed items and listed URLs are fetched and extracted when enqueued. An input already queued with the same content is not added again.")
        {
            paths, db, maxMb,
        };
        foreach (var option in web.All)
        {
            command.Add(option);
        }

        command.SetAction(parse =>
        {
            if ((parse.GetValue(paths)?.Length ?? 0) == 0 && !web.Any(parse))
            {
                Consoles.Error("DOS0446: nothing to enqueue: give files or folders, --feed FILE_OR_URL or --urls FILE");
                return ExitCodes.Usage;
            }

            if (web.Fetching(parse) is not { } fetching)
            {
                return ExitCodes.Usage;
            }

            string store = parse.GetValue(db)!;
            if (!PostgresConnectionString.IsPostgres(store))
            {
                Consoles.Error("DOS1010: the work queue lives in PostgreSQL: give --db postgres://user:password@host/database (or set DOSSIER_DB); for a SQLite file use 'dossier ingest'");
                return ExitCodes.Usage;
            }

            var options = new IngestOptions { MaxArticleBytes = (long)(parse.GetValue(maxMb) * 1024 * 1024) };
            if (options.MaxArticleBytes < 1)
            {
                Consoles.Error("--max-article-mb must be positive");
                return ExitCodes.Usage;
            }

            using var queue = PostgresWorkQueue.Open(store);
            var failures = new List<IngestFailure>();
            int read = 0;
            using var fetcher = new PageFetcher(fetching);
            var inputs = new InputReader(options).Read(parse.GetValue(paths) ?? []).Concat(web.Read(parse, new WebInputReader(fetcher)));
            var items = inputs.Select(r =>
            {
                if (r.Failure is { } f)
                {
                    failures.Add(f);
                    return null;
                }

                read++;
                var i = r.Input!;
                return new WorkItem(i.Source, i.Text, i.Given, i.ContentHash, i.Format);
            }).OfType<WorkItem>();
            int added = queue.Enqueue(items);
            foreach (var failure in failures)
            {
                Consoles.Error(failure.ToString());
            }

            var counts = queue.Counts();
            string line = string.Create(CultureInfo.InvariantCulture,
                $"{added} queued, {read - added} already queued, {failures.Count} failed; queue: {counts.Queued} waiting, {counts.Running} running, {counts.Done} done, {counts.Failed} failed");
            if (failures.Count > 0)
            {
                Console.Error.WriteLine(line);
                return ExitCodes.SomeInputsFailed;
            }

            Console.WriteLine(line);
            return ExitCodes.Success;
        });
        return command;
    }
}
