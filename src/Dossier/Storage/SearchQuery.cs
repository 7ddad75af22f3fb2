using System.Text;

namespace Dossier.Storage;

/// <summary>
/// What a person typed, read exactly as the SQLite store reads it: words (all must occur) matched as prefixes, a
/// phrase in double quotes matched as consecutive words. Nothing in the input is ever query syntax: each word keeps
/// only its letters and digits and becomes a quoted lexeme.
/// </summary>
public sealed class SearchQuery
{
    private SearchQuery(IReadOnlyList<string> prefixes, IReadOnlyList<IReadOnlyList<string>> phrases)
    {
        Prefixes = prefixes;
        Phrases = phrases;
    }

    /// <summary>Words matched as prefixes of a token.</summary>
    public IReadOnlyList<string> Prefixes { get; }

    /// <summary>Phrases: tokens that must follow one another.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Phrases { get; }

    /// <summary>True when nothing searchable was typed: such a query matches nothing.</summary>
    public bool IsEmpty => Prefixes.Count == 0 && Phrases.Count == 0;

    /// <summary>Reads what a person typed (never fails: nothing typed is syntax).</summary>
    public static SearchQuery Parse(string query)
    {
        var prefixes = new List<string>();
        var phrases = new List<IReadOnlyList<string>>();
        var pieces = query.Split('"');
        for (int i = 0; i < pieces.Length; i++)
        {
            var words = Words(pieces[i]);
            if (i % 2 == 1)
            {
                if (words.Count > 0)
                {
                    phrases.Add(words);
                }
            }
            else
            {
                prefixes.AddRange(words);
            }
        }

        return new SearchQuery(prefixes, phrases);
    }

    /// <summary>The query as a tsquery literal, for <c>@q::tsquery</c>.</summary>
    public string ToTsQuery()
    {
        var parts = Prefixes.Select(p => SearchTokens.Quote(p) + ":*")
            .Concat(Phrases.Select(p => p.Count == 1 ? SearchTokens.Quote(p[0]) : "(" + string.Join(" <-> ", p.Select(SearchTokens.Quote)) + ")"));
        return string.Join(" & ", parts);
    }

    /// <summary>
    /// BM25 of a matching sentence (its folded tokens) without the inverse document frequency, higher is better:
    /// each word and phrase adds tf·(k1+1)/(tf + k1·(1 − b + b·length/average)) with k1 = 1.2, b = 0.75. Leaving the
    /// weights of rare words out keeps the cost of a search independent of how many sentences the store holds (the
    /// weights need a count over every match), and all words are required anyway.
    /// </summary>
    public double Score(IReadOnlyList<string> terms, double averageLength)
    {
        ArgumentNullException.ThrowIfNull(terms);
        const double K1 = 1.2, B = 0.75;
        double norm = K1 * (1 - B + (B * terms.Count / Math.Max(1.0, averageLength)));
        double score = 0;
        foreach (string prefix in Prefixes)
        {
            int tf = terms.Count(t => t.StartsWith(prefix, StringComparison.Ordinal));
            score += tf * (K1 + 1) / (tf + norm);
        }

        foreach (var phrase in Phrases)
        {
            int tf = 0;
            for (int i = 0; i + phrase.Count <= terms.Count; i++)
            {
                int k = 0;
                while (k < phrase.Count && string.Equals(terms[i + k], phrase[k], StringComparison.Ordinal))
                {
                    k++;
                }

                tf += k == phrase.Count ? 1 : 0;
            }

            score += tf * (K1 + 1) / (tf + norm);
        }

        return score;
    }

    /// <summary>Whether a token (already folded) is one the query looks for, for highlighting.</summary>
    public bool Highlights(string term) =>
        Prefixes.Any(p => term.StartsWith(p, StringComparison.Ordinal)) || Phrases.Any(p => p.Contains(term, StringComparer.Ordinal));

    // As the SQLite store does: split on white space, keep letters and digits of each piece, then fold like the text.
    private static List<string> Words(string s) =>
        [.. s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => SearchTokens.Fold(new string([.. w.Where(char.IsLetterOrDigit)])))
            .Where(w => w.Length > 0)];

    /// <summary>A snippet of at most <paramref name="maxTokens"/> words around the first match, matches in [brackets].</summary>
    public string Snippet(string sentence, int maxTokens = 24)
    {
        var tokens = SearchTokens.Tokenize(sentence);
        if (tokens.Count == 0)
        {
            return sentence;
        }

        int first = Math.Max(0, tokens.FindIndex(t => Highlights(t.Term)));
        int from = tokens.Count <= maxTokens ? 0 : Math.Clamp(first - (maxTokens / 4), 0, tokens.Count - maxTokens);
        int to = Math.Min(tokens.Count, from + maxTokens);
        var sb = new StringBuilder();
        int cursor = from == 0 ? 0 : tokens[from].Start;
        if (from > 0)
        {
            sb.Append('…');
        }

        for (int i = from; i < to; i++)
        {
            var (start, end, term) = tokens[i];
            sb.Append(sentence, cursor, start - cursor);
            bool hit = Highlights(term);
            sb.Append(hit ? "[" : string.Empty).Append(sentence, start, end - start).Append(hit ? "]" : string.Empty);
            cursor = end;
        }

        if (to == tokens.Count)
        {
            sb.Append(sentence, cursor, sentence.Length - cursor);
        }
        else
        {
            sb.Append('…');
        }

        return sb.ToString();
    }
}
