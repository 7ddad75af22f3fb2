namespace Dossier.Events.Lexicon;

/// <summary>
/// A noun that names an event (<c>talks</c>, <c>visit</c>, <c>sanctions</c>, <c>signing</c>): its lemma in upper case,
/// an optional modifier that must accompany it (<c>PEACE</c> for <c>peace talks</c>) and its CAMEO code.
/// </summary>
public sealed record NounTrigger(string Lemma, string? Modifier, string Code, string? PairedCode, string Origin);
