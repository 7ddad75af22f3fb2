using System.IO.Compression;

namespace Dossier.Syntax.Training;

/// <summary>
/// Reads the Penn-tagged words of MASC (<c>nltk/masc_tagged.zip</c>: lines of <c>word_TAG</c> separated by spaces),
/// used only to build the tagger's tag dictionary.
/// </summary>
public static class MascReader
{
    public static IEnumerable<(string Form, string Tag)> Read(string zipPath)
    {
        if (!File.Exists(zipPath))
        {
            throw new FileNotFoundException($"DOS0207: MASC archive {zipPath} does not exist; check DOSSIER_DATA.", zipPath);
        }

        using var zip = ZipFile.OpenRead(zipPath);
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            if (!entry.FullName.EndsWith(".txt", StringComparison.Ordinal) || entry.Name.Equals("categories.txt", StringComparison.Ordinal))
            {
                continue;
            }

            using var reader = new StreamReader(entry.Open());
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                foreach (string item in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    int cut = item.LastIndexOf('_');
                    if (cut > 0 && cut < item.Length - 1)
                    {
                        yield return (item[..cut], item[(cut + 1)..]);
                    }
                }
            }
        }
    }
}
