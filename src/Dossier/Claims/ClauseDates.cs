using System.Globalization;
using Dossier.Events;
using Dossier.Model;
using Dossier.Temporal;

namespace Dossier.Claims;

/// <summary>
/// Dates for stances and agreement states: the date expression of the sentence nearest (in the parse) to the word
/// that carries the stance or state, as the temporal stage resolved it. An expression left unresolved ("on Friday"
/// in an undated article) is resolved again when the article has since got a publication day or range; a date that
/// cannot be established stays null, never a guess.
/// </summary>
public static class ClauseDates
{
    /// <summary>The date nearest to local token <paramref name="word"/> in its sentence, or null.</summary>
    public static string? Nearest(ParsedArticle article, SentenceGraph g, int word, ClaimLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(g);
        ArgumentNullException.ThrowIfNull(lexicon);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var t in article.Document.Timexes)
        {
            if (t.CalendarValue is null || (t.Sentence >= 0 ? t.Sentence : article.Document.SentenceAt(t.Start)) != g.SentenceIndex
                || Usable(t, article.Metadata) is not { } value || IsTarget(article.Text, t.Start, lexicon))
            {
                continue;
            }

            int head = HeadOf(g, t);
            int distance = head < 0 ? int.MaxValue - 1 : TreeWalk.Distance(g, word, head);
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = value;
            }
        }

        return best;
    }

    /// <summary>A calendar value of the expression (<c>2024</c>, <c>2024-06</c>, <c>2024-06-11</c>), or null.</summary>
    public static string? Usable(TimexMention timex, ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(timex);
        ArgumentNullException.ThrowIfNull(metadata);
        string? value = timex.CalendarValue?.Split('T')[0];
        if (value is null || value.StartsWith('P'))
        {
            return null;
        }

        if (NarrativeAnchor.From(value) is not null)
        {
            return value;
        }

        // "XXXX-WXX-5" (a bare weekday) and "XXXX-06" (a bare month) carry no direction of their own, so they can be
        // read again against a publication day or range the article got after it was annotated.
        string? raw = value.StartsWith("XXXX-WXX-", StringComparison.Ordinal) && value.Length == 10 && char.IsAsciiDigit(value[9]) ? $"near(weekday,{value[9]})"
            : value.Length == 7 && value.StartsWith("XXXX-", StringComparison.Ordinal) && int.TryParse(value[5..], NumberStyles.None, CultureInfo.InvariantCulture, out _) ? $"near(month,{value[5..]})"
            : null;
        if (raw is null)
        {
            return null;
        }

        var resolved = metadata.Published is { } day ? TimexResolver.Resolve(raw, day, null, TemporalDirection.Past)
            : metadata.PublishedRange is { } range ? TimexResolver.Resolve(raw, range, null, TemporalDirection.Past)
            : default;
        return resolved.Value is { } v && NarrativeAnchor.From(v) is not null ? v : null;
    }

    /// <summary>Whether a date is a deadline or target rather than when something happened: "set for 2026", "until 2030", "by the end of the year".</summary>
    private static bool IsTarget(string text, int start, ClaimLexicon lexicon)
    {
        int end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        int begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return begin < end && lexicon.Irrealis.TryGetValue(text[begin..end], out string? kind) && kind == "target";
    }

    /// <summary>The article's publication day as ISO text, or null.</summary>
    public static string? Reported(ArticleMetadata metadata) =>
        metadata?.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The token of an expression whose head lies outside it (local index), or -1.</summary>
    private static int HeadOf(SentenceGraph g, TimexMention t)
    {
        var doc = g.Document;
        int best = -1;
        for (int i = 0; i < g.Count; i++)
        {
            var tok = doc.Tokens[g.First + i];
            if (tok.Start >= t.Start && tok.End <= t.End)
            {
                int h = g.Heads[i];
                bool outside = h < 0 || doc.Tokens[g.First + h].Start < t.Start || doc.Tokens[g.First + h].End > t.End;
                if (outside || best < 0)
                {
                    best = i;
                    if (outside)
                    {
                        return best;
                    }
                }
            }
        }

        return best;
    }
}
