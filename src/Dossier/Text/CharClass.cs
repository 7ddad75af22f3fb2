namespace Dossier.Text;

/// <summary>Character classes the tokenizer and sentence splitter agree on.</summary>
internal static class CharClass
{
    /// <summary>Quotes and brackets that open: split off the front of a word.</summary>
    public static bool IsOpening(char c) => c is '"' or '\'' or '“' or '‘' or '„' or '‚' or '«' or '‹' or '(' or '[' or '{' or '¿' or '¡' or '`';

    /// <summary>Quotes and brackets that close: split off the end of a word.</summary>
    public static bool IsClosing(char c) => c is '"' or '\'' or '”' or '’' or '»' or '›' or ')' or ']' or '}' or '`';

    /// <summary>Apostrophes, straight and typographic.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’';

    /// <summary>Dashes that separate words (a hyphen does not; two hyphens do, as a run).</summary>
    public static bool IsDash(char c) => c is '—' or '–' or '―' or '‒';

    /// <summary>Characters that end a sentence.</summary>
    public static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉';

    /// <summary>Currency signs split off a following number ("$5" -> "$" "5").</summary>
    public static bool IsCurrency(char c) => c is '$' or '£' or '€' or '¥' or '₹' or '₽';

    public static bool IsAsciiLetterOrDigit(char c) => char.IsAsciiLetterOrDigit(c);
}
