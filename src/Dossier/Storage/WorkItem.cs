using Dossier.Model;

namespace Dossier.Storage;

/// <summary>
/// One input waiting in a work queue, as it was read: its source, its text exactly as received, the metadata the source
/// gave, the content hash that makes re-ingest idempotent, and how to read the text (<c>text</c> or <c>body</c>).
/// </summary>
public sealed record WorkItem(string Source, string Text, ArticleMetadata Given, string ContentHash, string Format = "text");

/// <summary>A work item a worker holds under a lease, with the queue's id for it and how often it has been taken.</summary>
public sealed record ClaimedJob(long Id, WorkItem Item, int Attempts);

/// <summary>How many jobs are in each state.</summary>
public sealed record QueueCounts(long Queued, long Running, long Done, long Failed)
{
    /// <summary>True when nothing is waiting and nobody holds a job.</summary>
    public bool Drained => Queued == 0 && Running == 0;
}
