namespace Dossier.Ingest.Queue;

/// <summary>What a worker did.</summary>
public sealed class WorkerSummary : SaveCounts
{
    public int Retried { get; set; }

    public List<string> Failures { get; } = [];

    /// <summary>Jobs finished (stored or found unchanged).</summary>
    public int Done => Inserted + NewVersions + Unchanged;
}
