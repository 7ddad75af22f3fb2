namespace Dossier.Temporal;

/// <summary>A phase-two result: the TIMEX3 value and what it was resolved against (<c>absolute</c>, <c>dct</c>, <c>narrative</c>, <c>range</c>, <c>none</c>).</summary>
public readonly record struct ResolvedValue(string? Value, string Anchor);
