using System.Text.RegularExpressions;
using Dossier.Resources;

namespace Dossier.Ingest.Text;

/// <summary>The line rules (furniture, captions, date labels, datelines, bylines) loaded from resources.</summary>
public sealed class LineRules
{
    private static readonly Lazy<LineRules> Shared = new(() => Load(ResourceLocator.Resource("en", "ingest", "lines.rules")));

    private LineRules(IReadOnlyList<LineRule> rules) => Rules = rules;

    public static LineRules Default => Shared.Value;

    public IReadOnlyList<LineRule> Rules { get; }

    public static LineRules Load(string path)
    {
        var file = ResourceFile.Load(path);
        var rules = new List<LineRule>();
        foreach (var line in file.Lines)
        {
            string[] cols = line.Text.Split('\t');
            if (cols.Length != 4)
            {
                throw new InvalidDataException($"DOS0701: {file.Where(line)} has {cols.Length} tab-separated columns; expected kind, name, regex, example.");
            }

            LineKind kind = cols[0] switch
            {
                "furniture" => LineKind.Furniture,
                "section-end" => LineKind.SectionEnd,
                "caption-credit" => LineKind.CaptionCredit,
                "date-label" => LineKind.DateLabel,
                "dateline" => LineKind.Dateline,
                "byline-prefix" => LineKind.BylinePrefix,
                _ => throw new InvalidDataException($"DOS0702: {file.Where(line)} names kind '{cols[0]}', which does not exist (furniture, section-end, caption-credit, date-label, dateline, byline-prefix)."),
            };

            // Linear-time matching: no rule can backtrack catastrophically, so no wall-clock timeout is needed
            // (a timeout fires spuriously on a loaded machine).
            Regex regex;
            try
            {
                regex = new Regex(cols[2], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidDataException($"DOS0703: {file.Where(line)} has an invalid pattern: {ex.Message}", ex);
            }

            rules.Add(new LineRule(kind, cols[1], regex, cols[3], file.Where(line)));
        }

        return new LineRules(rules);
    }

    /// <summary>The first rule that matches the trimmed line, or null.</summary>
    public (LineRule Rule, Match Match)? Classify(string trimmed)
    {
        foreach (var rule in Rules)
        {
            var m = rule.Pattern.Match(trimmed);
            if (m.Success)
            {
                return (rule, m);
            }
        }

        return null;
    }
}
