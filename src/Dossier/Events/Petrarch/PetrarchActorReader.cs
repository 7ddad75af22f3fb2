using System.Globalization;

namespace Dossier.Events.Petrarch;

/// <summary>
/// Reads PETRARCH actor dictionaries: a primary phrase with an optional <c>[CODE]</c>, <c>+synonym</c> lines, then
/// date restrictions on tab-indented lines (<c>[HOBGOV 19950601 - 19990815]</c>, <c>[HOB &lt; 950601]</c>,
/// <c>[HOBREB &gt; 990816]</c>). Comments are <c>#</c>, <c>;</c> and <c>&lt;!-- --&gt;</c> blocks.
/// </summary>
public static class PetrarchActorReader
{
    public static int Read(string path, PhraseIndex<ActorEntry> index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"DOS0602: PETRARCH actor dictionary {path} does not exist; pass the folder that holds it with --dictionaries.", path);
        }

        string file = Path.GetFileName(path);
        int entries = 0, number = 0;
        bool inComment = false;
        string? name = null;
        var phrases = new List<string[]>();
        var codes = new List<DatedCode>();
        foreach (string raw in File.ReadLines(path))
        {
            number++;
            string line = raw;
            if (inComment)
            {
                int end = line.IndexOf("-->", StringComparison.Ordinal);
                if (end < 0)
                {
                    continue;
                }

                inComment = false;
                line = line[(end + 3)..];
            }

            int open = line.IndexOf("<!--", StringComparison.Ordinal);
            if (open >= 0)
            {
                int close = line.IndexOf("-->", open, StringComparison.Ordinal);
                inComment = close < 0;
                line = close < 0 ? line[..open] : line[..open] + line[(close + 3)..];
            }

            line = StripComments(line);
            if (line.Trim().Length == 0)
            {
                continue;
            }

            bool indented = char.IsWhiteSpace(line[0]);
            string trimmed = line.Trim();
            if (indented && trimmed.StartsWith('['))
            {
                codes.Add(ParseCode(trimmed, file, number));
                continue;
            }

            if (trimmed.StartsWith('+'))
            {
                var (words, code) = ParsePhrase(trimmed[1..], file, number);
                if (words.Length > 0)
                {
                    phrases.Add(words);
                }

                if (code is not null)
                {
                    codes.Add(code);
                }

                continue;
            }

            Flush();
            var (primary, primaryCode) = ParsePhrase(trimmed, file, number);
            name = string.Join(' ', primary);
            if (primary.Length > 0)
            {
                phrases.Add(primary);
            }

            if (primaryCode is not null)
            {
                codes.Add(primaryCode);
            }
        }

        Flush();
        return entries;

        void Flush()
        {
            if (name is not null && phrases.Count > 0 && codes.Count > 0)
            {
                var entry = new ActorEntry(name, codes.ToArray());
                foreach (var phrase in phrases)
                {
                    index.Add(phrase, entry);
                }

                entries++;
            }

            name = null;
            phrases = [];
            codes = [];
        }
    }

    /// <summary>Splits a phrase into upper-case words (blanks and underscores separate; a trailing <c>_</c> stays on the last word).</summary>
    public static string[] Words(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        bool exact = phrase.TrimEnd().EndsWith('_');
        var words = phrase.Split([' ', '\t', '_'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToUpperInvariant()).ToArray();
        if (exact && words.Length > 0)
        {
            words[^1] += "_";
        }

        return words;
    }

    private static string StripComments(string line)
    {
        int cut = line.Length;
        foreach (char c in "#;")
        {
            int at = line.IndexOf(c, StringComparison.Ordinal);
            if (at >= 0 && at < cut)
            {
                cut = at;
            }
        }

        return line[..cut].TrimEnd();
    }

    private static (string[] Words, DatedCode? Code) ParsePhrase(string text, string file, int number)
    {
        int open = text.IndexOf('[', StringComparison.Ordinal);
        string phrase = open < 0 ? text : text[..open];
        DatedCode? code = open < 0 ? null : ParseCode(text[open..], file, number);
        return (Words(phrase.Trim()), code);
    }

    /// <summary>Parses <c>[CODE]</c>, <c>[CODE &lt;date]</c>, <c>[CODE &gt;date]</c> or <c>[CODE date-date]</c>.</summary>
    internal static DatedCode ParseCode(string bracketed, string file, int number)
    {
        int openAt = bracketed.IndexOf('[', StringComparison.Ordinal);
        int closeAt = bracketed.IndexOf(']', StringComparison.Ordinal);
        string inside = (closeAt > openAt ? bracketed[(openAt + 1)..closeAt] : bracketed[(openAt + 1)..]).Trim();
        var parts = inside.Split([' ', '\t'], 2, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return new DatedCode("---", null, null);
        }

        string code = parts[0];
        if (parts.Length == 1)
        {
            return new DatedCode(code, null, null);
        }

        string range = parts[1].Replace(" ", string.Empty, StringComparison.Ordinal);
        if (range.StartsWith('<'))
        {
            return new DatedCode(code, null, ParseDate(range[1..], file, number));
        }

        if (range.StartsWith('>'))
        {
            return new DatedCode(code, ParseDate(range[1..], file, number), null);
        }

        int dash = range.IndexOf('-', StringComparison.Ordinal);
        return dash < 0
            ? new DatedCode(code, null, null)
            : new DatedCode(code, ParseDate(range[..dash], file, number), ParseDate(range[(dash + 1)..], file, number));
    }

    /// <summary>YYYYMMDD, or YYMMDD where years up to 30 are 20YY (PETRARCH's convention for its six-digit dates); null when malformed.</summary>
    private static DateOnly? ParseDate(string text, string file, int number)
    {
        if (text.Length == 6 && int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out int yy))
        {
            text = (yy <= 30 ? "20" : "19") + text;
        }

        if (DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        // A malformed restriction leaves that end open rather than dropping a large dictionary.
        _ = file;
        _ = number;
        return null;
    }
}
