using System.Text;
using System.Text.RegularExpressions;

namespace Dossier.Temporal;

/// <summary>
/// Phase one: runs every rule over the text and keeps the longest non-overlapping matches (earlier rules win ties),
/// filling each rule's value template from its named groups. Matching is kept apart from resolution so it can be
/// tested on its own.
/// </summary>
public sealed partial class TimexRecognizer(TemporalRuleSet rules)
{
    private readonly IReadOnlyDictionary<string, string> numbers =
        rules.Tables.TryGetValue("number", out var n) ? n : new Dictionary<string, string>(StringComparer.Ordinal);

    public IReadOnlyList<TimexCandidate> Recognize(string text)
    {
        var all = new List<TimexCandidate>();
        foreach (var rule in rules.Rules)
        {
            Matches(rule, text, all);
        }

        all.Sort((a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : a.Rule.Order != b.Rule.Order ? a.Rule.Order.CompareTo(b.Rule.Order) : a.Start.CompareTo(b.Start));
        var kept = new List<TimexCandidate>();
        foreach (var c in all)
        {
            if (!kept.Exists(k => k.Start < c.End && c.Start < k.End))
            {
                kept.Add(c);
            }
        }

        kept.Sort((a, b) => a.Start.CompareTo(b.Start));
        return kept;
    }

    /// <summary>Adds one rule's matches in the text (all of them, overlapping others or not); public so its cost can be profiled.</summary>
    public void Matches(TemporalRule rule, string text, List<TimexCandidate> all)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(all);
        {
            try
            {
                if (rule.Anchor is null)
                {
                    Scan(rule, text, 0, text.Length, all);
                    return;
                }

                int windowEnd = -1, windowStart = -1;
                for (var a = rule.Anchor.Match(text); a.Success; a = a.NextMatch())
                {
                    int ws = WordStart(text, Math.Max(0, a.Index - WindowBefore));
                    int we = WordEnd(text, Math.Min(text.Length, a.Index + a.Length + WindowAfter));
                    if (ws > windowEnd)
                    {
                        Scan(rule, text, windowStart, windowEnd, all);
                        windowStart = ws;
                    }

                    windowEnd = Math.Max(windowEnd, we);
                }

                Scan(rule, text, windowStart, windowEnd, all);
            }
            catch (RegexMatchTimeoutException e)
            {
                throw new InvalidOperationException($"DOS0312: rule {rule} took too long on a text of {text.Length} characters; its pattern backtracks: make its repetitions unambiguous.", e);
            }
        }
    }

    private const int WindowBefore = 64;
    private const int WindowAfter = 32;

    /// <summary>Adds the rule's matches inside [start, end) that begin at a word boundary.</summary>
    private void Scan(TemporalRule rule, string text, int start, int end, List<TimexCandidate> into)
    {
        if (start < 0 || end <= start)
        {
            return;
        }

        var m = rule.Regex.Match(text, start, end - start);
        while (m.Success)
        {
            if (m.Index > 0 && char.IsLetterOrDigit(text[m.Index - 1]))
            {
                // Not at a word boundary: try again from the next character ("may" in "mayor").
                int next = m.Index + 1;
                m = next < end ? rule.Regex.Match(text, next, end - next) : Match.Empty;
                continue;
            }

            if (m.Length > 0)
            {
                into.Add(new TimexCandidate(m.Index, m.Index + m.Length, rule, Fill(rule, m))
                {
                    RawPoint = rule.PointTemplate is { } point ? Fill(point, m) : null,
                });
            }

            m = m.NextMatch();
        }
    }

    /// <summary>Moves a window start forward to the start of a word, so no match begins inside one.</summary>
    private static int WordStart(string text, int i)
    {
        while (i > 0 && i < text.Length && char.IsLetterOrDigit(text[i - 1]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Moves a window end forward past the word it falls in, so lookaheads see the word's end.</summary>
    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Fills <c>{group}</c>, <c>{group|table}</c> and <c>{group|table|default}</c> references; null when a lookup fails.</summary>
    internal string? Fill(TemporalRule rule, Match m) => Fill(rule.ValueTemplate, m);

    private string? Fill(string template, Match m)
    {
        var sb = new StringBuilder(template.Length + 8);
        int i = 0;
        while (i < template.Length)
        {
            int open = template.IndexOf('{', i);
            if (open < 0)
            {
                sb.Append(template, i, template.Length - i);
                break;
            }

            int close = template.IndexOf('}', open);
            sb.Append(template, i, open - i);
            string reference = template[(open + 1)..close];
            string[] parts = reference.Split('|');
            string raw = m.Groups[parts[0]].Success ? m.Groups[parts[0]].Value : "";
            string? filled = raw.Length == 0 && parts.Length > 2 ? parts[2] : parts.Length == 1 ? raw : Normalize(raw, parts[1]);
            if (filled is null)
            {
                return null;
            }

            sb.Append(filled);
            i = close + 1;
        }

        return sb.ToString();
    }

    private string? Normalize(string raw, string table)
    {
        if (raw.Length == 0)
        {
            return "";
        }

        switch (table)
        {
            case "num":
                return NumberWords.Parse(raw, numbers);
            case "yy":
                return $"yy({raw.TrimStart('\'', '’')})";
            default:
                string key = TemporalRuleSet.Key(raw);
                return rules.Tables[table].TryGetValue(key, out string? v) ? v
                    : key.All(char.IsAsciiDigit) ? key.PadLeft(2, '0')
                    : null;
        }
    }
}
