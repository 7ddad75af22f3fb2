using System.IO.Compression;
using System.Text;
using Dossier.Entities.Kb;

namespace Dossier.Entities.Ner;

/// <summary>
/// Builds the tagger's gazetteer from sources whose licences allow shipping derived lists: the CIA World Factbook
/// (public domain: countries, capitals, provinces, nationalities, parties), NLTK's gazetteers (public domain / GFDL)
/// and Kantrowitz first names (free with credit), the PETRARCH actor dictionaries (MIT: people, organisations,
/// armed groups) and the Wikidata leaders list (CC0). Only phrase hashes are stored in the model.
/// </summary>
public static class NerGazetteerBuilder
{
    public static readonly string[] Categories =
        ["country", "city", "region", "nationality", "firstname", "person", "surname", "org", "party"];

    private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "minister", "prime", "king", "queen", "general", "secretary", "leader", "chief", "former", "of",
        "the", "foreign", "defense", "defence", "ambassador", "spokesman", "envoy", "chairman", "premier", "head",
        "deputy", "vice", "mr", "mrs", "dr", "sheikh", "prince", "emir", "sultan", "colonel", "commander",
    };

    public static Gazetteer Build(string dataRoot)
    {
        var table = new Dictionary<ulong, ushort>();
        void Add(string? phrase, int category)
        {
            if (string.IsNullOrWhiteSpace(phrase))
            {
                return;
            }

            var tokens = Tokenize(phrase);
            if (tokens.Count == 0 || tokens.Count > Gazetteer.MaxTokens)
            {
                return;
            }

            ulong h = Gazetteer.PhraseHash(tokens);
            table[h] = (ushort)(table.GetValueOrDefault(h) | (1 << category));
        }

        foreach (var c in FactbookReader.ReadAll(Path.Combine(dataRoot, "factbook")))
        {
            foreach (string? name in new[] { c.LongName, c.ShortName, c.LocalShortName, c.Abbreviation })
            {
                foreach (string part in Parts(name))
                {
                    Add(part, 0);
                }
            }

            foreach (string part in Parts(c.Former))
            {
                Add(part, 0);
            }

            foreach (string part in Parts(c.Capital))
            {
                Add(part, 1);
            }

            foreach (string d in c.Divisions)
            {
                Add(d, 2);
            }

            foreach (string part in Parts(c.NationalityNoun?.Replace("(s)", string.Empty, StringComparison.Ordinal)).Concat(Parts(c.Adjective)))
            {
                Add(part, 3);
                Add(Plural(part), 3);
            }

            foreach (string p in c.Parties)
            {
                Add(p, 8);
            }
        }

        string nltk = Path.Combine(dataRoot, "nltk");
        foreach (var (file, category) in new[]
        {
            ("gazetteers/countries.txt", 0), ("gazetteers/isocountries.txt", 0), ("gazetteers/uscities.txt", 1),
            ("gazetteers/usstates.txt", 2), ("gazetteers/caprovinces.txt", 2), ("gazetteers/mexstates.txt", 2),
            ("gazetteers/nationalities.txt", 3),
        })
        {
            foreach (string line in ZipLines(Path.Combine(nltk, "gazetteers.zip"), file))
            {
                Add(line, category);
            }
        }

        foreach (string file in new[] { "names/male.txt", "names/female.txt" })
        {
            foreach (string line in ZipLines(Path.Combine(nltk, "names.zip"), file))
            {
                Add(line, 4);
            }
        }

        string dictionaries = Path.Combine(dataRoot, "events", "universal-petrarch", "dictionaries");
        foreach (string file in new[] { "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt" })
        {
            foreach (var actor in PetrarchActorsReader.Read(Path.Combine(dictionaries, file)))
            {
                bool country = actor.CountryCode is not null && file.StartsWith("Phoenix.Countries", StringComparison.Ordinal);
                bool person = actor.InlineCode is null && !country;
                for (int n = 0; n < actor.Names.Count; n++)
                {
                    string name = actor.Names[n];
                    if (person)
                    {
                        AddPerson(name, Add);
                    }
                    else
                    {
                        // A country entry lists its cities and regions after its own name.
                        Add(name, country ? (n == 0 ? 0 : 1) : 7);
                    }
                }
            }
        }

        string leaders = Path.Combine(dataRoot, "leaders", "world-leaders-2021", "wikidata.csv");
        foreach (var row in Csv.Read(leaders).Skip(1))
        {
            if (row.Count > 5)
            {
                AddPerson(row[5], Add);
            }
        }

        return new Gazetteer(Categories, table);
    }

    /// <summary>Splits a phrase the way CoNLL-style tokenization would: spaces, and commas or brackets off words.</summary>
    public static List<string> Tokenize(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        var tokens = new List<string>();
        foreach (string raw in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            string t = raw.Trim('(', ')', '"', ';', ':');
            if (t.EndsWith(',') || (t.EndsWith('.') && t.Length > 1 && !t[..^1].Contains('.', StringComparison.Ordinal) && t.Length > 4))
            {
                t = t[..^1];
            }

            if (t.Length > 0)
            {
                tokens.Add(t);
            }
        }

        return tokens;
    }

    private static void AddPerson(string name, Action<string?, int> add)
    {
        var tokens = Tokenize(name);
        if (tokens.Count is < 2 or > 5 || tokens.Any(t => TitleWords.Contains(t)))
        {
            return;
        }

        add(name, 5);
        string last = tokens[^1];
        if (last.Length > 2 && char.IsLetter(last[0]))
        {
            add(last, 6);
        }
    }

    /// <summary>The plural of a nationality noun: "Iranian" → "Iranians"; nouns in -ese or -ish do not take one.</summary>
    private static string? Plural(string noun) =>
        noun.EndsWith("ese", StringComparison.Ordinal) || noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith("ch", StringComparison.Ordinal) || noun.Contains(' ', StringComparison.Ordinal)
            ? null
            : noun.EndsWith('s') ? null : noun + "s";

    /// <summary>Alternatives in a Factbook name field: "X; note…", "X or Y", "X, Y".</summary>
    private static IEnumerable<string> Parts(string? value)
    {
        if (value is null)
        {
            yield break;
        }

        string v = value.Split(';')[0];
        foreach (string part in v.Split([",", " or "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (part.Length > 1 && char.IsUpper(part[0]))
            {
                yield return part;
            }
        }
    }

    private static IEnumerable<string> ZipLines(string zipPath, string entry)
    {
        using var zip = ZipFile.OpenRead(zipPath);
        var e = zip.GetEntry(entry) ?? throw new InvalidDataException($"DOS0511: {zipPath} has no {entry}.");
        using var reader = new StreamReader(e.Open(), Encoding.Latin1);
        var lines = new List<string>();
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.Trim().Length > 0)
            {
                lines.Add(line.Trim());
            }
        }

        return lines;
    }
}
