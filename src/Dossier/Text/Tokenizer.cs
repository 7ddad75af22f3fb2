using Dossier.Model;

namespace Dossier.Text;

/// <summary>
/// Splits text into tokens following Universal Dependencies English (EWT, GUM) conventions, with exact offsets:
/// whitespace separates chunks; each chunk loses its opening and closing punctuation, is split at dashes, ellipses and
/// inner punctuation, and finally at clitics ("do|n't", "Iran|'s"). URLs, e-mail addresses, @handles, #hashtags,
/// emoticons, abbreviations, initials, numbers, times and dates stay whole. Tokens never contain whitespace.
/// </summary>
public sealed class Tokenizer
{
    private const int MaxWordForLookup = 64;

    private readonly TokenizerLexicon lexicon;

    public Tokenizer(TokenizerLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        this.lexicon = lexicon;
    }

    public TokenizerLexicon Lexicon => lexicon;

    /// <summary>The tokens of <paramref name="text"/> as spans, in order.</summary>
    public List<TextSpan> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<TextSpan>(text.Length / 5 + 4);
        Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>.</summary>
    public void Tokenize(string text, List<TextSpan> output)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(output);
        int i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            int start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i > start)
            {
                Chunk(text, start, i, output);
            }
        }
    }

    private void Chunk(string text, int s, int e, List<TextSpan> output)
    {
        if (e - s <= MaxWordForLookup && lexicon.EmoticonLookup.Contains(text.AsSpan(s, e - s)))
        {
            output.Add(new TextSpan(s, e));
            return;
        }

        if (SpecialForms.BracketedEllipsisLength(text, s, e) is int ellipsis and > 0)
        {
            output.Add(new TextSpan(s, s + ellipsis));
            if (s + ellipsis < e)
            {
                Chunk(text, s + ellipsis, e, output);
            }

            return;
        }

        s = PeelLeading(text, s, e, output);
        if (s >= e)
        {
            return;
        }

        if (SpecialForms.ProtectedLength(text, s, e) is int length and > 0)
        {
            int end = s + length;
            output.Add(new TextSpan(s, end));
            if (end < e)
            {
                Chunk(text, end, e, output);
            }

            return;
        }

        int trailStart = output.Count;
        int coreEnd = PeelTrailing(text, s, e, output);
        if (output.Count > trailStart)
        {
            // Trailing pieces were appended outermost first; the core goes before them, in text order.
            var trailing = output.GetRange(trailStart, output.Count - trailStart);
            output.RemoveRange(trailStart, output.Count - trailStart);
            Middle(text, s, coreEnd, output);
            for (int k = trailing.Count - 1; k >= 0; k--)
            {
                output.Add(trailing[k]);
            }
        }
        else
        {
            Middle(text, s, coreEnd, output);
        }
    }

    private int PeelLeading(string text, int s, int e, List<TextSpan> output)
    {
        while (s < e)
        {
            char c = text[s];
            if (CharClass.IsApostrophe(c) || c == '‘')
            {
                if (KeepsLeadingApostrophe(text, s, e))
                {
                    return s;
                }

                output.Add(new TextSpan(s, s + 1));
                s++;
            }
            else if (CharClass.IsOpening(c))
            {
                output.Add(new TextSpan(s, s + 1));
                s++;
            }
            else if (CharClass.IsCurrency(c) && s + 1 < e && char.IsAsciiDigit(text[s + 1]))
            {
                output.Add(new TextSpan(s, s + 1));
                s++;
            }
            else if (CharClass.IsDash(c) || (c == '-' && s + 1 < e && text[s + 1] == '-'))
            {
                int run = RunOf(text, s, e, static ch => CharClass.IsDash(ch) || ch == '-');
                output.Add(new TextSpan(s, run));
                s = run;
            }
            else if (c is '…' || (c == '.' && s + 1 < e && text[s + 1] == '.'))
            {
                int run = RunOf(text, s, e, static ch => ch is '.' or '…');
                output.Add(new TextSpan(s, run));
                s = run;
            }
            else if (c is ',' or ';' or '!' or '?' || (c == ':' && s + 1 < e && char.IsLetter(text[s + 1])))
            {
                int run = RunOf(text, s, e, static ch => ch == ',' || ch == ';' || ch == '!' || ch == '?');
                output.Add(new TextSpan(s, Math.Max(run, s + 1)));
                s = Math.Max(run, s + 1);
            }
            else
            {
                return s;
            }
        }

        return s;
    }

    /// <summary>True when a word-initial apostrophe belongs to the word: a decade ('90s) or an elision ('em, 'n').</summary>
    private bool KeepsLeadingApostrophe(string text, int s, int e)
    {
        if (e - s < 2 || text[s] == '‘')
        {
            return false;
        }

        int end = s + 1;
        if (char.IsAsciiDigit(text[end]))
        {
            while (end < e && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            return end - s - 1 == 2 && (end == e || !char.IsLetterOrDigit(text[end]) || text[end] == 's');
        }

        Span<char> buffer = stackalloc char[8];
        int n = 0;
        buffer[n++] = '\'';
        while (end < e && char.IsLetter(text[end]) && n < buffer.Length)
        {
            buffer[n++] = char.ToLowerInvariant(text[end++]);
        }

        if (end < e && CharClass.IsApostrophe(text[end]) && n < buffer.Length)
        {
            buffer[n++] = '\'';
            end++;
        }

        bool wordEnds = end == e || !char.IsLetterOrDigit(text[end]);
        return n > 1 && wordEnds && lexicon.ElisionLookup.Contains(buffer[..n]);
    }

    /// <summary>Peels closing punctuation off the end, appending the pieces outermost first; returns the core's end.</summary>
    private int PeelTrailing(string text, int s, int e, List<TextSpan> output)
    {
        while (e > s)
        {
            char c = text[e - 1];
            if (c == '.')
            {
                int run = RunBack(text, s, e, static ch => ch is '.' or '…');
                if (e - run >= 2)
                {
                    output.Add(new TextSpan(run, e));
                    e = run;
                    continue;
                }

                if (run > s && KeepsPeriod(text, s, e))
                {
                    return e;
                }

                if (run > s && IsTerminalRun(text[e - 2]))
                {
                    int r = RunBack(text, s, e, static ch => ch is '.' or '!' or '?');
                    output.Add(new TextSpan(r, e));
                    e = r;
                    continue;
                }

                output.Add(new TextSpan(e - 1, e));
                e--;
            }
            else if (c is '!' or '?' or '‼' or '⁇' or '⁈' or '⁉')
            {
                int run = RunBack(text, s, e, static ch => ch is '.' or '!' or '?' or '‼' or '⁇' or '⁈' or '⁉');
                output.Add(new TextSpan(run, e));
                e = run;
            }
            else if (c == '…')
            {
                int run = RunBack(text, s, e, static ch => ch is '.' or '…');
                output.Add(new TextSpan(run, e));
                e = run;
            }
            else if (c is ',' or ';' or ':' or '%' or '‰')
            {
                output.Add(new TextSpan(e - 1, e));
                e--;
            }
            else if (CharClass.IsClosing(c))
            {
                output.Add(new TextSpan(e - 1, e));
                e--;
            }
            else if (CharClass.IsDash(c) || (c == '-' && e - 2 >= s && text[e - 2] == '-'))
            {
                int run = RunBack(text, s, e, static ch => CharClass.IsDash(ch) || ch == '-');
                output.Add(new TextSpan(run, e));
                e = run;
            }
            else
            {
                return e;
            }
        }

        return e;
    }

    private static bool IsTerminalRun(char c) => c is '!' or '?';

    /// <summary>True when the word <c>[s, e)</c>, which ends in a period, keeps it: an abbreviation or an initial.</summary>
    private bool KeepsPeriod(string text, int s, int e)
    {
        var word = text.AsSpan(s, e - s);
        if (word.Length <= MaxWordForLookup && lexicon.AbbreviationLookup.Contains(word))
        {
            return true;
        }

        // An initial: "W." in "George W. Bush".
        if (word.Length == 2 && char.IsUpper(word[0]))
        {
            return true;
        }

        return SpecialForms.IsLetterDotSequence(word);
    }

    /// <summary>Splits a core (no leading or trailing punctuation left) at inner dashes, ellipses and punctuation, then at clitics.</summary>
    private void Middle(string text, int s, int e, List<TextSpan> output)
    {
        if (s >= e)
        {
            return;
        }

        for (int i = s; i < e; i++)
        {
            char c = text[i];
            int splitEnd = -1;
            if (CharClass.IsDash(c))
            {
                splitEnd = RunOf(text, i, e, static ch => CharClass.IsDash(ch));
            }
            else if (c == '-' && i + 1 < e && text[i + 1] == '-')
            {
                splitEnd = RunOf(text, i, e, static ch => ch == '-');
            }
            else if (c == '…' || (c == '.' && i + 1 < e && text[i + 1] == '.'))
            {
                splitEnd = RunOf(text, i, e, static ch => ch is '.' or '…');
            }
            else if (c is ',' or ';' && !(i > s && i + 1 < e && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1])))
            {
                splitEnd = i + 1;
            }
            else if (c is '"' or '“' or '”' or '«' or '»' or '[' or ']' or '{' or '}')
            {
                splitEnd = i + 1;
            }
            else if (c is '!' or '?' && i > s && char.IsLetter(text[i - 1]) && i + 1 < e && char.IsLetter(text[i + 1]))
            {
                splitEnd = i + 1;
            }
            else if (c is '-' or '/' && i > s && i + 1 < e && SplitsCompound(text, s, i))
            {
                splitEnd = i + 1;
            }
            else if (c == '.' && IsRunOnSentenceEnd(text, s, i, e))
            {
                splitEnd = i + 1;
            }

            if (splitEnd > 0)
            {
                if (i > s)
                {
                    Chunk(text, s, i, output);
                }

                output.Add(new TextSpan(i, splitEnd));
                if (splitEnd < e)
                {
                    Chunk(text, splitEnd, e, output);
                }

                return;
            }
        }

        Clitics(text, s, e, output);
    }

    /// <summary>
    /// True when the period at <paramref name="i"/> ends a sentence whose next one was run on without a space, as
    /// scraped pages often have it ("may be extended.As a ..."): a lower-case word of two or more letters before it and
    /// a capitalised word (a capital, then lower-case letters only) after it, up to the end of the core. Domains,
    /// file names and code ("nytimes.com", "Node.js", "ASP.NET", "e.g.") do not have that shape.
    /// </summary>
    private static bool IsRunOnSentenceEnd(string text, int s, int i, int e)
    {
        if (i - s < 2 || e - i < 3 || !char.IsUpper(text[i + 1]))
        {
            return false;
        }

        for (int k = s; k < i; k++)
        {
            if (!char.IsLower(text[k]))
            {
                return false;
            }
        }

        for (int k = i + 2; k < e; k++)
        {
            if (!char.IsLower(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True when the hyphen or slash at <paramref name="i"/> separates two words, as UD English splits them
    /// ("well-known", "and/or"), and not a bound prefix ("e-mail"), numbers ("2024-07-05", "9/11") or a slashed date.
    /// </summary>
    private bool SplitsCompound(string text, int s, int i)
    {
        char before = text[i - 1];
        char after = text[i + 1];
        if (!char.IsLetterOrDigit(before) || !char.IsLetterOrDigit(after))
        {
            return false;
        }

        if (char.IsDigit(before) && char.IsDigit(after))
        {
            return false;
        }

        if (text[i] == '/')
        {
            return char.IsLetter(before) && char.IsLetter(after);
        }

        int start = i;
        while (start > s && char.IsLetterOrDigit(text[start - 1]))
        {
            start--;
        }

        int length = i - start;
        if (length > 12)
        {
            return true;
        }

        Span<char> lower = stackalloc char[length];
        for (int k = 0; k < length; k++)
        {
            lower[k] = char.ToLowerInvariant(text[start + k]);
        }

        return !lexicon.HyphenPrefixLookup.Contains(lower);
    }

    private void Clitics(string text, int s, int e, List<TextSpan> output)
    {
        int length = e - s;
        if (length >= 4 && length <= MaxWordForLookup)
        {
            Span<char> lower = stackalloc char[length];
            for (int k = 0; k < length; k++)
            {
                lower[k] = char.ToLowerInvariant(text[s + k]);
            }

            if (lexicon.SplitLookup.TryGetValue(lower, out var parts))
            {
                output.Add(new TextSpan(s, s + parts.First));
                output.Add(new TextSpan(s + parts.First, e));
                return;
            }
        }

        foreach (string suffix in lexicon.Suffixes)
        {
            if (length <= suffix.Length || !EndsWithClitic(text, e, suffix))
            {
                continue;
            }

            int split = e - suffix.Length;
            if (!char.IsLetterOrDigit(text[split - 1]))
            {
                continue;
            }

            // "can't" -> "ca" "n't", "won't" -> "wo" "n't": the n belongs to the clitic, as in the treebanks.
            if (split > s)
            {
                Clitics(text, s, split, output);
            }

            output.Add(new TextSpan(split, e));
            return;
        }

        output.Add(new TextSpan(s, e));
    }

    private static bool EndsWithClitic(string text, int e, string suffix)
    {
        for (int k = 0; k < suffix.Length; k++)
        {
            char expected = suffix[suffix.Length - 1 - k];
            char actual = text[e - 1 - k];
            if (expected == '\'')
            {
                if (!CharClass.IsApostrophe(actual))
                {
                    return false;
                }
            }
            else if (char.ToLowerInvariant(actual) != expected)
            {
                return false;
            }
        }

        return true;
    }

    private static int RunOf(string text, int i, int e, Func<char, bool> member)
    {
        while (i < e && member(text[i]))
        {
            i++;
        }

        return i;
    }

    private static int RunBack(string text, int s, int e, Func<char, bool> member)
    {
        while (e > s && member(text[e - 1]))
        {
            e--;
        }

        return e;
    }
}
