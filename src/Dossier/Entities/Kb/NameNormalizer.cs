using System.Globalization;
using System.Text;

namespace Dossier.Entities.Kb;

/// <summary>
/// Normalises person and place names for matching: lower case, no diacritics, common transliteration variants
/// folded (Mohammed/Muhammad → mohammad, Sergei → sergey, Dmitri → dmitry) and the Arabic article dropped
/// (al-Assad → assad), so spelling variants of one name compare equal.
/// </summary>
public static class NameNormalizer
{
    private static readonly Dictionary<string, string> Variants = new(StringComparer.Ordinal)
    {
        ["mohammed"] = "mohammad", ["muhammad"] = "mohammad", ["mohamed"] = "mohammad", ["muhammed"] = "mohammad",
        ["mohamad"] = "mohammad", ["sergei"] = "sergey", ["sergej"] = "sergey", ["dmitri"] = "dmitry", ["dmitriy"] = "dmitry",
        ["alexei"] = "alexey", ["aleksei"] = "alexey", ["aleksey"] = "alexey", ["yuri"] = "yury", ["yuriy"] = "yury",
        ["andrei"] = "andrey", ["nikolai"] = "nikolay", ["mikhail"] = "mikhail", ["hossein"] = "hosein", ["hussein"] = "hosein",
        ["raeisi"] = "raisi", ["ahmad"] = "ahmad", ["ahmed"] = "ahmad", ["abdollah"] = "abdullah", ["abdallah"] = "abdullah",
        ["vladimir"] = "vladimir", ["khamenei"] = "khamenei", ["hoseini-khamenei"] = "khamenei",
    };

    /// <summary>The normalised tokens of a name.</summary>
    public static string[] Tokens(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        string folded = RemoveDiacritics(name).ToLowerInvariant().Replace('\u2019', '\'');
        var tokens = new List<string>();
        foreach (string raw in folded.Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            string t = raw.Trim('.', ',', '"', '(', ')');
            if (t.EndsWith("'s", StringComparison.Ordinal))
            {
                t = t[..^2];
            }

            foreach (string prefix in new[] { "al-", "el-", "al " })
            {
                if (t.StartsWith(prefix, StringComparison.Ordinal) && t.Length > prefix.Length + 2)
                {
                    t = t[prefix.Length..];
                }
            }

            if (t.Length == 0 || t is "mr" or "mrs" or "ms" or "dr" or "ayatollah" or "sheikh" or "hojatoleslam" or "sir" or "imam")
            {
                continue;
            }

            tokens.Add(Variants.GetValueOrDefault(t, t));
        }

        return [.. tokens];
    }

    /// <summary>The normalised name as one string.</summary>
    public static string Normalize(string name) => string.Join(' ', Tokens(name));

    /// <summary>A slug for ids: normalised tokens joined by hyphens, letters and digits only.</summary>
    public static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (char c in Normalize(name))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        return sb.ToString().Trim('-');
    }

    private static string RemoveDiacritics(string text)
    {
        string d = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (char c in d)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}
