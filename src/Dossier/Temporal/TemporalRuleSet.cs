using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Dossier.Resources;

namespace Dossier.Temporal;

/// <summary>
/// The temporal resources, found by naming convention under one folder (<c>resources/en/temporal</c>):
/// <c>patterns/NAME.txt</c> (one regex alternative a line, referenced as <c>%NAME</c>),
/// <c>normalization/NAME.txt</c> (<c>key ⇥ value</c> lines, referenced in values as <c>{group|NAME}</c>; a
/// <c>%NAME</c> with no pattern file matches the table's keys) and <c>rules/*.rules</c> (see docs/temporal.md).
/// </summary>
public sealed partial class TemporalRuleSet
{
    private static readonly Lazy<TemporalRuleSet> DefaultSet = new(() => Load(ResourceLocator.Resource("en", "temporal")));

    private TemporalRuleSet(IReadOnlyList<TemporalRule> rules, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> tables)
    {
        Rules = rules;
        Tables = tables;
    }

    /// <summary>The rule set shipped in <c>resources/en/temporal</c>, loaded once.</summary>
    public static TemporalRuleSet Default => DefaultSet.Value;

    public IReadOnlyList<TemporalRule> Rules { get; }

    /// <summary>Normalization tables by name; keys are lower case, without trailing dots.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Tables { get; }

    public static TemporalRuleSet Load(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"DOS0300: temporal resource folder {folder} does not exist; set DOSSIER_HOME to the folder that holds resources/.");
        }

        var tables = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (string path in Files(folder, "normalization", "*.txt"))
        {
            var file = ResourceFile.Load(path);
            var table = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var line in file.Lines)
            {
                int tab = line.Text.IndexOf('\t', StringComparison.Ordinal);
                if (tab <= 0)
                {
                    throw new InvalidDataException($"DOS0301: {file.Where(line)} must be 'key<TAB>value'.");
                }

                table[Key(line.Text[..tab])] = line.Text[(tab + 1)..].Trim();
            }

            tables[Path.GetFileNameWithoutExtension(path)] = table;
        }

        var patterns = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in Files(folder, "patterns", "*.txt"))
        {
            var file = ResourceFile.Load(path);
            patterns[Path.GetFileNameWithoutExtension(path)] = Alternation(file.Lines.Select(l => l.Text.Trim()));
        }

        foreach (var (name, table) in tables)
        {
            patterns.TryAdd(name, Alternation(table.Keys.Select(k => Regex.Escape(k).Replace("\\ ", "\\s+", StringComparison.Ordinal))));
        }

        var rules = new List<TemporalRule>();
        foreach (string path in Files(folder, "rules", "*.rules"))
        {
            RuleFileParser.Parse(ResourceFile.Load(path), patterns, tables, rules);
        }

        return new TemporalRuleSet(rules, tables);
    }

    /// <summary>The lookup form of a key: lower case, single spaces, no trailing dot.</summary>
    internal static string Key(string text)
    {
        var sb = new StringBuilder(text.Length);
        bool space = false;
        foreach (char c in text.Trim())
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space && sb.Length > 0)
            {
                sb.Append(' ');
            }

            space = false;
            sb.Append(char.ToLowerInvariant(c));
        }

        return sb.ToString().TrimEnd('.');
    }

    private static IEnumerable<string> Files(string folder, string sub, string glob)
    {
        string dir = Path.Combine(folder, sub);
        return Directory.Exists(dir) ? Directory.GetFiles(dir, glob).Order(StringComparer.Ordinal) : [];
    }

    /// <summary>Longest alternatives first, so "Sept." is tried before "Sep".</summary>
    private static string Alternation(IEnumerable<string> alternatives) =>
        "(?:" + string.Join('|', alternatives.Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).OrderByDescending(a => a.Length).ThenBy(a => a, StringComparer.Ordinal)) + ")";

    internal static DateOnly? ParseDay(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
