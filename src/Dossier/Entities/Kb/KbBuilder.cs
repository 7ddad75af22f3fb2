using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.Entities.Kb;

/// <summary>
/// Derives the actor knowledge base tables under resources/en/entities/ from the shared data: countries (ISO-3,
/// names, adjectives, demonyms, capitals) and heads of state and government with dates from the Factbook and
/// Wikidata leaders; current leaders (CC BY-SA) apart; role nouns and their sectors from the PETRARCH agents
/// dictionary. Factbook codes are GEC/FIPS: they are mapped to ISO-3 through PETRARCH's country names.
/// </summary>
public static partial class KbBuilder
{
    /// <summary>Factbook names that PETRARCH spells otherwise (GEC code → ISO-3).</summary>
    private static readonly Dictionary<string, string> GecOverrides = new(StringComparer.Ordinal)
    {
        ["us"] = "USA", ["uk"] = "GBR", ["rs"] = "RUS", ["ir"] = "IRN", ["kn"] = "PRK", ["ks"] = "KOR", ["ch"] = "CHN",
        ["tw"] = "TWN", ["cg"] = "COD", ["cf"] = "COG", ["iv"] = "CIV", ["bm"] = "MMR", ["cb"] = "KHM", ["tt"] = "TLS",
        ["ez"] = "CZE", ["mk"] = "MKD", ["sw"] = "SWE", ["sz"] = "CHE", ["vm"] = "VNM", ["la"] = "LAO", ["sy"] = "SYR",
        ["we"] = "PSE", ["gz"] = "PSE", ["va"] = "VAT", ["vt"] = "VAT", ["wz"] = "SWZ", ["cv"] = "CPV", ["bx"] = "BRN",
        ["fm"] = "FSM", ["kv"] = "XKX", ["od"] = "SSD", ["su"] = "SDN", ["tu"] = "TUR", ["gm"] = "DEU", ["au"] = "AUT",
        ["as"] = "AUS", ["ga"] = "GMB", ["gb"] = "GAB", ["ni"] = "NGA", ["ng"] = "NER", ["er"] = "ERI", ["pu"] = "GNB", ["wi"] = "ESH",
    };

    public static IReadOnlyList<string> Build(string dataRoot, string outputFolder)
    {
        Directory.CreateDirectory(outputFolder);
        var written = new List<string>();
        var petrarch = PetrarchActorsReader.Read(Path.Combine(dataRoot, "events", "universal-petrarch", "dictionaries", "Phoenix.Countries.actors.txt"));
        var isoByName = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var actor in petrarch.Where(a => a.CountryCode is not null))
        {
            foreach (string name in actor.Names)
            {
                isoByName.TryAdd(name, actor.CountryCode!);
            }
        }

        var countries = FactbookReader.ReadAll(Path.Combine(dataRoot, "factbook"));
        var iso = new Dictionary<string, string>(StringComparer.Ordinal);
        var unmapped = new List<string>();
        var taken = new HashSet<string>(GecOverrides.Values, StringComparer.Ordinal);
        foreach (var c in countries)
        {
            // A PETRARCH name may belong to another country ("Jersey" is New Jersey there): codes already taken by
            // the overrides are not reassigned.
            string? code = GecOverrides.GetValueOrDefault(c.Gec)
                ?? new[] { c.ShortName, c.LongName, c.LocalShortName }.Where(n => n is not null).Select(n => isoByName.GetValueOrDefault(n!)).FirstOrDefault(x => x is not null && !taken.Contains(x));
            if (code is null)
            {
                unmapped.Add($"{c.Gec} {c.ShortName}");
                continue;
            }

            iso.TryAdd(c.Gec, code);
            taken.Add(code);
        }

