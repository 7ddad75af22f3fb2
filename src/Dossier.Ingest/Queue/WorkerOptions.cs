namespace Dossier.Ingest.Queue;

/// <summary>How a <see cref="QueueWorker"/> takes and holds work.</summary>
public sealed record WorkerOptions
{
    /// <summary>The worker's name in the queue (who holds a lease): unique per process.</summary>
    public string Name { get; init; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..6]}";

    /// <summary>How long a claimed job stays this worker's without a heartbeat; heartbeats come every third of it.</summary>
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Jobs claimed at once (fewer round trips; a dead worker's batch waits for its lease to run out).</summary>
    public int Batch { get; init; } = 4;

    /// <summary>Stop after this many jobs (null: no limit).</summary>
    public int? MaxJobs { get; init; }

    /// <summary>Stop when the queue is drained (nothing waiting, nobody holding a job) instead of waiting for more.</summary>
    public bool Once { get; init; }

    /// <summary>A job failing this many times is marked failed for good.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>
    /// The least time between two corpus-stage runs while work flows (they always run when the worker stops): a
    /// corpus rebuild reads every stored article, so running it after every small batch would cost quadratic time.
    /// </summary>
    public TimeSpan CorpusInterval { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long to wait before looking again when there is nothing to claim.</summary>
    public TimeSpan IdlePoll { get; init; } = TimeSpan.FromMilliseconds(500);
}
