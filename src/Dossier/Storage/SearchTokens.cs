using System.Text;

namespace Dossier.Storage;

/// <summary>
/// Dossier's search tokenizer, the same on both sides of a search: runs of letters and digits, lower-cased, with the
/// accents of Latin letters removed (as SQLite's unicode61 tokenizer with remove_diacritics does). Combining marks
/// inside a word are dropped, not treated as breaks.
/// </summary>
public static class SearchTokens
{
    // Lower-case Latin-1 and Latin Extended-A letters (U+00E0..U+017F) and their unaccented base; others stay as they are.
    private const string FoldFrom = "àáâãäåçèéêëìíîïñòóôõöøùúûüýÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňōŏőŕŗřśŝşšţťŧũūŭůűųŵŷźżž";
    private const string FoldTo = "aaaaaaceeeeiiiinoooooouuuuyyaaaccccddeeeeegggghhiiiiijklllllnnnooorrrsssstttuuuuuuwyzzz";

    /// <summary>The tokens of <paramref name="text"/> with their offsets, in order.</summary>
    public static List<(int Start, int End, string Term)> Tokenize(string text)
    {
        var tokens = new List<(int, int, string)>();
        var term = new StringBuilder();
        int start = -1;
        for (int i = 0; i < text.Length;)
        {
            var status = Rune.DecodeFromUtf16(text.AsSpan(i), out Rune rune, out int used);
            bool word = status == System.Buffers.OperationStatus.Done && (Rune.IsLetterOrDigit(rune) || Rune.IsNumber(rune));
            bool mark = status == System.Buffers.OperationStatus.Done && Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.NonSpacingMark;
            if (word || (mark && start >= 0))
            {
                if (start < 0)
                {
                    start = i;
                }

                if (word)
                {
                    Append(term, Rune.ToLowerInvariant(rune));
                }
            }
            else if (start >= 0)
            {
                tokens.Add((start, i, term.ToString()));
                term.Clear();
                start = -1;
            }

            i += Math.Max(1, used);
        }

        if (start >= 0)
        {
            tokens.Add((start, text.Length, term.ToString()));
        }

        return tokens;
    }

    /// <summary>The folded form of one word (as a query word is compared).</summary>
    public static string Fold(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var rune in word.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) != System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                Append(sb, Rune.ToLowerInvariant(rune));
            }
        }

        return sb.ToString();
    }

    /// <summary>A tsvector literal: each token quoted, with its 1-based position, so phrases can be matched.</summary>
    public static string ToTsVector(string text)
    {
        var sb = new StringBuilder();
        int position = 0;
        foreach (var (_, _, term) in Tokenize(text))
        {
            // tsvector positions stop at 16383; later words stay searchable as words, not as parts of phrases.
            position = Math.Min(position + 1, 16383);
            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(Quote(term)).Append(':').Append(position);
        }

        return sb.ToString();
    }

    /// <summary>A lexeme quoted for a tsvector or tsquery literal (backslash and quote escaped).</summary>
    public static string Quote(string term) =>
        "'" + term.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'";

    private static void Append(StringBuilder sb, Rune rune)
    {
        int at = rune.Value <= 0xFFFF ? FoldFrom.IndexOf((char)rune.Value, StringComparison.Ordinal) : -1;
        if (at >= 0)
        {
            sb.Append(FoldTo[at]);
        }
        else
        {
            sb.Append(rune.ToString());
        }
    }
}
