using Dossier.Resources;

namespace Dossier.Entities;

/// <summary>The words that, right after a capital ("Tehran has denied"), show that it acts as a government.</summary>
public sealed class MetonymyVerbs
{
    private readonly HashSet<string> words;

    public MetonymyVerbs(IEnumerable<string> words)
    {
        this.words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
    }

    public static MetonymyVerbs Load(string? path = null)
    {
        var file = ResourceFile.Load(path ?? ResourceLocator.Resource("en", "entities", "metonymy-verbs.txt"));
        return new MetonymyVerbs(file.Lines.Select(l => l.Text.Trim()));
    }

    public bool Contains(string word) => words.Contains(word);
}
