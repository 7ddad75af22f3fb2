namespace Dossier.Claims;

/// <summary>The positions a source takes towards a proposition (contract §2 <c>claims[].stances[].position</c>).</summary>
public static class Positions
{
    public const string Asserts = "asserts";
    public const string Denies = "denies";
    public const string Confirms = "confirms";
    public const string Questions = "questions";
    public const string Retracts = "retracts";

    /// <summary>
    /// The position towards a proposition when the words in between negate it: asserting or confirming that
    /// something did not happen denies it ("maintained no interruption"); denying a negation asserts it.
    /// </summary>
    public static string Flip(string position, bool negated) => !negated ? position : position switch
    {
        Asserts or Confirms => Denies,
        Denies => Asserts,
        _ => position,
    };

    /// <summary>The position a cue takes when the cue itself is negated: "did not deny" or "would not confirm" leaves it open.</summary>
    public static string? WhenCueNegated(string position) => position switch
    {
        Denies or Confirms => Questions,
        _ => null,
    };
}
