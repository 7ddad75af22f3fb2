namespace Dossier.Temporal;

/// <summary>Which way a bare weekday or month points from the reference date, read from the clause's tense.</summary>
public enum TemporalDirection
{
    /// <summary>No tense cue: treated like the past, as news mostly reports what happened.</summary>
    None,
    /// <summary>Past tense: the latest occurrence, though a month or a date a few weeks ahead is taken ahead.</summary>
    Past,
    Future,

    /// <summary>
    /// A month set at the head of a past-tense sentence ("In January, the company brought in a new chief"): the scene
    /// of a narrated past, so the latest that has begun, never one ahead.
    /// </summary>
    Narrated,
}
