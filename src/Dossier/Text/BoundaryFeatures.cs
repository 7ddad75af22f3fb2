using Dossier.Model;

namespace Dossier.Text;

/// <summary>
/// Features of the gap after token <c>i</c>: the tokens around it (exact and lower-cased), their shapes, whether the
/// left one is a known abbreviation, the whitespace in the gap, whether a quotation is open, and where the tokens
/// stand on their lines. Every feature is a hash (<see cref="FeatureHash"/>), so extraction allocates nothing.
/// </summary>
internal static class BoundaryFeatures
{
    /// <summary>Upper bound on the number of features one gap yields.</summary>
    public const int MaxFeatures = 32;

    private const int MaxWord = 24;

    public static int Extract(string text, IReadOnlyList<TextSpan> tokens, int i, GapContext context, TokenizerLexicon lexicon, Span<ulong> output)
    {
        var left = Word(text, tokens[i]);
        var right = Word(text, tokens[i + 1]);
        bool leftStartsLine = i == 0 || HasNewline(text, tokens[i - 1].End, tokens[i].Start);
        bool rightEndsLine = i + 2 >= tokens.Count || HasNewline(text, tokens[i + 1].End, tokens[i + 2].Start);
        var before = leftStartsLine ? "<s>".AsSpan() : Word(text, tokens[i - 1]);
        var after = rightEndsLine ? "</s>".AsSpan() : Word(text, tokens[i + 2]);
        ulong leftShape = FeatureHash.AddShape(0, left);
        ulong rightShape = FeatureHash.AddShape(0, right);
        char gap = GapKind(text, tokens[i].End, tokens[i + 1].Start);
        bool abbreviation = IsAbbreviation(left, lexicon);

        int n = 0;
        output[n++] = FeatureHash.Start(0);
        output[n++] = FeatureHash.Add(FeatureHash.Start(1), left);
        output[n++] = FeatureHash.Add(FeatureHash.Start(2), right);
        output[n++] = FeatureHash.AddLower(FeatureHash.Start(3), right);
        output[n++] = FeatureHash.Add(FeatureHash.Start(4), before);
        output[n++] = FeatureHash.AddLower(FeatureHash.Start(5), after);
        output[n++] = FeatureHash.AddShape(FeatureHash.Start(6), left);
        output[n++] = FeatureHash.AddShape(FeatureHash.Start(7), right);
        output[n++] = Mix(FeatureHash.Start(8), leftShape, rightShape);
        output[n++] = Mix(FeatureHash.Add(FeatureHash.Start(9), left), rightShape, 0);
        output[n++] = Mix(FeatureHash.AddLower(FeatureHash.Start(10), right), leftShape, 0);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(11), before), left);
        output[n++] = FeatureHash.Add(FeatureHash.Start(12), gap);
        output[n++] = Mix(FeatureHash.Add(FeatureHash.Start(13), gap), leftShape, rightShape);
        output[n++] = Mix(FeatureHash.Add(FeatureHash.Start(14), abbreviation ? 'a' : 'w'), rightShape, 0);
        output[n++] = Mix(FeatureHash.Add(FeatureHash.Start(15), context.InsideQuote ? 'q' : 'o'), leftShape, rightShape);
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(16), left), right);
        output[n++] = Mix(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(17), leftStartsLine ? 'b' : 'm'), rightEndsLine ? 'e' : 'm'), leftShape, rightShape);
        output[n++] = Mix(FeatureHash.Add(FeatureHash.Start(18), (char)Math.Min(left.Length, 8)), rightShape, 0);
        output[n++] = Mix(FeatureHash.AddShape(FeatureHash.Start(19), before), leftShape, rightShape);
        output[n++] = Mix(FeatureHash.AddShape(FeatureHash.Start(20), after), leftShape, rightShape);
        output[n++] = Mix(FeatureHash.Add(FeatureHash.Start(21), left), FeatureHash.AddShape(0, after), rightShape);
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(22), abbreviation ? 'a' : 'w'), right);
        output[n++] = Mix(FeatureHash.AddLower(FeatureHash.Start(23), right), FeatureHash.AddShape(0, after), 0);
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(24), left[^1]), right);
        char since = Bucket(context.TokensSinceLineStart);
        char until = Bucket(context.TokensToLineEnd);
        output[n++] = Mix(FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(25), since), until), leftShape, rightShape);
        output[n++] = FeatureHash.Add(FeatureHash.Add(FeatureHash.Start(26), since), left);
        output[n++] = FeatureHash.AddLower(FeatureHash.Add(FeatureHash.Start(27), until), right);
        return n;
    }

    private static char Bucket(int count) => count switch
    {
        < 4 => (char)('0' + count),
        < 8 => '4',
        < 16 => '8',
        _ => 'F',
    };

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

    private static ReadOnlySpan<char> Word(string text, TextSpan span) =>
        text.AsSpan(span.Start, Math.Min(span.End - span.Start, MaxWord));

    private static char GapKind(string text, int from, int to) => (to - from) switch
    {
        0 => '0',
        1 => text[from] == ' ' ? '1' : '2',
        _ => '2',
    };

    private static ulong Mix(ulong hash, ulong a, ulong b)
    {
        hash = (hash ^ a) * 1099511628211UL;
        return (hash ^ b) * 1099511628211UL;
    }
}
