namespace Dossier.Events.Lexicon;

/// <summary>
/// Parses PETRARCH's pattern notation: <c>- [before] * [after] [CODE]</c>, where elements are words, braced
/// phrases (<c>{FINANCIAL AID}</c>), synsets (<c>&amp;CURRENCY</c>), prepositional phrases (<c>(FOR AID)</c>) and the
/// markers <c>$ + ^ %</c>. Matching lives in <see cref="Dossier.Events.PatternMatcher"/>; this only reads.
/// </summary>
public static class PatternParser
{
    /// <summary>Parses a pattern line (with or without its leading <c>-</c>); null when it has no <c>*</c> or no code.</summary>
    public static VerbPattern? Parse(string line, string origin)
    {
        ArgumentNullException.ThrowIfNull(line);
        string text = StripComment(line).Trim();
        if (text.StartsWith('-'))
        {
            text = text[1..];
        }

        int open = text.LastIndexOf('[');
        int close = text.LastIndexOf(']');
        if (open < 0 || close < open)
        {
            return null;
        }

        (string code, string? paired) = ParseCode(text[(open + 1)..close]);
        var tokens = Tokenize(text[..open]);
        int star = tokens.IndexOf("*");
        if (star < 0)
        {
            return null;
        }

        var before = tokens.Take(star).Select(ParseElement).OfType<PatternElement>().ToList();
        var after = tokens.Skip(star + 1).Select(ParseElement).OfType<PatternElement>().ToList();
        return new VerbPattern(before, after, code, paired, origin);
    }

    /// <summary>Splits <c>042:043</c> into the code and the paired code; <c>---</c> stays as the null code.</summary>
    public static (string Code, string? Paired) ParseCode(string inside)
    {
        string code = inside.Trim();
        int colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return (code, null);
        }

        string paired = code[(colon + 1)..].Trim();
        return (code[..colon].Trim(), paired.Length == 0 ? null : paired);
    }

    /// <summary>Drops a <c>#</c> comment.</summary>
    public static string StripComment(string line)
    {
        int hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash < 0 ? line : line[..hash];
    }

    private static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (c is '(' or '{')
            {
                char closing = c == '(' ? ')' : '}';
                int depth = 0, j = i;
                for (; j < text.Length; j++)
                {
                    if (text[j] is '(' or '{')
                    {
                        depth++;
                    }
                    else if (text[j] is ')' or '}')
                    {
                        depth--;
                        if (depth == 0 && text[j] == closing)
                        {
                            break;
                        }
                    }
                }

                tokens.Add(text[i..Math.Min(j + 1, text.Length)]);
                i = j + 1;
                continue;
            }

            int end = i;
            while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('(' or '{'))
            {
                end++;
            }

            tokens.Add(text[i..end]);
            i = end;
        }

        return tokens;
    }

    private static PatternElement? ParseElement(string token)
    {
        switch (token)
        {
            case "$":
                return PatternElement.Marker(PatternElementKind.Source);
            case "+":
                return PatternElement.Marker(PatternElementKind.Target);
            case "^":
                return PatternElement.Marker(PatternElementKind.Skip);
            case "%":
                return PatternElement.Marker(PatternElementKind.Compound);
        }

        if (token.StartsWith('('))
        {
            var inner = Tokenize(token.Trim('(', ')'));
            if (inner.Count == 0)
            {
                return null;
            }

            PatternElement? obj = null;
            var rest = inner.Skip(1).Select(ParseElement).OfType<PatternElement>().ToList();
            if (rest.Count == 1)
            {
                obj = rest[0];
            }
            else if (rest.Count > 1)
            {
                // (OF FIGHTERS AND TANKS): keep the words as one phrase, markers aside.
                var words = rest.Where(e => e.Kind == PatternElementKind.Term).SelectMany(e => e.Words).ToList();
                obj = words.Count > 0 ? new PatternElement(PatternElementKind.Term, words) : rest[0];
            }

            return new PatternElement(PatternElementKind.Preposition, [], Normalize(inner[0]), obj);
        }

        if (token.StartsWith('{'))
        {
            var words = token.Trim('{', '}').Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w is not ("$" or "+" or "^" or "%"))
                .SelectMany(w => w.Split('_', StringSplitOptions.RemoveEmptyEntries))
                .Select(Normalize).ToList();
            return words.Count == 0 ? null : new PatternElement(PatternElementKind.Term, words);
        }

        // A_B is a consecutive phrase; keep a trailing '_' (no plural) on the last word.
        bool noPlural = token.EndsWith('_');
        var parts = token.Split('_', StringSplitOptions.RemoveEmptyEntries).Select(Normalize).ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        if (noPlural)
        {
            parts[^1] += "_";
        }

        return new PatternElement(PatternElementKind.Term, parts);
    }

    private static string Normalize(string word) => word.ToUpperInvariant();
}
