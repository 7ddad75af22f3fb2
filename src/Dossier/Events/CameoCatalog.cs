using System.Globalization;
using Dossier.Resources;

namespace Dossier.Events;

/// <summary>
/// The CAMEO code table (<c>resources/en/events/cameo.tsv</c>): label, PLOVER category, Goldstein score and quad class
/// by code. Codes missing from the table (four-digit refinements, dictionary quirks) fall back to their parent.
/// </summary>
public sealed class CameoCatalog
{
    private readonly Dictionary<string, CameoEntry> entries;

    public CameoCatalog(IEnumerable<CameoEntry> entries) =>
        this.entries = (entries ?? throw new ArgumentNullException(nameof(entries))).ToDictionary(e => e.Code, StringComparer.Ordinal);

    public int Count => entries.Count;

    /// <summary>Loads <c>cameo.tsv</c>: code, label, PLOVER event, mode, context, Goldstein, quad class.</summary>
    public static CameoCatalog Load(string? path = null)
    {
        var file = ResourceFile.Load(path ?? ResourceLocator.Resource("en", "events", "cameo.tsv"));
        var list = new List<CameoEntry>();
        foreach (var line in file.Lines)
        {
            string[] f = line.Text.Split('\t');
            if (f.Length < 7)
            {
                throw new InvalidDataException($"DOS0622: {file.Where(line)} has {f.Length} fields; cameo.tsv lines are code, label, plover, mode, context, goldstein, quad.");
            }

            list.Add(new CameoEntry(
                f[0],
                f[1],
                Optional(f[2]),
                Optional(f[3]),
                Optional(f[4]),
                double.TryParse(f[5], NumberStyles.Float, CultureInfo.InvariantCulture, out double g) ? g : null,
                int.Parse(f[6], CultureInfo.InvariantCulture)));
        }

        if (path is null)
        {
            // Dossier's own event types for what CAMEO does not code (deaths, changes of office), so they have labels too.
            foreach (var rule in TransitionRule.LoadDefault().DistinctBy(r => r.Code))
            {
                list.Add(new CameoEntry(rule.Code, rule.Label, rule.Category, null, null, null, 0));
            }
        }

        return new CameoCatalog(list);
    }

    /// <summary>The entry for a code or its nearest listed parent (<c>0331</c> → <c>033</c>), or null.</summary>
    public CameoEntry? Find(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        for (string c = code; c.Length >= 3; c = c[..^1])
        {
            if (entries.TryGetValue(c, out var entry))
            {
                return entry;
            }
        }

        return null;
    }

    /// <summary>The label of a code, or the code itself when unknown.</summary>
    public string Label(string code) => Find(code)?.Label ?? code;

    /// <summary>Quad class from the cue category: 01–05 verbal cooperation, 06–08 material cooperation, 09–13 verbal conflict, 14–20 material conflict.</summary>
    public static int QuadClassOf(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (code.Length < 2 || !int.TryParse(code.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int root))
        {
            return 0;
        }

        return root switch
        {
            >= 1 and <= 5 => 1,
            >= 6 and <= 8 => 2,
            >= 9 and <= 13 => 3,
            >= 14 and <= 20 => 4,
            _ => 0,
        };
    }

    private static string? Optional(string field) => field is "-" or "" ? null : field;
}
