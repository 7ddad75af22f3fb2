namespace Dossier.Text;

/// <summary>Forms kept whole by rule: URLs, e-mail addresses, @handles, #hashtags and letter-dot abbreviations.</summary>
internal static class SpecialForms
{
    private static readonly string[] UrlPrefixes = ["http://", "https://", "ftp://", "www.", "mailto:"];

    /// <summary>
    /// The length of a URL, e-mail address, @handle or #hashtag starting at <paramref name="s"/> (without trailing
    /// sentence punctuation), or 0 when none starts there.
    /// </summary>
    public static int ProtectedLength(string text, int s, int e)
    {
        var chunk = text.AsSpan(s, e - s);
        foreach (string prefix in UrlPrefixes)
        {
            if (chunk.Length > prefix.Length && chunk.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return TrimUrlEnd(chunk);
            }
        }

        char first = chunk[0];
        if ((first == '@' || first == '#') && chunk.Length > 1 && (char.IsLetter(chunk[1]) || chunk[1] == '_'))
        {
            int n = 1;
            while (n < chunk.Length && (char.IsLetterOrDigit(chunk[n]) || chunk[n] == '_'))
            {
                n++;
            }

            return n;
        }

        return EmailLength(chunk);
    }

    /// <summary>True for "U.S.", "a.m.", "e.g.", "Ph.D.": two or more segments of one or two letters, each closed by a period.</summary>
    public static bool IsLetterDotSequence(ReadOnlySpan<char> word)
    {
        int segments = 0;
        int letters = 0;
        foreach (char c in word)
        {
            if (char.IsLetter(c))
            {
                if (++letters > 2)
                {
                    return false;
                }
            }
            else if (c == '.' && letters > 0)
            {
                segments++;
                letters = 0;
            }
            else
            {
                return false;
            }
        }

        return segments >= 2 && letters == 0;
    }

    /// <summary>The length of "[...]" or "[…]" (an omission in a quotation, one token in UD English) at <paramref name="s"/>, else 0.</summary>
    public static int BracketedEllipsisLength(string text, int s, int e)
    {
        var chunk = text.AsSpan(s, e - s);
        if (chunk.StartsWith("[...]", StringComparison.Ordinal))
        {
            return 5;
        }

        return chunk.StartsWith("[…]", StringComparison.Ordinal) ? 3 : 0;
    }

    private static int TrimUrlEnd(ReadOnlySpan<char> chunk)
    {
        int opens = chunk.Count('(');
        int closes = chunk.Count(')');
        int n = chunk.Length;
        while (n > 0)
        {
            char c = chunk[n - 1];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '"' or '\'' or '”' or '’' or ']' or '}' or '>' || (c == ')' && closes > opens))
            {
                if (c == ')')
                {
                    closes--;
                }

                n--;
            }
            else
            {
                break;
            }
        }

        return n;
    }

    private static int EmailLength(ReadOnlySpan<char> chunk)
    {
        int at = chunk.IndexOf('@');
        if (at <= 0)
        {
            return 0;
        }

        for (int i = 0; i < at; i++)
        {
            char c = chunk[i];
            if (!(char.IsLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-'))
            {
                return 0;
            }
        }

        int n = at + 1;
        bool dot = false;
        while (n < chunk.Length && (char.IsLetterOrDigit(chunk[n]) || chunk[n] is '.' or '-'))
        {
            dot |= chunk[n] == '.';
            n++;
        }

        while (n > at + 1 && chunk[n - 1] is '.' or '-')
        {
            n--;
        }

        return dot && n > at + 2 && char.IsLetterOrDigit(chunk[n - 1]) ? n : 0;
    }
}
