using System.Text;

namespace Dossier.Entities.Ner;

/// <summary>Word shapes: <c>Xxxxx</c> → <c>Xx</c> (short) and <c>Xxxxx</c> (long, capped), digits as d.</summary>
public static class WordShape
{
    public static char Class(char c) =>
        char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;

    /// <summary>The shape with runs collapsed: "McDonald's" → "XxXx'x".</summary>
    public static string Short(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var sb = new StringBuilder(8);
        char last = '\0';
        foreach (char c in word)
        {
            char k = Class(c);
            if (k != last)
            {
                sb.Append(k);
                last = k;
            }
        }

        return sb.ToString();
    }

    /// <summary>The shape with runs longer than 4 cut: "Washington" → "Xxxxx".</summary>
    public static string Long(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var sb = new StringBuilder(word.Length);
        char last = '\0';
        int run = 0;
        foreach (char c in word)
        {
            char k = Class(c);
            run = k == last ? run + 1 : 1;
            last = k;
            if (run <= 4)
            {
                sb.Append(k);
            }
        }

        return sb.ToString();
    }

    /// <summary>The hash of <see cref="Short"/> without building the string.</summary>
    public static ulong ShortHash(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        ulong h = FeatureHash.Empty;
        char last = '\0';
        foreach (char c in word)
        {
            char k = Class(c);
            if (k != last)
            {
                h = FeatureHash.Add(h, k);
                last = k;
            }
        }

        return FeatureHash.Finish(h);
    }

    /// <summary>The hash of <see cref="Long"/> without building the string.</summary>
    public static ulong LongHash(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        ulong h = FeatureHash.Empty;
        char last = '\0';
        int run = 0;
        foreach (char c in word)
        {
            char k = Class(c);
            run = k == last ? run + 1 : 1;
            last = k;
            if (run <= 4)
            {
                h = FeatureHash.Add(h, k);
            }
        }

        return FeatureHash.Finish(h);
    }

    public static bool IsCapitalized(string word) => word.Length > 0 && char.IsUpper(word[0]);

    public static bool HasLetter(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsAllCaps(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        bool letter = false;
        foreach (char c in word)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            letter |= char.IsLetter(c);
        }

        return letter;
    }
}
