namespace Dossier.Entities.Ner;

/// <summary>
/// The training and evaluation corpora in ../shared/data, read into the CoNLL-2003 type scheme
/// (PER, ORG, LOC, MISC). re3d's finer types are mapped (Person → PER, Organisation → ORG, Location → LOC,
/// Nationality → MISC) and the rest (weapons, quantities, dates…) dropped, since CoNLL does not tag them.
/// </summary>
public static class NerCorpora
{
    /// <summary>The types the tagger learns, in label order.</summary>
    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    /// <summary>The corpora <see cref="Load"/> knows.</summary>
    public static readonly string[] Names = ["conll", "conll-dev", "wikigold", "re3d"];

    public static List<NerDocument> Load(string name, string dataRoot)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name switch
        {
            "conll" => ConllNerReader.ReadFile(Path.Combine(dataRoot, "conll2003", "train.txt")),
            "conll-dev" => ConllNerReader.ReadFile(Path.Combine(dataRoot, "conll2003", "valid.txt")),
            "wikigold" => ConllNerReader.ReadFile(Path.Combine(dataRoot, "wikigold", "wikigold.conll.txt")),
            "re3d" => LoadRe3d(Path.Combine(dataRoot, "re3d", "conll")),
            _ => throw new ArgumentException($"DOS0508: unknown NER corpus '{name}'; known: {string.Join(", ", Names)}.", nameof(name)),
        };
    }

    private static List<NerDocument> LoadRe3d(string folder)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Person"] = "PER",
            ["Organisation"] = "ORG",
            ["Location"] = "LOC",
            ["Nationality"] = "MISC",
        };
        var documents = new List<NerDocument>();
        foreach (string file in Directory.EnumerateFiles(folder, "*.conll", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            foreach (var doc in ConllNerReader.ReadFile(file))
            {
                var sentences = doc.Sentences
                    .Select(s => new NerSentence(s.Words, s.Entities
                        .Where(e => map.ContainsKey(e.Type))
                        .Select(e => (e.Start, e.End, map[e.Type]))
                        .ToList()))
                    .ToList();
                documents.Add(new NerDocument(doc.Id, sentences));
            }
        }

        return documents;
    }
}
