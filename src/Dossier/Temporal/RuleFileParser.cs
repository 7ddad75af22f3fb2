using System.Text.RegularExpressions;
using Dossier.Resources;

namespace Dossier.Temporal;

/// <summary>
/// Reads a <c>.rules</c> file: blocks that start with <c>rule NAME</c>, followed by <c>type</c>, <c>match</c>,
/// <c>value</c>, optional <c>mod</c>, <c>anchor</c> and <c>point</c>, and at least one
/// <c>example SENTENCE =&gt; EXTENT = VALUE</c> line (<c>= VALUE @ POINT</c> for a rule with a point). Pattern
/// references (<c>%Month</c>) are expanded here, so a misspelt one fails at load time with its line.
/// </summary>
internal static partial class RuleFileParser
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture;

    public static void Parse(ResourceFile file, IReadOnlyDictionary<string, string> patterns, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> tables, List<TemporalRule> into)
    {
        DateOnly? dct = file.Header.TryGetValue("DCT", out string? d) ? TemporalRuleSet.ParseDay(d.Split(' ')[0]) : null;
        Block? block = null;
        foreach (var line in file.Lines)
        {
            string text = line.Text.Trim();
            int space = text.IndexOf(' ', StringComparison.Ordinal);
            string key = space < 0 ? text : text[..space];
            string rest = space < 0 ? "" : text[(space + 1)..].Trim();
            if (key == "rule")
            {
                Finish(block, file, patterns, tables, into);
                block = new Block(rest, file.Where(line));
                continue;
            }

            if (block is null)
            {
                throw new InvalidDataException($"DOS0303: {file.Where(line)} '{key}' comes before any 'rule NAME' line.");
            }

            switch (key)
            {
                case "type": block.Type = rest; break;
                case "match": block.Match = rest; break;
                case "value": block.Value = rest; break;
                case "mod": block.Mod = rest; break;
                case "anchor": block.Anchor = rest; break;
                case "point": block.Point = rest; break;
                case "example": block.Examples.Add(ParseExample(rest, dct, file.Where(line))); break;
                default: throw new InvalidDataException($"DOS0304: {file.Where(line)} unknown key '{key}'; use type, match, value, mod, anchor, point or example.");
            }
        }

        Finish(block, file, patterns, tables, into);
    }

    private static RuleExample ParseExample(string text, DateOnly? dct, string where)
    {
        int arrow = text.LastIndexOf(" => ", StringComparison.Ordinal);
        int eq = arrow < 0 ? -1 : text.LastIndexOf(" = ", StringComparison.Ordinal);
        if (arrow < 0 || eq < arrow)
        {
            throw new InvalidDataException($"DOS0305: {where} example must read 'SENTENCE => EXTENT = VALUE'.");
        }

        string value = text[(eq + 3)..].Trim();
        int at = value.IndexOf(" @ ", StringComparison.Ordinal);
        return at < 0
            ? new RuleExample(text[..arrow], text[(arrow + 4)..eq].Trim(), value, dct, where)
            : new RuleExample(text[..arrow], text[(arrow + 4)..eq].Trim(), value[..at].Trim(), dct, where) { Point = value[(at + 3)..].Trim() };
    }

    private static void Finish(Block? b, ResourceFile file, IReadOnlyDictionary<string, string> patterns, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> tables, List<TemporalRule> into)
    {
        if (b is null)
        {
            return;
        }

        if (b.Type is not ("DATE" or "TIME" or "DURATION" or "SET") || b.Match is null || b.Value is null)
        {
            throw new InvalidDataException($"DOS0306: {b.Where} rule '{b.Name}' needs 'type' (DATE, TIME, DURATION or SET), 'match' and 'value'.");
        }

        if (b.Examples.Count == 0)
        {
            throw new InvalidDataException($"DOS0307: {b.Where} rule '{b.Name}' has no 'example' line; every rule carries one that the tests run.");
        }

        if (b.Point is not null && (b.Type != "DURATION" || b.Examples.Any(e => e.Point is null)))
        {
            throw new InvalidDataException($"DOS0313: {b.Where} rule '{b.Name}' has a 'point': only a DURATION can, and each of its examples must give it ('=> EXTENT = VALUE @ POINT').");
        }

        if (b.Point is null && b.Examples.Any(e => e.Point is not null))
        {
            throw new InvalidDataException($"DOS0313: {b.Where} rule '{b.Name}' has an example with a point ('@') but no 'point' line.");
        }

        foreach (Match m in TableReference().Matches(b.Value + " " + b.Point))
        {
            string table = m.Groups["table"].Value;
            if (table is not ("num" or "yy") && !tables.ContainsKey(table))
            {
                throw new InvalidDataException($"DOS0308: {b.Where} rule '{b.Name}' normalizes with table '{table}', which has no file normalization/{table}.txt.");
            }
        }

        string expanded = Expand(b.Match, patterns, b, 0);
        Regex regex;
        Regex? anchor = null;
        try
        {
            // The word boundary before a match is checked by the recognizer, not here: a leading lookbehind would
            // stop the regex engine from searching for the pattern's first characters with vectorized scans.
            regex = new Regex(@"(?:" + expanded + @")(?![\p{L}\p{N}])", Options, TimeSpan.FromSeconds(30));
            if (b.Anchor is not null)
            {
                anchor = new Regex(@"(?:" + Expand(b.Anchor, patterns, b, 0) + ")", Options, TimeSpan.FromSeconds(30));
            }
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"DOS0309: {b.Where} rule '{b.Name}' has an invalid pattern: {e.Message}", e);
        }

        into.Add(new TemporalRule(b.Name, b.Type, regex, b.Value, b.Mod, b.Examples, b.Where, into.Count) { Anchor = anchor, PointTemplate = b.Point });
    }

    private static string Expand(string match, IReadOnlyDictionary<string, string> patterns, Block b, int depth) =>
        PatternReference().Replace(match, m =>
        {
            string name = m.Groups["name"].Value;
            if (!patterns.TryGetValue(name, out string? alt))
            {
                throw new InvalidDataException($"DOS0302: {b.Where} rule '{b.Name}' names pattern %{name}, which has no file patterns/{name}.txt or normalization/{name}.txt.");
            }

            return depth < 4 ? Expand(alt, patterns, b, depth + 1) : alt;
        });

    [GeneratedRegex(@"%(?<name>[A-Za-z][A-Za-z0-9]*)")]
    private static partial Regex PatternReference();

    [GeneratedRegex(@"\{[a-z0-9]+\|(?<table>[A-Za-z0-9]+)(?:\|[^}]*)?\}")]
    internal static partial Regex TableReference();

    private sealed class Block(string name, string where)
    {
        public string Name { get; } = name;

        public string Where { get; } = where;

        public string? Type { get; set; }

        public string? Match { get; set; }

        public string? Value { get; set; }

        public string? Mod { get; set; }

        public string? Anchor { get; set; }

        public string? Point { get; set; }

        public List<RuleExample> Examples { get; } = [];
    }
}
