using Dossier.Model;

namespace Dossier.Quotes;

/// <summary>
/// Finds quotations by their marks: typographic “…” and ‘…’, straight "…", and «…». Marks of another kind inside an
/// open quotation are nested quotes and stay part of it. A quotation never runs past its paragraph: an opening mark
/// without its closing mark ends at the line break (news leaves a quote open when it runs on into the next
/// paragraph, which opens again).
/// </summary>
public static class QuoteMarks
{
    private const char DoubledApostrophe = '\u0001';

    /// <summary>The quotations of a text, in order; they do not overlap.</summary>
    public static List<QuotedSpan> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<QuotedSpan>();
        int open = -1;
        char closer = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                if (open >= 0)
                {
                    Add(text, found, open, i, closed: false, markLength: closer == DoubledApostrophe ? 2 : 1);
                    open = -1;
                }

                continue;
            }

            bool doubled = c == '\'' && i + 1 < text.Length && text[i + 1] == '\'';
            if (open >= 0)
            {
                if (closer == DoubledApostrophe)
                {
                    if (doubled)
                    {
                        Add(text, found, open, i + 2, closed: true, markLength: 2);
                        open = -1;
                        i++;
                    }
                }
                else if (c == closer && (closer != '’' || !IsLetter(text, i + 1)))
                {
                    Add(text, found, open, i + 1, closed: true);
                    open = -1;
                }
                else if (c == '“' && closer == '”')
                {
                    // An opening mark where a closing one was due: the earlier quotation was left open; start again.
                    Add(text, found, open, i, closed: false);
                    open = i;
                }

                continue;
            }

            if (doubled)
            {
                // Some archives (the New York Times in PolNeAR) write ''…'' for “…”.
                open = i;
                closer = DoubledApostrophe;
                i++;
                continue;
            }

            char expected = c switch
            {
                '“' => '”',
                '"' => '"',
                '«' => '»',
                '‘' when i == 0 || !char.IsLetterOrDigit(text[i - 1]) => '’',
                _ => '\0',
            };
            if (expected != '\0')
            {
                open = i;
                closer = expected;
            }
        }

        if (open >= 0)
        {
            Add(text, found, open, text.Length, closed: false);
        }

        return found;
    }

    private static bool IsLetter(string text, int i) => i < text.Length && char.IsLetter(text[i]);

    private static void Add(string text, List<QuotedSpan> found, int open, int end, bool closed, int markLength = 1)
    {
        int s = open + markLength, e = closed ? end - markLength : end;
        while (s < e && char.IsWhiteSpace(text[s]))
        {
            s++;
        }

        while (e > s && (char.IsWhiteSpace(text[e - 1]) || text[e - 1] == ','))
        {
            e--;
        }

        if (e > s)
        {
            int outerEnd = end;
            while (!closed && outerEnd > open && char.IsWhiteSpace(text[outerEnd - 1]))
            {
                outerEnd--;
            }

            found.Add(new QuotedSpan(new TextSpan(open, outerEnd), new TextSpan(s, e), closed));
        }
    }
}
