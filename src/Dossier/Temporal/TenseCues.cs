namespace Dossier.Temporal;

/// <summary>
/// Reads the direction of a clause from lexical cues (<c>normalization/tense.txt</c>): future markers (will, 'll,
/// is to, slated to, expected to, plans to) and past-tense verbs (said, met, and regular -ed forms). The cue nearest
/// the expression wins, so "said on Tuesday it will sign" reads the weekday as past; a cue on the far side of a
/// quotation mark counts only when there is none on the near side.
/// </summary>
internal sealed class TenseCues
{
    private readonly Dictionary<string, TemporalDirection> single = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TemporalDirection> pairs = new(StringComparer.Ordinal);
    private readonly HashSet<string> notPast = new(StringComparer.Ordinal);

    public TenseCues(IReadOnlyDictionary<string, string> table)
    {
        foreach (var (key, value) in table)
        {
            if (value == "none")
            {
                notPast.Add(key);
                continue;
            }

            var direction = value == "future" ? TemporalDirection.Future : TemporalDirection.Past;
            if (key.Contains(' ', StringComparison.Ordinal))
            {
                pairs[key] = direction;
            }
            else
            {
                single[key] = direction;
            }
        }
    }

    public TemporalDirection Direction(string text, int clauseStart, int clauseEnd, int start, int end)
    {
        TemporalDirection best = TemporalDirection.None;
        int bestDistance = int.MaxValue;
        string? previous = null;
        int i = clauseStart;
        while (i < clauseEnd)
        {
            if (!char.IsLetter(text[i]) && text[i] is not ('\'' or '’'))
            {
                i++;
                continue;
            }

            int w = i;
            while (i < clauseEnd && (char.IsLetter(text[i]) || text[i] is '\'' or '’'))
            {
                i++;
            }

            if (w >= start && i <= end)
            {
                previous = null;
                continue;
            }

            string word = text[w..i].Replace('’', '\'').ToLowerInvariant();
            var cue = Cue(previous, word);
            if (cue != TemporalDirection.None)
            {
                int distance = w >= end ? w - end : start - i;
                // A cue across a quotation mark belongs to other speech ("''He will leave Thursday,'' Castro
                // said"): it counts only when no cue stands on the expression's side of the quote.
                if (QuoteBetween(text, w >= end ? end : i, w >= end ? w : start))
                {
                    distance += AcrossQuote;
                }

                if (distance < bestDistance)
                {
                    best = cue;
                    bestDistance = distance;
                }
            }

            previous = word;
        }

        return best;
    }

    private const int AcrossQuote = 100_000;

    private static bool QuoteBetween(string text, int from, int to)
    {
        for (int k = from; k < to; k++)
        {
            char c = text[k];
            if (c is '"' or '“' or '”' || (c is '\'' or '`' && k + 1 < to && text[k + 1] == c))
            {
                return true;
            }
        }

        return false;
    }

    private TemporalDirection Cue(string? previous, string word)
    {
        if (previous is not null && pairs.TryGetValue(previous + " " + word, out var p))
        {
            return p;
        }

        if (single.TryGetValue(word, out var d))
        {
            // A participle used as an adjective ("the planned trip", "a hastily scheduled meeting") describes a
            // noun, not the clause's time.
            return d == TemporalDirection.Future && word.EndsWith("ed", StringComparison.Ordinal) && previous is not null && IsModifier(previous) ? TemporalDirection.None : d;
        }

        if (word.EndsWith("'ll", StringComparison.Ordinal))
        {
            return TemporalDirection.Future;
        }

        // A passive participle ("will be named", "has been delayed") carries no tense of its own: the auxiliary
        // before it does.
        return word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && !notPast.Contains(word) && previous is not ("be" or "been" or "being")
            ? TemporalDirection.Past
            : TemporalDirection.None;
    }

    private static bool IsModifier(string previous) =>
        previous is "the" or "a" or "an" or "its" or "their" or "his" or "her" || (previous.Length > 4 && previous.EndsWith("ly", StringComparison.Ordinal));

    public static TenseCues Load(TemporalRuleSet rules) =>
        new(rules.Tables.TryGetValue("tense", out var t) ? t : new Dictionary<string, string>(StringComparer.Ordinal));
}
