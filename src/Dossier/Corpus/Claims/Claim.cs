namespace Dossier.Corpus.Claims;

/// <summary>
/// A proposition reported across articles, with every source's stance on it and a status computed from them
/// (contract §2 <c>claims[]</c>): <c>asserted</c>, <c>denied</c>, <c>disputed</c>, <c>confirmed</c> or <c>unresolved</c>.
/// </summary>
public sealed record Claim(string Id, string Proposition, string Status, IReadOnlyList<Stance> Stances)
{
    /// <summary>The predicate class ("suspend", "supply") or <c>lemma:WORD</c>.</summary>
    public string Predicate { get; init; } = string.Empty;

    /// <summary>What it is about: an agreement id, <c>theme:weapons</c>, or null.</summary>
    public string? About { get; init; }

    /// <summary>The entities that take part in the proposition (who does it, to whom).</summary>
    public IReadOnlyList<string> Participants { get; init; } = [];

    /// <summary>The articles that report stances on it.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>How many of those are independent reporting (wire copies and near-duplicates folded).</summary>
    public int IndependentSources { get; init; }
}
