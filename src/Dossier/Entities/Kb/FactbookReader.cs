using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dossier.Entities.Kb;

/// <summary>
/// Reads the Factbook JSON profiles (<c>&lt;region&gt;/&lt;gec&gt;.json</c>, fields as <c>{"text": …}</c> under section
/// names). Values are HTML-decoded, tags removed, and "none" treated as absent.
/// </summary>
public static partial class FactbookReader
{
    public static List<FactbookCountry> ReadAll(string factbookFolder)
    {
        var countries = new List<FactbookCountry>();
        foreach (string region in Directory.EnumerateDirectories(factbookFolder).Order(StringComparer.Ordinal))
        {
            string regionName = Path.GetFileName(region);
            if (regionName is "meta" or "world" or "oceans" or "antarctica")
            {
                continue;
            }

            foreach (string file in Directory.EnumerateFiles(region, "*.json").Order(StringComparer.Ordinal))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file));
                countries.Add(Read(Path.GetFileNameWithoutExtension(file), regionName, json.RootElement));
            }
        }

        return countries;
    }

    private static FactbookCountry Read(string gec, string region, JsonElement root)
    {
        string? Field(params string[] path)
        {
            var e = root;
            foreach (string p in path)
            {
                if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(p, out e))
                {
                    return null;
                }
            }

            return e.ValueKind == JsonValueKind.Object && e.TryGetProperty("text", out var t) ? Clean(t.GetString()) : null;
        }

        string? divisions = Field("Government", "Administrative divisions");
        string? parties = root.TryGetProperty("Government", out var gov) && gov.TryGetProperty("Political parties", out var pp) && pp.TryGetProperty("text", out var pt)
            ? pt.GetString()
            : null;
        return new FactbookCountry(
            gec,
            region,
            Field("Government", "Country name", "conventional long form"),
            Field("Government", "Country name", "conventional short form"),
            Field("Government", "Country name", "local long form"),
            Field("Government", "Country name", "local short form"),
            Field("Government", "Country name", "former"),
            Field("Government", "Country name", "abbreviation"),
            Field("Government", "Capital", "name"),
            Field("People and Society", "Nationality", "noun"),
            Field("People and Society", "Nationality", "adjective"),
            Field("Government", "Executive branch", "chief of state"),
            Field("Government", "Executive branch", "head of government"),
            SplitDivisions(divisions),
            SplitParties(parties));
    }

    /// <summary>Decodes entities, drops tags and notes, collapses spaces; "none" and empty become null.</summary>
    public static string? Clean(string? text)
    {
        if (text is null)
        {
            return null;
        }

        string s = WebUtility.HtmlDecode(Tags().Replace(text, " "));
        s = Spaces().Replace(s, " ").Trim();
        return s.Length == 0 || s.StartsWith("none", StringComparison.OrdinalIgnoreCase) ? null : s;
    }

    private static List<string> SplitDivisions(string? text)
    {
        if (text is null)
        {
            return [];
        }

        int semi = text.IndexOf(';', StringComparison.Ordinal);
        string list = semi >= 0 ? text[(semi + 1)..] : text;
        int note = list.IndexOf("note", StringComparison.Ordinal);
        list = note >= 0 ? list[..note] : list;
        return list.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Parenthesis().Replace(d, string.Empty).Replace("*", string.Empty, StringComparison.Ordinal).Trim())
            .Where(d => d.Length > 1 && d.Length < 40 && char.IsUpper(d[0]))
            .ToList();
    }

    private static List<string> SplitParties(string? html)
    {
        if (html is null)
        {
            return [];
        }

        return Breaks().Split(html)
            .Select(p => Clean(Parenthesis().Replace(p, string.Empty)))
            .Select(p => p is null ? null : p.Split(" or ")[0].Split(" [")[0].Trim())
            .Where(p => p is { Length: > 3 and < 80 } && char.IsUpper(p[0]) && !p.StartsWith("note", StringComparison.OrdinalIgnoreCase))
            .Select(p => p!)
            .ToList();
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesis();

    [GeneratedRegex("<br ?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Breaks();
}
