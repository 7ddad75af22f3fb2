namespace Dossier.Agreements;

/// <summary>A verb whose agreement subject provides what its complement says (<c>resources/en/agreements/provision-verbs.tsv</c>).</summary>
/// <param name="Complement"><c>obj</c>, <c>xcomp</c>, or a preposition (<c>for</c>, <c>to</c>) marking an oblique.</param>
public sealed record ProvisionVerb(string Lemma, string Complement);
