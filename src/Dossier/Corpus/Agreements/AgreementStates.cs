namespace Dossier.Corpus.Agreements;

/// <summary>
/// The states of an agreement's life in order (announced, negotiating, final stages, reported suspended, signed,
/// ratified, in force, extended, expired); the status is the furthest one reached.
/// </summary>
public static class AgreementStates
{
    private static readonly string[] Order = ["announced", "negotiating", "final stages", "reported suspended", "signed", "ratified", "in force", "extended", "expired"];

    /// <summary>The rank of a state in the life of an agreement (unknown states rank first).</summary>
    public static int Rank(string state) => Math.Max(0, Array.IndexOf(Order, state));

    /// <summary>The furthest state reached; "reported suspended" counts only when nothing else is known.</summary>
    public static string? Status(IEnumerable<string> states)
    {
        var list = states.ToList();
        var lifecycle = list.Where(s => s != "reported suspended").ToList();
        return lifecycle.Count > 0 ? lifecycle.MaxBy(Rank) : list.FirstOrDefault();
    }
}
