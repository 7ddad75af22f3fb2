namespace Dossier.Text;

/// <summary>
/// A coarse class of a token for the sentence-boundary features: web forms, numbers, dates and clock times, and
/// words by case. Word shapes tell "Xxxxx" from "xxxx" but not a URL from a file name; in e-mail and forum text,
/// lines of addresses, links, attachments and time stamps end sentences without any final punctuation, and the
/// classifier generalises over them only when they share one feature value whatever their letters.
/// </summary>
internal static class TokenKind
{
    public const ulong Url = 1;
    public const ulong Email = 2;
    public const ulong FileName = 3;
    public const ulong ClockTime = 4;
    public const ulong Date = 5;
    public const ulong Number = 6;
    public const ulong Upper = 7;
    public const ulong Capitalised = 8;
    public const ulong Lower = 9;
    public const ulong Mixed = 10;
    public const ulong Terminal = 11;
    public const ulong Punctuation = 12;
    public const ulong Other = 13;

    public static ulong Of(ReadOnlySpan<char> token)
    {
        if (token.IsEmpty)
        {
            return Other;
        }

        if (IsUrl(token))
        {
            return Url;
        }

        if (IsEmail(token))
        {
            return Email;
        }

        int letters = 0, upper = 0, digits = 0, others = 0;
        foreach (char c in token)
        {
            if (char.IsLetter(c))
            {
                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else
            {
                others++;
            }
        }

        if (letters == 0 && digits == 0)
        {
            char c = CharClass.IsDash(token[0]) ? '-' : token[0];
            return token.Length <= 3 && CharClass.IsTerminal(c) ? Terminal : Punctuation + ((ulong)c << 8);
        }

        if (letters == 0)
        {
            return NumberKind(token);
        }

        if (others > 0 && IsFileName(token))
        {
            return FileName;
        }

        if (digits > 0 || others > 0)
        {
            return Mixed;
        }

        if (upper == letters)
        {
            return token.Length > 1 ? Upper : Capitalised;
        }

        if (upper == 0)
        {
            return Lower;
        }

        return char.IsUpper(token[0]) ? Capitalised : Mixed;
    }

    /// <summary>True for a link or an e-mail address (<see cref="Url"/> or <see cref="Email"/>), without classifying further.</summary>
    public static bool IsWebForm(ReadOnlySpan<char> token) => IsUrl(token) || IsEmail(token);

    private static bool IsUrl(ReadOnlySpan<char> token) =>
        token.Contains("://", StringComparison.Ordinal) || token.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    private static bool IsEmail(ReadOnlySpan<char> token) =>
        token.Length > 3 && token.IndexOf('@') is > 0 and int at && token[(at + 1)..].Contains('.');

    private static ulong NumberKind(ReadOnlySpan<char> token)
    {
        if (token.Contains(':'))
        {
            return ClockTime;
        }

        return token.Count('/') == 2 || (token.Count('-') == 2 && token.Length <= 10 && token.IndexOf('-') <= 4) ? Date : Number;
    }

    /// <summary>"report.doc", "API.pdf": letters, a final dot and an extension of two to four letters.</summary>
    private static bool IsFileName(ReadOnlySpan<char> token)
    {
        int dot = token.LastIndexOf('.');
        if (dot < 1 || token.Length - dot - 1 is < 2 or > 4)
        {
            return false;
        }

        foreach (char c in token[(dot + 1)..])
        {
            if (!char.IsAsciiLetter(c))
            {
                return false;
            }
        }

        return char.IsLetterOrDigit(token[dot - 1]);
    }
}
