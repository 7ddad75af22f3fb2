using System.IO.Compression;
using Dossier.Resources;

namespace Dossier.Syntax.Training;

/// <summary>
/// Reads the name lists the tagger's name features come from, at training time: the NLTK names corpus (first names,
/// Kantrowitz and Ross, freely redistributable with credit), the public-domain NLTK gazetteers (countries by ISO list,
/// nationalities, US states, Canadian provinces, Mexican states; not the GFDL city and country lists) and the
/// repository's own tables in resources/en/entities (countries with demonyms and capitals from the Factbook, places
/// from PETRARCH, leaders' surnames). Only the resulting word kinds enter the tagger file.
/// </summary>
public static class NameLists
{
    private static readonly (string Entry, byte Kind)[] Gazetteers =
    [
        ("gazetteers/isocountries.txt", NameClasses.Country),
        ("gazetteers/nationalities.txt", NameClasses.Demonym),
        ("gazetteers/usstates.txt", NameClasses.Place),
        ("gazetteers/caprovinces.txt", NameClasses.Place),
        ("gazetteers/mexstates.txt", NameClasses.Place),
    ];

    /// <summary>The word kinds from the lists under <paramref name="nltkFolder"/> and the tables in <paramref name="entitiesFolder"/>.</summary>
    public static NameClasses Read(string nltkFolder, string entitiesFolder)
    {
        ArgumentNullException.ThrowIfNull(nltkFolder);
        ArgumentNullException.ThrowIfNull(entitiesFolder);
        var names = new List<(string, byte)>();
        string namesZip = Path.Combine(nltkFolder, "names.zip");
        names.AddRange(ZipList(namesZip, "names/female.txt", NameClasses.Female));
        names.AddRange(ZipList(namesZip, "names/male.txt", NameClasses.Male));
        foreach (var (entry, kind) in Gazetteers)
        {
            names.AddRange(ZipList(Path.Combine(nltkFolder, "gazetteers.zip"), entry, kind));
        }

        var countries = ResourceFile.Load(Path.Combine(entitiesFolder, "countries.tsv"));
        foreach (var line in countries.Lines)
        {
            // ISO3, GEC, name, aliases, adjectives, demonyms, capitals (empty trailing columns are trimmed away).
            int columns = line.Text.Count(c => c == '\t') + 1;
            if (columns is < 3 or > 7)
            {
                throw new InvalidDataException($"DOS0241: {countries.Where(line)} has {columns} columns, not the 3 to 7 of countries.tsv; regenerate it with `dossier train kb`.");
            }

            var f = line.Columns(7);

            names.Add((f[2], NameClasses.Country));
            names.AddRange(Split(f[3], NameClasses.Country));
            names.AddRange(Split(f[4], NameClasses.Demonym));
            names.AddRange(Split(f[5], NameClasses.Demonym));
            names.AddRange(Split(f[6], NameClasses.Place));
        }

        foreach (var line in ResourceFile.Load(Path.Combine(entitiesFolder, "places.tsv")).Lines)
        {
            names.Add((line.Text.Split('\t')[0], NameClasses.Place));
        }

        foreach (string file in new[] { "leaders.tsv", "leaders-current.tsv" })
        {
            var leaders = ResourceFile.Load(Path.Combine(entitiesFolder, file));
            foreach (var line in leaders.Lines)
            {
                var f = line.Text.Split('\t');
                if (f.Length < 4)
                {
                    throw new InvalidDataException($"DOS0241: {leaders.Where(line)} has {f.Length} columns, fewer than the 4 of a leaders table; regenerate it with `dossier train kb`.");
                }

                // "Willem-Alexander of the Netherlands": the surname is before "of".
                string name = f[3];
                int of = name.IndexOf(" of ", StringComparison.Ordinal);
                names.Add((of > 0 ? name[..of] : name, NameClasses.Surname));
            }
        }

        return NameClasses.Build(names);
    }

    /// <summary>The word kinds of the default lists: NLTK under DOSSIER_DATA (or ../shared/data), the repository's resources/en/entities.</summary>
    public static NameClasses ReadDefault() => Read(SharedData.Combine("nltk"), ResourceLocator.Resource("en", "entities"));

    private static IEnumerable<(string, byte)> Split(string column, byte kind) =>
        column.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => (n, kind));

    // One name a line; a list that is missing, empty, or holds a line that is no name (digits, tabs, markup) is refused,
    // since a wrong file would silently teach the tagger wrong kinds.
    private static List<(string, byte)> ZipList(string zipPath, string entry, byte kind)
    {
        if (!File.Exists(zipPath))
        {
            throw new FileNotFoundException($"DOS0240: name list archive {zipPath} does not exist; check DOSSIER_DATA or leave out --names.", zipPath);
        }

        using var zip = ZipFile.OpenRead(zipPath);
        var found = zip.GetEntry(entry) ?? throw new InvalidDataException($"DOS0240: {zipPath} lacks {entry}; it is not the NLTK package the name lists come from.");
        using var reader = new StringReader(Decode(found));
        var names = new List<(string, byte)>();
        int number = 0;
        for (string? line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            number++;
            string name = line.Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!name.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '.' or ',' or '(' or ')'))
            {
                throw new InvalidDataException($"DOS0240: {zipPath}:{entry}:{number} is not a name (\"{name}\"); the name lists hold one name a line.");
            }

            names.Add((name, kind));
        }

        return names.Count > 0 ? names : throw new InvalidDataException($"DOS0240: {zipPath}:{entry} holds no names.");
    }

    // The lists mix encodings (mexstates.txt is UTF-8, isocountries.txt Latin-1): UTF-8 where the bytes are valid UTF-8.
    private static string Decode(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var bytes = new MemoryStream();
        stream.CopyTo(bytes);
        try
        {
            return new System.Text.UTF8Encoding(false, true).GetString(bytes.ToArray());
        }
        catch (System.Text.DecoderFallbackException)
        {
            return System.Text.Encoding.Latin1.GetString(bytes.ToArray());
        }
    }
}
