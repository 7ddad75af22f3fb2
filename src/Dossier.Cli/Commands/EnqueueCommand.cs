using System.CommandLine;
using System.Globalization;
using Dossier.Ingest.Sources;
using Dossier.Storage;
using Dossier.Storage.Postgres;

namespace Dossier.Cli.Commands;

/// <summary><c>dossier enqueue PATH... --db postgres://...</c>: adds inputs to the PostgreSQL work queue for <c>dossier worker</c>.</summary>
internal static class EnqueueCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Text files, folders (read recursively) and JSON Lines files (.jsonl, .jsonl.gz).", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var maxMb = new Option<double>("--max-article-mb") { Description = "The largest article accepted, in MB (default 10).", DefaultValueFactory = _ => 10 };
        var command = new Command("enqueue", "Add articles to the PostgreSQL work queue; any number of 'dossier worker' processes then store them. An input already queued with the same content is not added again.")
        {
            paths, db, maxMb,
        };
        command.SetAction(parse =>
        {
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
            var items = new InputReader(options).Read(parse.GetValue(paths)!).Select(r =>
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
