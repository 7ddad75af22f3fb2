using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// An index of the pairs of consecutive words of each sentence (table <c>sentence_pairs</c>, migration 6), for phrases.
/// FTS5 finds a phrase by walking every sentence that holds all its words and comparing their positions, so a rare
/// phrase of common words ("for and") costs in proportion to the store; each pair of words is one token here, whose
/// sentences are read newest first and only as far as needed. Pairs are hashed to ASCII tokens (the table's tokenizer
/// then never splits or folds them) and only words of ASCII letters and digits take part: a phrase with other words is
/// left to FTS5.
/// </summary>
internal static class PhrasePairs
{
    /// <summary>The SQL function that turns a sentence into its pair tokens (for inserts and migration 6).</summary>
    public const string Function = "dossier_pairs";

    /// <summary>Makes <see cref="Function"/> available on a connection.</summary>
    public static void Register(SqliteConnection connection) =>
        connection.CreateFunction(Function, (string? text) => text is null ? string.Empty : Index(text), isDeterministic: true);

    /// <summary>The pair tokens of a sentence, each once, separated by spaces.</summary>
    public static string Index(string text)
    {
        var terms = Terms(text);
        var tokens = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i + 1 < terms.Count; i++)
        {
            if (IsAscii(terms[i]) && IsAscii(terms[i + 1]))
            {
                tokens.Add(Token(terms[i], terms[i + 1]));
            }
        }

        return string.Join(' ', tokens);
    }

    /// <summary>
    /// The FTS5 query over <c>sentence_pairs</c> that every sentence matching <paramref name="query"/> matches (all the
    /// pairs of its phrases), or null when the query has no phrase of two words or more or a word that is not ASCII
    /// letters and digits (such queries are left to FTS5 alone).
    /// </summary>
    public static string? Query(SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!query.Prefixes.All(IsAscii) || !query.Phrases.All(p => p.All(IsAscii)) || query.Phrases.All(p => p.Count < 2))
        {
            return null;
        }

        var pairs = query.Phrases.SelectMany(p => p.Zip(p.Skip(1), Token)).Distinct(StringComparer.Ordinal);
        return string.Join(" AND ", pairs.Select(t => "\"" + t + "\""));
    }

    /// <summary>
    /// Whether a sentence matches <paramref name="query"/> as FTS5 matches it: every prefix begins one of its words and
    /// every phrase's words follow one another.
    /// </summary>
    public static bool Matches(SearchQuery query, string text)
    {
        ArgumentNullException.ThrowIfNull(query);
        var terms = Terms(text);
        return query.Prefixes.All(p => terms.Exists(t => t.StartsWith(p, StringComparison.Ordinal)))
            && query.Phrases.All(p => Occurs(p, terms));
    }

    /// <summary>
    /// The sentence's search words (<see cref="SearchTokens"/>), with the accents that it leaves (letters beyond Latin
    /// Extended-A) removed as SQLite's unicode61 tokenizer removes them, so that a word it matches to an ASCII query word
    /// is ASCII here too.
    /// </summary>
    private static List<string> Terms(string text) =>
        [.. SearchTokens.Tokenize(text).Select(t => IsAscii(t.Term) ? t.Term : Unaccented(t.Term))];

    private static bool Occurs(IReadOnlyList<string> phrase, List<string> terms)
    {
        for (int i = 0; i + phrase.Count <= terms.Count; i++)
        {
            int k = 0;
            while (k < phrase.Count && string.Equals(terms[i + k], phrase[k], StringComparison.Ordinal))
            {
                k++;
            }

            if (k == phrase.Count)
            {
                return true;
            }
        }

        return false;
    }

    private static string Unaccented(string term)
    {
        var sb = new StringBuilder(term.Length);
        foreach (char c in term.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    private static bool IsAscii(string term) => term.Length > 0 && term.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'));

    /// <summary>A pair as one ASCII token: 64-bit FNV-1a of the two words (a collision only adds a candidate, which is then checked).</summary>
    private static string Token(string first, string second)
    {
        ulong h = 14695981039346656037UL;
        foreach (char c in first + "\u0001" + second)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return "p" + h.ToString("x16", CultureInfo.InvariantCulture);
    }
}
