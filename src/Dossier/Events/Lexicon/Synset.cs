namespace Dossier.Events.Lexicon;

/// <summary>
/// A synonym set (<c>&amp;CURRENCY</c>): phrases of upper-case words, any of which stands for the set in a pattern.
/// A phrase word ending in <c>_</c> takes no plural; a phrase may itself name another set.
/// </summary>
public sealed record Synset(string Name, IReadOnlyList<IReadOnlyList<string>> Phrases);
