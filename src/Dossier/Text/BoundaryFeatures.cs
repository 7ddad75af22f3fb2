using Dossier.Model;

namespace Dossier.Text;

/// <summary>
/// Features of the gap after token <c>i</c>: the tokens around it (exact and lower-cased), their shapes, whether the
/// left one is a known abbreviation, the whitespace in the gap, whether a quotation is open, and where the tokens
/// stand on their lines. Each word is hashed once (<see cref="FeatureHash"/>); a feature is its template number
/// mixed with up to three such hashes, so extraction allocates nothing.
/// </summary>
internal static class BoundaryFeatures
{
    /// <summary>Upper bound on the number of features one gap yields.</summary>
    public const int MaxFeatures = 48;

    private const int MaxWord = 24;

    private static readonly ulong Sentence = FeatureHash.Add(0, "<s>");
    private static readonly ulong EndOfLine = FeatureHash.Add(0, "</s>");

    public static int Extract(string text, IReadOnlyList<TextSpan> tokens, int i, GapContext context, TokenizerLexicon lexicon, Span<ulong> output)
    {
        var left = Word(text, tokens[i]);
        var right = Word(text, tokens[i + 1]);
        bool leftStartsLine = context.TokensSinceLineStart == 0;
        bool rightEndsLine = context.TokensToLineEnd <= 1;
        ulong l = FeatureHash.Add(0, left);
        ulong r = FeatureHash.Add(0, right);
        ulong rl = FeatureHash.AddLower(0, right);
        ulong ls = FeatureHash.AddShape(0, left);
        ulong rs = FeatureHash.AddShape(0, right);
        ulong b = Sentence, bs = Sentence, a = EndOfLine, @as = EndOfLine;
        if (!leftStartsLine)
        {
            var before = Word(text, tokens[i - 1]);
            b = FeatureHash.Add(0, before);
            bs = FeatureHash.AddShape(0, before);
        }

        if (!rightEndsLine)
        {
            var after = Word(text, tokens[i + 2]);
            a = FeatureHash.AddLower(0, after);
            @as = FeatureHash.AddShape(0, after);
        }

        ulong gap = GapKind(text, tokens[i].End, tokens[i + 1].Start);
        ulong abbreviation = IsAbbreviation(left, lexicon) ? 1UL : 2UL;
        ulong quote = context.InsideQuote ? 1UL : 2UL;
        ulong lines = (leftStartsLine ? 1UL : 2UL) | (rightEndsLine ? 4UL : 8UL);
        ulong since = Bucket(context.TokensSinceLineStart);
        ulong until = Bucket(context.TokensToLineEnd);
        ulong lastChar = left[^1];

        int n = 0;
        output[n++] = F(0, 0, 0, 0);
        output[n++] = F(1, l, 0, 0);
        output[n++] = F(2, r, 0, 0);
        output[n++] = F(3, rl, 0, 0);
        output[n++] = F(4, b, 0, 0);
        output[n++] = F(5, a, 0, 0);
        output[n++] = F(6, ls, 0, 0);
        output[n++] = F(7, rs, 0, 0);
        output[n++] = F(8, ls, rs, 0);
        output[n++] = F(9, l, rs, 0);
        output[n++] = F(10, rl, ls, 0);
        output[n++] = F(11, b, l, 0);
        output[n++] = F(12, gap, 0, 0);
        output[n++] = F(13, gap, ls, rs);
        output[n++] = F(14, abbreviation, rs, 0);
        output[n++] = F(15, quote, ls, rs);
        output[n++] = F(16, l, rl, 0);
        output[n++] = F(17, lines, ls, rs);
        output[n++] = F(18, (ulong)Math.Min(left.Length, 8), rs, 0);
        output[n++] = F(19, bs, ls, rs);
        output[n++] = F(20, @as, ls, rs);
        output[n++] = F(21, l, @as, rs);
        output[n++] = F(22, abbreviation, rl, 0);
        output[n++] = F(23, rl, @as, 0);
        output[n++] = F(24, lastChar, rl, 0);
        output[n++] = F(25, since | (until << 8), ls, rs);
        output[n++] = F(26, since, l, 0);
        output[n++] = F(27, until, rl, 0);
        ulong length = Bucket(context.TokensSinceSentenceStart);
        output[n++] = F(28, length, ls, rs);
        output[n++] = F(29, length, until, 0);
        ulong lk = TokenKind.Of(left), rk = TokenKind.Of(right);
        ulong bk = leftStartsLine ? 0 : TokenKind.Of(Word(text, tokens[i - 1]));
        ulong ak = rightEndsLine ? 0 : TokenKind.Of(Word(text, tokens[i + 2]));
        ulong lower = context.SentenceHasLowerWord ? 1UL : 2UL;
        output[n++] = F(30, lk, rk, 0);
        output[n++] = F(31, bk | (lk << 8), rk, 0);
        output[n++] = F(32, lk, rk | (ak << 8), 0);
        output[n++] = F(33, lower, lk, rk);
        output[n++] = F(34, lower, ls, rs);
        output[n++] = F(35, lower, length, rk);
        output[n++] = F(36, lk, rl, 0);
        output[n++] = F(37, l, rk, 0);
        ulong style = (ulong)context.UnpunctuatedLines;
        output[n++] = F(38, style, lk, rk);
        output[n++] = F(39, style | (lower << 8), ls, rs);
        ulong repeats = context.RepeatsSentenceStart ? 1UL : 2UL;
        output[n++] = F(40, repeats, lk, rk);
        output[n++] = F(41, repeats, length, 0);
        ulong ahead = context.TokensToNextTerminal < 0 ? 32UL : Bucket(context.TokensToNextTerminal);
        output[n++] = F(42, ahead, lk, rk);
        output[n++] = F(43, ahead, length, lower);
        return n;
    }

    /// <summary>True for words that keep their period: listed abbreviations, initials and letter-dot sequences.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word, TokenizerLexicon lexicon)
    {
        if (word.Length < 2 || word[^1] != '.')
        {
            return false;
        }

        return lexicon.AbbreviationLookup.Contains(word)
            || (word.Length == 2 && char.IsLetter(word[0]))
            || SpecialForms.IsLetterDotSequence(word);
    }

    internal static bool HasNewline(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            if (text[k] is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A feature: its template number and up to three parts, mixed (splitmix64 finaliser after each part).</summary>
    private static ulong F(int template, ulong x, ulong y, ulong z)
    {
        ulong h = Avalanche(0x9E3779B97F4A7C15UL * (ulong)(template + 1));
        h = Avalanche(h ^ x);
        h = Avalanche(h + y);
        return Avalanche(h ^ (z * 0xC2B2AE3D27D4EB4FUL));
    }

    private static ulong Avalanche(ulong h)
    {
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        return h ^ (h >> 31);
    }

    private static ReadOnlySpan<char> Word(string text, TextSpan span) =>
        text.AsSpan(span.Start, Math.Min(span.End - span.Start, MaxWord));

    private static ulong Bucket(int count) => count switch
    {
        < 4 => (ulong)count,
        < 8 => 4,
        < 16 => 8,
        _ => 16,
    };

    private static ulong GapKind(string text, int from, int to) => (to - from) switch
    {
        0 => 0,
        1 => text[from] == ' ' ? 1UL : 2UL,
        _ => 2,
    };
}
