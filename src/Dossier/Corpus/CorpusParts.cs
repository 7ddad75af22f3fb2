namespace Dossier.Corpus;

/// <summary>
/// Which parts of a saved snapshot to read. Duplicates and reporting units, stories, decision outcomes, narrowed
/// publication ranges, claims, agreements and the fingerprint are always read (they are small); resolved entities and
/// merged events, most of a large snapshot (at 100,000 articles 0.6 and 1.7 GB of JSON), only when asked for.
/// </summary>
[Flags]
public enum CorpusParts
{
    /// <summary>Everything but entities and merged events.</summary>
    Core = 0,

    /// <summary>Resolved entities (<see cref="CorpusSnapshot.Entities"/>).</summary>
    Entities = 1,

    /// <summary>Merged events (<see cref="CorpusSnapshot.Events"/>).</summary>
    Events = 2,

    /// <summary>The whole snapshot.</summary>
    All = Entities | Events,
}
