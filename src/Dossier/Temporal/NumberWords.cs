using System.Globalization;

namespace Dossier.Temporal;

/// <summary>
/// Reads cardinal numbers written in digits ("180", "1,200") or words ("twenty four", "two-year", "a couple of")
/// using the word table from <c>normalization/number.txt</c>; a word that maps to <c>X</c> ("several", "few")
/// makes the whole number unknown, which TimeML writes as <c>X</c> (<c>PXY</c>).
/// </summary>
internal static class NumberWords
{
    public static string? Parse(string text, IReadOnlyDictionary<string, string> words)
    {
        string trimmed = text.Trim();
        string digits = trimmed.Replace(",", "", StringComparison.Ordinal);
        if (digits.Length > 0 && digits.All(c => char.IsAsciiDigit(c) || c == '.'))
        {
            return decimal.TryParse(digits, NumberStyles.Number, CultureInfo.InvariantCulture, out decimal d)
                ? d.ToString(CultureInfo.InvariantCulture)
                : null;
        }

        long total = 0, current = 0;
        bool any = false;
        string[] parts = trimmed.Split([' ', '-', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++)
        {
            string w = parts[i].ToLowerInvariant();
            if (i == 0 && parts.Length > 1 && w is "a" or "an")
            {
                // "a couple of", "a hundred": the article is not a one.
                continue;
            }

            if (w is "and" or "of")
            {
                continue;
            }

            if (!words.TryGetValue(w, out string? v))
            {
                return null;
            }

            if (v == "X")
            {
                return "X";
            }

            long n = long.Parse(v, CultureInfo.InvariantCulture);
            any = true;
            if (n == 100)
            {
                current = Math.Max(current, 1) * 100;
            }
            else if (n >= 1000)
            {
                total += Math.Max(current, 1) * n;
                current = 0;
            }
            else
            {
                current += n;
            }
        }

        return any ? (total + current).ToString(CultureInfo.InvariantCulture) : null;
    }
}
