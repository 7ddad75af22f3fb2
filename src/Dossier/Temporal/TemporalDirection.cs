namespace Dossier.Temporal;

/// <summary>Which way a bare weekday or month points from the reference date, read from the clause's tense.</summary>
public enum TemporalDirection
{
    /// <summary>No tense cue: treated like the past, as news mostly reports what happened.</summary>
    None,
    Past,
    Future,
}
