namespace Dossier.Events;

/// <summary>The modality values of contract §1 (<c>events[].modality</c>).</summary>
public static class Modality
{
    public const string Asserted = "asserted";
    public const string Negated = "negated";
    public const string Future = "future";
    public const string Hypothetical = "hypothetical";
    public const string Reported = "reported";
}
