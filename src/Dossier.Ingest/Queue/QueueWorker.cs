using Dossier.Ingest.Sources;
using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Ingest.Queue;

/// <summary>
/// Takes jobs from a shared work queue and processes each like <c>ingest</c> does (prepare, per-article pipeline, one
/// transaction in the store), renewing its leases by heartbeat while it works. Stopping (cancellation) finishes the
/// article in hand and gives the rest of the claimed jobs back. A worker killed outright loses nothing: its leases run
/// out and others take its jobs; saving is idempotent, so an article half-done by the dead worker is stored once.
/// </summary>
public sealed class QueueWorker
{
    private readonly IWorkQueue queue;
    private readonly IArticleStore store;
    private readonly Dossier.Pipeline.Pipeline pipeline;
    private readonly WorkerOptions options;
    private readonly TimeProvider clock;
    private readonly ArticlePreparer preparer = new();

    public QueueWorker(IWorkQueue queue, IArticleStore store, Dossier.Pipeline.Pipeline pipeline, WorkerOptions options, TimeProvider? clock = null)
    {
        this.queue = queue;
        this.store = store;
        this.pipeline = pipeline;
        this.options = options;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>
    /// Corpus stages run after each batch through <see cref="ChangeFeed"/>: whichever worker gets there first applies what
    /// landed (from every worker) while the others go on; each stage sees each article version once.
    /// </summary>
    public IReadOnlyList<CorpusUpdate> CorpusUpdates { get; init; } = [];

    /// <summary>The feed of landed articles the corpus stages read (required when there are any).</summary>
    public IChangeFeed? ChangeFeed { get; init; }

    /// <summary>Raised after each job, with its source and what happened (for progress display).</summary>
    public event Action<string, string>? Handled;

    /// <summary>Raised when a corpus stage fails (its name and the exception): its changes come again at its next run.</summary>
    public event Action<string, Exception>? CorpusFailed;

    public WorkerSummary Run(CancellationToken cancel)
    {
        var summary = new WorkerSummary();
        using var heartbeat = new Timer(_ => Beat(), null, options.Lease / 3, options.Lease / 3);
        while (!cancel.IsCancellationRequested && (options.MaxJobs is not { } max || summary.Done + summary.Failures.Count < max))
        {
            int take = options.MaxJobs is { } m ? Math.Min(options.Batch, m - summary.Done - summary.Failures.Count) : options.Batch;
            var jobs = queue.Claim(options.Name, take, options.Lease);
            if (jobs.Count == 0)
            {
                if (options.Once && queue.Counts().Drained)
                {
                    break;
                }

                cancel.WaitHandle.WaitOne(options.IdlePoll);
                continue;
            }

            for (int i = 0; i < jobs.Count; i++)
            {
                if (cancel.IsCancellationRequested)
                {
                    queue.Release(options.Name, jobs.Skip(i).Select(j => j.Id));
                    break;
                }

                Process(jobs[i], summary);
            }

            if (System.Diagnostics.Stopwatch.GetElapsedTime(lastCorpusRun) >= options.CorpusInterval)
            {
                RunCorpusUpdates();
            }
        }

        // The last run waits its turn: a worker applying the changes now may have read them before this worker's
        // last saves, or may fail, so leaving them to it could leave them unapplied when every worker has stopped.
        RunCorpusUpdates(cancel);
        return summary;
    }

    private void Process(ClaimedJob job, WorkerSummary summary)
    {
        var item = job.Item;
        try
        {
            // Already stored with this content (by a worker that died before marking its job done): nothing to redo.
            if (StoredVersions.Holds(store, item.Source, item.ContentHash))
            {
                queue.Complete(job.Id, store.FindBySource(item.Source)!.Id, SaveOutcome.Unchanged);
                summary.Count(SaveOutcome.Unchanged);
                Handled?.Invoke(item.Source, "unchanged");
                return;
            }

            var doc = preparer.Prepare(new IngestInput(item.Source, item.Text, item.Given, item.ContentHash, item.Format));
            pipeline.Process(doc);
            var record = new ArticleRecord(doc.Id, 1, item.ContentHash, doc.Metadata, doc.Text, clock.GetUtcNow());
            var outcome = store.Save(record, doc);
            queue.Complete(job.Id, doc.Id, outcome);
            summary.Count(outcome);

            Handled?.Invoke(item.Source, outcome.ToString().ToLowerInvariant());
        }
#pragma warning disable CA1031 // One bad job must not stop the worker: it is recorded on the job and retried or failed.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            bool retry = job.Attempts < options.MaxAttempts;
            string error = $"{ex.GetType().Name}: {ex.Message}";
            queue.Fail(options.Name, job.Id, error, retry);
            if (retry)
            {
                summary.Retried++;
            }
            else
            {
                summary.Failures.Add($"{item.Source}: {error}");
            }

            Handled?.Invoke(item.Source, retry ? "retry" : "failed");
        }
    }

    private long lastCorpusRun = System.Diagnostics.Stopwatch.GetTimestamp();

    /// <summary>
    /// Applies each corpus stage's pending changes. A stage another worker is applying right now is left to it, unless
    /// <paramref name="untilApplied"/> is given: then this worker waits for its turn (polling every
    /// <see cref="WorkerOptions.IdlePoll"/>) until the stage has run or the token is cancelled.
    /// </summary>
    private void RunCorpusUpdates(CancellationToken? untilApplied = null)
    {
        lastCorpusRun = System.Diagnostics.Stopwatch.GetTimestamp();
        foreach (var update in CorpusUpdates)
        {
            var feed = ChangeFeed ?? throw new InvalidOperationException("DOS1020: corpus updates need a change feed; set QueueWorker.ChangeFeed");
            while (true)
            {
                int applied;
                try
                {
                    applied = feed.Drain(update.Name, update.Apply);
                }
#pragma warning disable CA1031 // A failing corpus stage must not stop ingestion: its cursor stays, and the next batch retries it.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    Handled?.Invoke(update.Name, $"corpus stage failed, will retry: {ex.GetType().Name}: {ex.Message}");
                    CorpusFailed?.Invoke(update.Name, ex);
                    break;
                }

                if (applied >= 0 || untilApplied is not { } cancel || cancel.WaitHandle.WaitOne(options.IdlePoll))
                {
                    break;
                }
            }
        }
    }

    private void Beat()
    {
        try
        {
            queue.Heartbeat(options.Name, options.Lease);
        }
#pragma warning disable CA1031 // A missed heartbeat is not fatal: the next one renews the lease, or another worker takes the job and saving stays idempotent.
        catch (Exception)
#pragma warning restore CA1031
        {
        }
    }
}
