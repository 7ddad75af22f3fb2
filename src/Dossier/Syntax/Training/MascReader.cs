using System.IO.Compression;

namespace Dossier.Syntax.Training;

/// <summary>
/// Reads MASC (<c>nltk/masc_tagged.zip</c>: lines of <c>word_TAG</c> separated by spaces): its Penn-tagged words for the
/// tagger's tag dictionary, and its lines as sentences for <see cref="MascSentences"/>.
/// </summary>
public static class MascReader
{
    /// <summary>Every well-formed tagged word of every document, in document order.</summary>
    public static IEnumerable<(string Form, string Tag)> Read(string zipPath) =>
        Sentences(zipPath).SelectMany(s => s.Forms.Zip(s.Tags)).Where(w => w.Second.Length > 0);

    /// <summary>
    /// Every line of every document (entries in ordinal order of their path) as a sentence; an item without a word
    /// before its last <c>_</c> or a tag after it keeps the whole item, or the part before the <c>_</c>, as its form and
    /// an empty tag.
    /// </summary>
    public static IEnumerable<(string Entry, string[] Forms, string[] Tags)> Sentences(string zipPath)
    {
        if (!File.Exists(zipPath))
        {
            throw new FileNotFoundException($"DOS0207: MASC archive {zipPath} does not exist; check DOSSIER_DATA.", zipPath);
        }

        return Lines(zipPath);
    }

    private static IEnumerable<(string Entry, string[] Forms, string[] Tags)> Lines(string zipPath)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            if (!entry.FullName.EndsWith(".txt", StringComparison.Ordinal) || entry.Name.Equals("categories.txt", StringComparison.Ordinal))
            {
                continue;
            }

            using var reader = new StreamReader(entry.Open());
            for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
            {
                var items = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                var forms = new string[items.Length];
                var tags = new string[items.Length];
                for (int i = 0; i < items.Length; i++)
                {
                    string item = items[i];
                    int cut = item.LastIndexOf('_');
                    forms[i] = cut > 0 ? item[..cut] : item;
                    tags[i] = cut > 0 && cut < item.Length - 1 ? item[(cut + 1)..] : string.Empty;
                }

                yield return (entry.FullName, forms, tags);
            }
        }
    }
}
