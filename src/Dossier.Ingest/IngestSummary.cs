using Dossier.Ingest.Sources;
using Dossier.Model;

namespace Dossier.Ingest;

/// <summary>What one ingest call did: counts, and every failure and stage problem named with its input.</summary>
public sealed class IngestSummary : SaveCounts
{
    public List<IngestFailure> Failures { get; } = [];

    /// <summary>Articles stored with a stage failure recorded on them.</summary>
    public List<(string Source, Diagnostic Diagnostic)> StageProblems { get; } = [];

    public long Characters { get; internal set; }

    public int Stored => Inserted + NewVersions;

    public bool AllSucceeded => Failures.Count == 0 && StageProblems.Count == 0;
}
