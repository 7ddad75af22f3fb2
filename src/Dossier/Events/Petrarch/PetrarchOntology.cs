using System.Globalization;

namespace Dossier.Events.Petrarch;

/// <summary>
/// PETRARCH's internal coding ontology (PICO): each CAMEO code as a hexadecimal value whose digits are the cue
/// category and its refinements (<c>033:0x3040</c> = intend + aid), so that an embedding verb and an embedded event
/// combine by addition ("will" 0x3000 + "help" 0x0040 = 0x3040 = 033). Lines like <c>110:0x1007f#...</c> keep their
/// first value; negative and composite values (<c>-0xFFFF+0x0070</c>) are summed.
/// </summary>
public sealed class PetrarchOntology
{
    private readonly Dictionary<string, int> toValue = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> toCode = [];

    public int Count => toValue.Count;

    public static PetrarchOntology Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"DOS0606: PETRARCH coding ontology {path} does not exist; pass the folder that holds it with --dictionaries.", path);
        }

        var ontology = new PetrarchOntology();
        foreach (string raw in File.ReadLines(path))
        {
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            string code = line[..colon].Trim();
            string expression = line[(colon + 1)..].Split('#')[0].Trim();
            if (TryEvaluate(expression, out int value))
            {
                ontology.toValue[code] = value;
                ontology.toCode.TryAdd(value, code);
            }
        }

        return ontology;
    }

    public int? ValueOf(string code) => toValue.TryGetValue(code, out int v) ? v : null;

    public string? CodeOf(int value) => toCode.TryGetValue(value, out string? c) ? c : null;

    /// <summary>
    /// Combines an embedding verb's code with its embedded event's code (<c>030</c> + <c>070</c> → <c>033</c>), or null
    /// when the sum is not a code: the embedding code must be a bare cue category (its low three digits zero).
    /// </summary>
    public string? Combine(string outer, string inner)
    {
        if (ValueOf(outer) is not { } o || ValueOf(inner) is not { } i || (o & 0x0FFF) != 0 || o <= 0 || (i & 0xF000) != 0)
        {
            return null;
        }

        return CodeOf(o + i);
    }

    /// <summary>
    /// The code of the negated event: PICO writes negation as ±0xFFFF (110 "disapprove" = 0xFFFF + 0x0080 "cooperate";
    /// 121 "reject material cooperation" = -0xFFFF + 0x0070), so "not X" is whichever of X ∓ 0xFFFF is a code.
    /// </summary>
    public string? Negate(string code)
    {
        if (ValueOf(code) is not { } v)
        {
            return null;
        }

        string? down = CodeOf(v - 0xFFFF), up = CodeOf(v + 0xFFFF);
        if (down is not null && up is not null)
        {
            return Math.Abs(v - 0xFFFF) <= Math.Abs(v + 0xFFFF) ? down : up;
        }

        return down ?? up;
    }

    private static bool TryEvaluate(string expression, out int value)
    {
        value = 0;
        foreach (string raw in expression.Replace("-", "+-", StringComparison.Ordinal).Split('+', StringSplitOptions.RemoveEmptyEntries))
        {
            string term = raw.Trim();
            bool negative = term.StartsWith('-');
            term = term.TrimStart('-');
            if (!term.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
                || !int.TryParse(term.AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out int v))
            {
                return false;
            }

            value += negative ? -v : v;
        }

        return true;
    }
}
