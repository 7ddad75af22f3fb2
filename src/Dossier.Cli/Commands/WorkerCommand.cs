using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Dossier.Corpus;
using Dossier.Ingest.Queue;
using Dossier.Pipeline;
using Dossier.Storage.Postgres;

namespace Dossier.Cli.Commands;

/// <summary>
/// <c>dossier worker --db postgres://...</c>: takes articles from the PostgreSQL work queue, annotates and stores them.
/// Run as many as there are cores, on as many machines as needed. SIGTERM or Ctrl+C finishes the article in hand,
/// gives the other claimed jobs back and exits.
/// </summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var db = CommonOptions.Db();
        var lease = new Option<string>("--lease") { Description = "How long a claimed job stays this worker's without a heartbeat: 30s, 500ms, 2m (default 30s). Heartbeats renew it every third of that.", DefaultValueFactory = _ => "30s" };
        var once = new Option<bool>("--once") { Description = "Exit when the queue is drained (nothing waiting, nobody holding a job) instead of waiting for more." };
        var maxJobs = new Option<int?>("--max-jobs") { Description = "Exit after this many jobs." };
        var batch = new Option<int>("--batch") { Description = "Jobs claimed at once (default 4).", DefaultValueFactory = _ => 4 };
        var name = new Option<string?>("--name") { Description = "This worker's name in the queue (default host:pid:random)." };
        var quiet = new Option<bool>("--quiet") { Description = "Print only errors and the one-line summary." };
        var command = new Command("worker", "Process the PostgreSQL work queue filled by 'dossier enqueue': annotate each article and store it once, however many workers run.")
        {
            db, lease, once, maxJobs, batch, name, quiet,
        };
        command.SetAction(parse =>
        {
            string store = parse.GetValue(db)!;
            if (!PostgresConnectionString.IsPostgres(store))
            {
                Consoles.Error("DOS1010: the work queue lives in PostgreSQL: give --db postgres://user:password@host/database (or set DOSSIER_DB)");
                return ExitCodes.Usage;
            }

            if (Durations.TryParse(parse.GetValue(lease)!) is not { } leaseTime || leaseTime < TimeSpan.FromMilliseconds(300))
            {
                Consoles.Error($"DOS1011: --lease {parse.GetValue(lease)} is not a duration of at least 300ms; write e.g. 30s, 500ms or 2m");
                return ExitCodes.Usage;
            }

            if (parse.GetValue(batch) < 1 || parse.GetValue(maxJobs) is < 1)
            {
                Consoles.Error("--batch and --max-jobs must be at least 1");
                return ExitCodes.Usage;
            }

            var options = new WorkerOptions { Lease = leaseTime, Once = parse.GetValue(once), MaxJobs = parse.GetValue(maxJobs), Batch = parse.GetValue(batch) };
            if (parse.GetValue(name) is { Length: > 0 } n)
            {
                options = options with { Name = n };
            }

            using var stop = new CancellationTokenSource();
            using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, ctx => { ctx.Cancel = true; stop.Cancel(); });
            using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, ctx => { ctx.Cancel = true; stop.Cancel(); });
            using var articles = PostgresArticleStore.Open(store);
            using var queue = PostgresWorkQueue.Open(store);
            using var feed = PostgresChangeFeed.Open(store);
            // The corpus stages (copies, stories) rebuild after articles land; the change feed lets one worker at a
            // time apply them, and a worker that finds another applying them leaves its changes to that one, except
            // before it stops, when it waits for its turn (QueueWorker.Run).
            var worker = new QueueWorker(queue, articles, DefaultPipeline.Create(), options)
            {
                ChangeFeed = feed,
                CorpusUpdates = [new CorpusUpdate("corpus", _ => CorpusService.Rebuild(articles))],
            };
            if (!parse.GetValue(quiet))
            {
                worker.Handled += (source, outcome) => Console.Error.WriteLine($"{options.Name}: {outcome} {source}");
            }
            else
            {
                // An error even when quiet: the stage's changes stay pending until a worker runs it again.
                worker.CorpusFailed += (stage, ex) => Consoles.Error($"DOS1021: {options.Name}: corpus stage {stage} failed and will run again after the next batch: {ex.GetType().Name}: {ex.Message}");
            }

            var summary = worker.Run(stop.Token);
            foreach (var failure in summary.Failures)
            {
                Consoles.Error(failure);
            }

            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{options.Name}: {summary.Inserted} new, {summary.NewVersions} new versions, {summary.Unchanged} unchanged, {summary.Retried} retried, {summary.Failures.Count} failed{(stop.IsCancellationRequested ? " (stopped)" : string.Empty)}"));
            return summary.Failures.Count == 0 ? ExitCodes.Success : ExitCodes.SomeInputsFailed;
        });
        return command;
    }
}