        var countryLines = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in countries.Where(c => iso.ContainsKey(c.Gec)).OrderBy(c => iso[c.Gec], StringComparer.Ordinal))
        {
            string code = iso[c.Gec];
            if (!seen.Add(code))
            {
                continue;
            }

            string name = c.ShortName ?? c.LongName ?? code;
            var aliases = new[] { c.LongName, c.LocalShortName, c.Abbreviation }.Concat(Alternatives(c.Former))
                .Where(a => a is not null && !string.Equals(a, name, StringComparison.Ordinal) && a.Length < 60)
                .Select(a => a!)
                .Distinct(StringComparer.Ordinal);
            var demonyms = Alternatives(c.NationalityNoun?.Replace("(s)", string.Empty, StringComparison.Ordinal));
            var adjectives = Alternatives(c.Adjective);
            string? capital = c.Capital?.Split(';')[0];
            var capitals = capital is null ? [] : new[] { Parenthesis().Replace(capital, string.Empty).Trim(), capital.Split(',')[0].Trim() }.Distinct(StringComparer.Ordinal).ToArray();
            countryLines.Add(string.Join('\t', code, c.Gec, name, string.Join('|', aliases), string.Join('|', adjectives), string.Join('|', demonyms), string.Join('|', capitals)));
        }

        written.Add(Write(
            Path.Combine(outputFolder, "countries.tsv"),
            "ISO3 <TAB> Factbook GEC code <TAB> name <TAB> aliases (|) <TAB> adjectives (|) <TAB> demonyms (|) <TAB> capitals (|)",
            "CIA World Factbook JSON (factbook/factbook.json@8662a8b, refreshed 2026-01-22); ISO-3 codes via the PETRARCH Phoenix.Countries.actors dictionary (MIT, Open Event Data Alliance) and KbBuilder's GEC overrides",
            "public domain (Factbook); codes are facts",
            countryLines));

        var leaderLines = new List<string>();
        foreach (var c in countries.Where(c => iso.ContainsKey(c.Gec)))
        {
            foreach (var (office, text) in new[] { ("chief_of_state", c.ChiefOfState), ("head_of_government", c.HeadOfGovernment) })
            {
                foreach (var (title, person, since) in ParseExecutive(text))
                {
                    leaderLines.Add(string.Join('\t', iso[c.Gec], office, title, person, since ?? string.Empty, string.Empty, "factbook-2026-01"));
                }
            }
        }

        var isoByCountryName = countries.Where(c => iso.ContainsKey(c.Gec) && c.ShortName is not null)
            .GroupBy(c => c.ShortName!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => iso[g.First().Gec], StringComparer.OrdinalIgnoreCase);
        foreach (var row in Csv.Read(Path.Combine(dataRoot, "leaders", "world-leaders-2021", "wikidata.csv")).Skip(1))
        {
            if (row.Count < 8 || !(isoByCountryName.TryGetValue(row[1], out string? code) || isoByName.TryGetValue(row[1], out code)))
            {
                continue;
            }

            leaderLines.Add(string.Join('\t', code, "office", row[3], row[5], row[6], row[7], "wikidata-2021"));
        }

        written.Add(Write(
            Path.Combine(outputFolder, "leaders.tsv"),
            "ISO3 <TAB> office (chief_of_state | head_of_government | office) <TAB> title <TAB> name <TAB> from <TAB> to <TAB> source; dates as the source gives them (ISO date or year), empty when unknown",
            "CIA World Factbook executive branch (public domain, refreshed 2026-01-22); every-politician-scrapers/world-leaders-2021 data/wikidata.csv (Wikidata, CC0)",
            "public domain / CC0",
            leaderLines.Distinct(StringComparer.Ordinal).OrderBy(l => l, StringComparer.Ordinal)));

        written.Add(Write(
            Path.Combine(outputFolder, "leaders-current.tsv"),
            "ISO3 <TAB> office (head_of_state | head_of_government) <TAB> title <TAB> name <TAB> since <TAB> wikidata id",
            "open-data-archive/world-leaders-current@b06a144 (Wikidata + Wikipedia, snapshot 2026-08-22), attribution: world-leaders-current contributors, Wikidata and Wikipedia editors",
            "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); this table is a derivative and carries the same licence",
            CurrentLeaders(Path.Combine(dataRoot, "leaders", "world-leaders-current", "data", "countries"), isoByName, isoByCountryName)));

        written.Add(Write(
            Path.Combine(outputFolder, "roles.tsv"),
            "role phrase (lower case) <TAB> CAMEO sector code (GOV, MIL, COP, JUD, LEG, OPP, REB, BUS, MED, ...)",
            "PETRARCH Phoenix.agents.txt (universal-petrarch, MIT, Open Event Data Alliance): agent nouns and their ~SECTOR codes, macros expanded",
            "MIT (derived from the PETRARCH dictionaries; copyright (c) 2014 Open Event Data Alliance)",
            Roles(Path.Combine(dataRoot, "events", "universal-petrarch", "dictionaries", "Phoenix.agents.txt"))));

        var known = new HashSet<string>(countries.SelectMany(c => new[] { c.ShortName, c.LongName, c.LocalShortName, c.Adjective, c.NationalityNoun }).Where(n => n is not null).Select(n => n!.ToUpperInvariant()), StringComparer.Ordinal);
        var placeLines = petrarch
            .Where(a => a.CountryCode is not null && iso.ContainsValue(a.CountryCode))
            .SelectMany(a => a.Names.Skip(1).Select(n => (Name: n, Code: a.CountryCode!)))
            .Where(p => !known.Contains(p.Name) && p.Name.Length > 2 && p.Name.All(ch => char.IsLetter(ch) || ch is ' ' or '-' or '.' or '\''))
            .Select(p => $"{TitleCase(p.Name.ToUpperInvariant()).Replace(" ", " ", StringComparison.Ordinal)}\t{p.Code}")
            .Distinct(StringComparer.Ordinal)
            .OrderBy(l => l, StringComparer.Ordinal);
        written.Add(Write(
            Path.Combine(outputFolder, "places.tsv"),
            "place name <TAB> ISO3 of the country it lies in (cities, regions and other names PETRARCH lists under a country; spelling variants of the country itself included)",
            "PETRARCH Phoenix.Countries.actors.txt (universal-petrarch; CountryInfo.140130), aliases of country entries",
            "MIT (derived from the PETRARCH dictionaries; copyright (c) 2014 Open Event Data Alliance)",
            placeLines));

        if (unmapped.Count > 0)
        {
            written.Add($"(no ISO-3 code for {unmapped.Count} Factbook profiles: {string.Join(", ", unmapped.Take(12))}…)");
        }

        return written;
    }

    /// <summary>"President Masoud PEZESHKIAN (since 30 July 2024); First Vice President …" → (title, name, since).</summary>
    public static IEnumerable<(string Title, string Name, string? Since)> ParseExecutive(string? text)
    {
        if (text is null)
        {
            yield break;
        }

        foreach (string clause in text.Split(';', StringSplitOptions.TrimEntries))
        {
            Match m = Since().Match(clause);
            string head = m.Success ? clause[..m.Index].Trim() : clause.Trim();
            var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            int t = 0;
            while (t < words.Length - 1 && TitleVocabulary.Contains(words[t].TrimEnd(',')))
            {
                t++;
            }

            if (t == 0 || t == words.Length || !words[t..].Any(w => UpperRun().IsMatch(w)))
            {
                continue;
            }

            string title = string.Join(' ', words[..t]);
            string name = string.Join(' ', words[t..].Select(TitleCase));
            string? since = m.Success ? IsoDate(m.Groups["since"].Value.Trim()) : null;
            yield return (title, name, since);
        }
    }

    private static readonly HashSet<string> TitleVocabulary = new(StringComparer.OrdinalIgnoreCase)
    {
        "president", "supreme", "leader", "prime", "minister", "premier", "king", "queen", "chief", "governor", "lieutenant",
        "vice", "first", "second", "deputy", "chairman", "chairwoman", "emir", "amir", "sultan", "crown", "prince", "general",
        "secretary", "chancellor", "federal", "acting", "interim", "transitional", "head", "of", "state", "government",
        "the", "council", "executive", "co-prince", "governor-general", "grand", "duke", "sheikh", "captain", "regent",
        "commander", "chairperson", "sovereign", "pope", "taoiseach", "administrator", "mayor", "bailiff", "captains",
        "and", "prime-minister", "military", "junta", "national", "presidential", "emperor", "monarch", "co-chiefs",
    };

    private static string? IsoDate(string text)
    {
        string[] formats = ["d MMMM yyyy", "MMMM yyyy", "yyyy"];
        for (int f = 0; f < formats.Length; f++)
        {
            if (DateTime.TryParseExact(text, formats[f], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return d.ToString(f switch { 0 => "yyyy-MM-dd", 1 => "yyyy-MM", _ => "yyyy" }, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }

    private static string TitleCase(string word)
    {
        if (word.Contains(' ', StringComparison.Ordinal))
        {
            return string.Join(' ', word.Split(' ').Select(TitleCase));
        }

        if (word.Length < 2 || !word.Where(char.IsLetter).All(char.IsUpper))
        {
            return word;
        }

        var sb = new StringBuilder(word.Length);
        bool start = true;
        foreach (char ch in word)
        {
            sb.Append(start ? ch : char.ToLowerInvariant(ch));
            start = ch is '-' or '\'';
        }

        return sb.ToString();
    }

    private static IEnumerable<string> CurrentLeaders(string folder, Dictionary<string, string> isoByName, Dictionary<string, string> isoByCountryName)
    {
        foreach (string dir in Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal))
        {
            string file = Path.Combine(dir, "current.json");
            if (!File.Exists(file))
            {
                continue;
            }

            using var json = JsonDocument.Parse(File.ReadAllText(file));
            var root = json.RootElement;
            string country = root.GetProperty("country").GetProperty("name_en").GetString() ?? string.Empty;
            string code = isoByCountryName.GetValueOrDefault(country) ?? isoByName.GetValueOrDefault(country) ?? Path.GetFileName(dir).ToUpperInvariant();
            if (!root.TryGetProperty("positions", out var positions))
            {
                continue;
            }

            foreach (var position in positions.EnumerateObject())
            {
                if (!position.Value.TryGetProperty("current_holder", out var holder) || holder.ValueKind != JsonValueKind.Object)
                {
                    continue;
                }

                string Get(JsonElement e, string p) => e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;
                yield return string.Join('\t', code, position.Name, Get(position.Value, "title_en"), Get(holder, "name_en"), Get(holder, "since"), Get(holder, "wikidata_id"));
            }
        }
    }

    private static IEnumerable<string> Roles(string agentsPath)
    {
        var roles = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (string raw in File.ReadLines(agentsPath, Encoding.Latin1))
        {
            Match m = Agent().Match(raw);
            if (!m.Success)
            {
                continue;
            }

            string phrase = m.Groups["phrase"].Value;
            string sector = m.Groups["code"].Value;
            sector = sector.Length >= 3 ? sector[..3] : sector;
            foreach (string expanded in Expand(phrase))
            {
                string p = expanded.Replace('_', ' ').Trim().ToLowerInvariant();
                if (p.Length > 2 && !p.Contains('{', StringComparison.Ordinal))
                {
                    roles.TryAdd(p, sector);
                }
            }
        }

        return roles.Select(kv => $"{kv.Key}\t{kv.Value}");
    }

    private static IEnumerable<string> Expand(string phrase)
    {
        if (phrase.Contains("!MINIST!", StringComparison.Ordinal))
        {
            return new[] { "MINISTER", "MINISTERS" }.Select(x => phrase.Replace("!MINIST!", x, StringComparison.Ordinal));
        }

        if (phrase.Contains("!PERSON!", StringComparison.Ordinal))
        {
            return new[] { "MAN", "MEN", "WOMAN", "WOMEN", "PERSON" }.Select(x => phrase.Replace("!PERSON!", x, StringComparison.Ordinal));
        }

        return phrase.Contains('!', StringComparison.Ordinal) ? [] : [phrase];
    }

    private static IEnumerable<string> Alternatives(string? value)
    {
        if (value is null)
        {
            return [];
        }

        return Parenthesis().Replace(value, string.Empty).Split([",", ";", " or ", " and "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(v => v.Replace("(collective plural)", string.Empty, StringComparison.Ordinal).Trim())
            .Where(v => v.Length > 1 && char.IsUpper(v[0]) && !v.StartsWith("note", StringComparison.OrdinalIgnoreCase));
    }

    private static string Write(string path, string format, string source, string license, IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        sb.Append("# FORMAT: ").AppendLine(format);
        sb.Append("# SOURCE: ").AppendLine(source);
        sb.Append("# LICENSE: ").AppendLine(license);
        sb.AppendLine("# GENERATED: by `dossier train kb` (src/Dossier/Entities/Kb/KbBuilder.cs); do not edit by hand, edit curated-*.tsv instead");
        int count = 0;
        foreach (string line in lines)
        {
            sb.Append(line).Append('\n');
            count++;
        }

        File.WriteAllText(path, sb.ToString().ReplaceLineEndings("\n"));
        return $"{path}: {count} rows";
    }

    [GeneratedRegex(@"\((?:[a-z ]*?)since\s+(?<since>[^);]+)\)")]
    private static partial Regex Since();

    [GeneratedRegex(@"\p{Lu}{3,}")]
    private static partial Regex UpperRun();

    [GeneratedRegex(@"\([^)]*\)?")]
    private static partial Regex Parenthesis();

    [GeneratedRegex(@"^(?<phrase>[A-Z!][A-Z0-9_!\-.]*?)_?\s*(?:\{\})?\s*\[~(?<code>[A-Z]+)\]")]
    private static partial Regex Agent();
}
