namespace Dossier.Events.Lexicon;

/// <summary>
/// The trigger lexicon the coder consults: verb senses by lemma (and by the irregular forms a dictionary lists),
/// noun triggers, and the synonym sets patterns refer to. Built by <see cref="EventLexiconBuilder"/> from a
/// PETRARCH verb dictionary or from Dossier's own <c>resources/en/events/verbs.tsv</c>.
/// </summary>
public sealed class EventLexicon
{
    internal EventLexicon(
        IReadOnlyDictionary<string, IReadOnlyList<VerbSense>> verbs,
        IReadOnlyDictionary<string, string> forms,
        IReadOnlyDictionary<string, IReadOnlyList<NounTrigger>> nouns,
        IReadOnlyDictionary<string, Synset> synsets)
    {
        Verbs = verbs;
        Forms = forms;
        Nouns = nouns;
        Synsets = synsets;
    }

    /// <summary>Verb senses by upper-case lemma.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<VerbSense>> Verbs { get; }

    /// <summary>Irregular inflected forms (upper case) to the lemma they belong to.</summary>
    public IReadOnlyDictionary<string, string> Forms { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<NounTrigger>> Nouns { get; }

    public IReadOnlyDictionary<string, Synset> Synsets { get; }

    public int PatternCount => Verbs.Values.SelectMany(s => s).SelectMany(s => s.Patterns).Distinct().Count();

    /// <summary>The senses for a verb token, looked up by lemma, then by form.</summary>
    public IReadOnlyList<VerbSense>? FindVerb(string lemmaUpper, string formUpper)
    {
        if (Verbs.TryGetValue(lemmaUpper, out var senses))
        {
            return senses;
        }

        if (Forms.TryGetValue(formUpper, out string? lemma) && Verbs.TryGetValue(lemma, out senses))
        {
            return senses;
        }

        return Verbs.TryGetValue(formUpper, out senses) ? senses : null;
    }
}
