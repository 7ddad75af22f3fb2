namespace Dossier.Quotes;

/// <summary>A verb that reports speech, with its class.</summary>
/// <param name="Lemma">The lemma, lower case.</param>
/// <param name="Class"><c>say</c>, <c>claim</c>, <c>deny</c>, <c>accuse</c>, <c>urge</c>, <c>warn</c> or <c>confirm</c>.</param>
public sealed record ReportingVerb(string Lemma, string Class);
