namespace Dossier.Events.Petrarch;

/// <summary>
/// Counts for a set of validation records, as PETRARCH's validation script tabulates them: expected events found
/// (a record expecting none counts one, found when nothing is coded), extra coded events, and among events whose
/// source and target match an expected event, how many also have the exact code.
/// </summary>
public sealed class ValidationScore
{
    public int Records { get; set; }

    public int Expected { get; set; }

    public int Found { get; set; }

    public int Extra { get; set; }

    /// <summary>Coded events whose source and target match an unmatched expected event (the code may differ).</summary>
    public int DyadMatches { get; set; }

    /// <summary>Of <see cref="DyadMatches"/>, those with the exact expected code.</summary>
    public int ExactCode { get; set; }

    /// <summary>Of <see cref="DyadMatches"/>, those in the same two-digit cue category.</summary>
    public int SameFamily { get; set; }

    public double Recall => Expected == 0 ? 0 : (double)Found / Expected;

    /// <summary>Extra events per record (PETRARCH's "FP = extra/records").</summary>
    public double ExtraRate => Records == 0 ? 0 : (double)Extra / Records;

    public double CodeAccuracy => DyadMatches == 0 ? 0 : (double)ExactCode / DyadMatches;

    public void Add(ValidationScore other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Records += other.Records;
        Expected += other.Expected;
        Found += other.Found;
        Extra += other.Extra;
        DyadMatches += other.DyadMatches;
        ExactCode += other.ExactCode;
        SameFamily += other.SameFamily;
    }
}
