namespace Dossier.Agreements;

/// <summary>A word that puts an agreement in a state (<c>resources/en/agreements/states.tsv</c>).</summary>
/// <param name="Condition"><c>-</c>, <c>amod=WORD</c>, <c>case=WORD</c> or <c>obj</c>.</param>
public sealed record StateCue(string Lemma, string State, int Priority, string Condition);
