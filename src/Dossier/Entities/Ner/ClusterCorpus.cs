using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using Dossier.Entities.Kb;
using Dossier.Formats.Conllu;

namespace Dossier.Entities.Ner;

/// <summary>
/// The unlabelled text word clusters are learned from: only sources whose licences allow shipping derived data —
/// the Factbook (public domain), UD EWT (CC BY-SA 4.0), GUM's CC-BY genres, MASC (commercial use allowed),
/// WikiGold (CC BY 4.0). CoNLL-2003, Brown and the research-only news sets are deliberately left out.
/// </summary>
public static partial class ClusterCorpus
{
    /// <summary>Sentences as word arrays.</summary>
    public static IEnumerable<string[]> Read(string dataRoot)
    {
        foreach (string file in new[] { "ud-ewt/en_ewt-ud-train.conllu.gz", "gum/en_gum-ccby-train.conllu.gz" })
        {
            foreach (var s in ConlluReader.ReadFile(Path.Combine(dataRoot, file)))
            {
                yield return s.Tokens.Select(t => t.Form).ToArray();
            }
        }

        using (var zip = ZipFile.OpenRead(Path.Combine(dataRoot, "nltk", "masc_tagged.zip")))
        {
            foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".txt", StringComparison.Ordinal) && !e.FullName.EndsWith("categories.txt", StringComparison.Ordinal)))
            {
                using var reader = new StreamReader(entry.Open());
                for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
                {
                    var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                        .Select(t => t.LastIndexOf('_') is int u && u > 0 ? t[..u] : t)
                        .ToArray();
                    if (words.Length > 0)
                    {
                        yield return words;
                    }
                }
            }
        }

        foreach (var doc in ConllNerReader.ReadFile(Path.Combine(dataRoot, "wikigold", "wikigold.conll.txt")))
        {
            foreach (var s in doc.Sentences)
            {
                yield return s.Words;
            }
        }

        foreach (string file in Directory.EnumerateFiles(Path.Combine(dataRoot, "factbook"), "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (string text in Texts(json.RootElement))
            {
                foreach (string sentence in text.Split(["; ", ". "], StringSplitOptions.RemoveEmptyEntries))
                {
                    var words = Words().Matches(sentence).Select(m => m.Value).ToArray();
                    if (words.Length > 2)
                    {
                        yield return words;
                    }
                }
            }
        }
    }

    private static IEnumerable<string> Texts(JsonElement e)
    {
        if (e.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in e.EnumerateObject())
            {
                if (p.NameEquals("text") && p.Value.ValueKind == JsonValueKind.String)
                {
                    string? clean = FactbookReader.Clean(p.Value.GetString());
                    if (clean is not null)
                    {
                        yield return clean;
                    }
                }
                else
                {
                    foreach (string t in Texts(p.Value))
                    {
                        yield return t;
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:[.'\-][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]")]
    private static partial Regex Words();
}
