using System.Globalization;

namespace Dossier.Events;

/// <summary>
/// Derives <c>cameo.tsv</c> lines from PLOVER's CAMEO2PLOVER table (code → PLOVER event, mode, context, and the
/// CAMEO name in its comment) and Dossier's Goldstein table (<c>goldstein.tsv</c>: code, weight, name).
/// </summary>
public static class CameoTableBuilder
{
    /// <summary>The table's lines (header excluded), sorted by code.</summary>
    public static IReadOnlyList<string> Build(string cameo2PloverPath, string goldsteinPath)
    {
        var goldstein = new Dictionary<string, (double Score, string Label)>(StringComparer.Ordinal);
        foreach (var line in Resources.ResourceFile.Load(goldsteinPath).Lines)
        {
            string[] f = line.Text.Split('\t');
            goldstein[f[0]] = (double.Parse(f[1], CultureInfo.InvariantCulture), f[2]);
        }

        var rows = new SortedDictionary<string, string>(StringComparer.Ordinal);
        string text = File.ReadAllText(cameo2PloverPath).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        foreach (string raw in text.Split('\n'))
        {
            string line = raw.Trim();
            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (line.Length == 0 || line.StartsWith('#') || colon < 3 || !line[..colon].All(char.IsAsciiDigit))
            {
                continue;
            }

            string code = line[..colon];
            string body = line[(colon + 1)..];
            int hash = body.IndexOf('#', StringComparison.Ordinal);
            string comment = hash < 0 ? string.Empty : body[(hash + 1)..].Trim();
            string[] parts = (hash < 0 ? body : body[..hash]).Split(',').Select(p => p.Trim()).ToArray();
            var (score, label) = Goldstein(goldstein, code);
            rows[code] = Row(code, comment.Length > 0 ? comment.ToLowerInvariant() : label, Field(parts, 0), Field(parts, 1), Field(parts, 2), score);
        }

        foreach (var (code, (score, label)) in goldstein)
        {
            // PLOVER dropped CAMEO's comment categories (01, 02): keep them with no PLOVER type.
            rows.TryAdd(code, Row(code, label, "-", "-", "-", score));
        }

        return rows.Values.ToArray();
    }

    private static (double? Score, string Label) Goldstein(Dictionary<string, (double Score, string Label)> table, string code)
    {
        for (string c = code; c.Length >= 3; c = c[..^1])
        {
            if (table.TryGetValue(c, out var v))
            {
                return (v.Score, v.Label);
            }
        }

        return (null, code);
    }

    private static string Row(string code, string label, string plover, string mode, string context, double? score) =>
        string.Join('\t', code, label, plover, mode, context, score?.ToString("0.0", CultureInfo.InvariantCulture) ?? "-", CameoCatalog.QuadClassOf(code).ToString(CultureInfo.InvariantCulture));

    private static string Field(string[] parts, int i) => i < parts.Length && parts[i].Length > 0 ? parts[i].Replace('\t', ' ') : "-";
}
