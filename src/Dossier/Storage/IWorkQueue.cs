namespace Dossier.Storage;

/// <summary>
/// A queue of inputs shared by any number of workers on any number of machines. A worker claims jobs under a lease
/// and renews it by heartbeat while it works; a job whose lease runs out (its worker died) is claimed again by
/// another. Saving through the store is idempotent (article id and content hash), so a job done twice is stored once.
/// </summary>
public interface IWorkQueue : IDisposable
{
    /// <summary>Adds inputs; an input already queued with the same source and content is not added again. Returns how many were added.</summary>
    int Enqueue(IEnumerable<WorkItem> items);

    /// <summary>Takes up to <paramref name="max"/> waiting jobs (or jobs whose lease expired) for <paramref name="owner"/>, oldest first.</summary>
    IReadOnlyList<ClaimedJob> Claim(string owner, int max, TimeSpan lease);

    /// <summary>Extends the leases of every job <paramref name="owner"/> holds; returns how many it holds.</summary>
    int Heartbeat(string owner, TimeSpan lease);

    /// <summary>Marks a job done, with the article it became and what saving it did.</summary>
    void Complete(long jobId, string articleId, SaveOutcome outcome);

    /// <summary>Records a failure of a job <paramref name="owner"/> holds: back to the queue when <paramref name="retry"/>, else failed for good.</summary>
    void Fail(string owner, long jobId, string error, bool retry);

    /// <summary>Gives back jobs <paramref name="owner"/> holds but has not finished (on shutdown), so others take them at once.</summary>
    int Release(string owner, IEnumerable<long> jobIds);

    /// <summary>How many jobs are in each state.</summary>
    QueueCounts Counts();
}
