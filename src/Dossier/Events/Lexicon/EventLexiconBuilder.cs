namespace Dossier.Events.Lexicon;

/// <summary>Collects verb senses, noun triggers and synsets from one or more sources, then freezes them.</summary>
public sealed class EventLexiconBuilder
{
    private readonly Dictionary<string, List<VerbSense>> verbs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> forms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<NounTrigger>> nouns = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Synset> synsets = new(StringComparer.Ordinal);

    public EventLexiconBuilder AddSynset(Synset synset)
    {
        ArgumentNullException.ThrowIfNull(synset);
        synsets[synset.Name] = synset;
        return this;
    }

    public EventLexiconBuilder AddVerb(VerbSense sense)
    {
        ArgumentNullException.ThrowIfNull(sense);
        if (!verbs.TryGetValue(sense.Lemma, out var list))
        {
            verbs[sense.Lemma] = list = [];
        }

        list.Add(sense);
        return this;
    }

    /// <summary>Records an irregular form (<c>SAID</c>) of a lemma (<c>SAY</c>).</summary>
    public EventLexiconBuilder AddForm(string form, string lemma)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(lemma);
        if (!string.Equals(form, lemma, StringComparison.Ordinal))
        {
            forms.TryAdd(form, lemma);
        }

        return this;
    }

    public EventLexiconBuilder AddNoun(NounTrigger noun)
    {
        ArgumentNullException.ThrowIfNull(noun);
        if (!nouns.TryGetValue(noun.Lemma, out var list))
        {
            nouns[noun.Lemma] = list = [];
        }

        list.Add(noun);
        return this;
    }

    public EventLexicon Build() => new(
        verbs.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<VerbSense>)kv.Value.OrderByDescending(s => s.ExtraWords).ToArray(), StringComparer.Ordinal),
        new Dictionary<string, string>(forms, StringComparer.Ordinal),
        nouns.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<NounTrigger>)kv.Value.OrderByDescending(n => n.Modifier is null ? 0 : 1).ToArray(), StringComparer.Ordinal),
        new Dictionary<string, Synset>(synsets, StringComparer.Ordinal));
}
