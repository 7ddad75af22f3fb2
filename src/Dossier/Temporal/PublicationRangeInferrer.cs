using Dossier.Model;

namespace Dossier.Temporal;

/// <summary>
/// Bounds the publication day of an undated article from its own text: the latest explicit date told in the past
/// is a lower bound; an explicit date told in the future is an upper bound; "later this month" with an explicit day
/// of that month in the same or next sentence puts publication in that month, before that day ("earlier this
/// month": after it). Only a range bounded on both sides is returned; nothing is ever pinned to an invented day.
/// </summary>
internal static class PublicationRangeInferrer
{
    private static readonly HashSet<string> NotALowerBound = new(StringComparer.Ordinal) { "until", "till", "by", "before", "through", "to", "for", "next", "from" };

    /// <param name="knownLower">A lower bound known from outside the body (explicit dates in photo captions).</param>
    public static DateRange? Infer(IReadOnlyList<LocatedCandidate> candidates, string text, DateOnly? knownLower = null)
    {
        DateOnly? lower = knownLower, upper = null;
        foreach (var c in candidates)
        {
            if (c.Candidate.Rule.Type != "DATE" || c.Candidate.RawValue is null || NarrativeAnchor.From(c.Candidate.RawValue) is not { } date)
            {
                continue;
            }

            var (start, end) = Bounds(date);
            if (c.Direction == TemporalDirection.Future)
            {
                upper = Min(upper, end);
            }
            else if (!NotALowerBound.Contains(c.PreviousWord))
            {
                lower = Max(lower, start);
            }
        }

        for (int i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i];
            if (c.Candidate.RawValue != "ref(month,0)" || lower is null)
            {
                continue;
            }

            var day = ExplicitDayNear(candidates, i, lower.Value, text);
            if (day is null)
            {
                continue;
            }

            var first = new DateOnly(day.Value.Year, day.Value.Month, 1);
            lower = Max(lower, first);
            upper = Min(upper, first.AddMonths(1).AddDays(-1));
            string words = text[c.Candidate.Start..c.Candidate.End];
            if (words.StartsWith("later", StringComparison.OrdinalIgnoreCase))
            {
                upper = Min(upper, day.Value.AddDays(-1));
            }
            else if (words.StartsWith("earlier", StringComparison.OrdinalIgnoreCase))
            {
                lower = Max(lower, day.Value.AddDays(1));
            }
        }

        return lower is { } l && upper is { } u && l <= u ? new DateRange(l, u) : null;
    }

    /// <summary>An explicit day in the sentence of candidate <paramref name="index"/> or the next one, its year taken forward from the lower bound.</summary>
    private static DateOnly? ExplicitDayNear(IReadOnlyList<LocatedCandidate> candidates, int index, DateOnly lower, string text)
    {
        var here = candidates[index].Clause;
        int next = here.End;
        while (next < text.Length && char.IsWhiteSpace(text[next]))
        {
            next++;
        }

        int limit = next < text.Length ? ClauseContext.Local(text, next).End : text.Length;
        foreach (var c in candidates)
        {
            if (c.Candidate.Start < here.Start || c.Candidate.Start >= limit || c.Candidate.RawValue is not { } raw)
            {
                continue;
            }

            var resolved = TimexResolver.Resolve(raw, lower, null, TemporalDirection.Future);
            if (NarrativeAnchor.From(resolved.Value) is { Rank: 40 } day && (raw.StartsWith("near(monthday", StringComparison.Ordinal) || resolved.Anchor == "absolute"))
            {
                return day.Day;
            }
        }

        return null;
    }

    private static (DateOnly Start, DateOnly End) Bounds(NarrativeAnchor date) => date.Rank switch
    {
        40 => (date.Day, date.Day),
        20 => (date.Day, date.Day.AddMonths(1).AddDays(-1)),
        15 => (date.Day, date.Day.AddMonths(3).AddDays(-1)),
        12 => (date.Day, date.Day.AddMonths(6).AddDays(-1)),
        _ => (date.Day, new DateOnly(date.Day.Year, 12, 31)),
    };

    private static DateOnly? Min(DateOnly? a, DateOnly b) => a is { } x && x < b ? x : b;

    private static DateOnly? Max(DateOnly? a, DateOnly b) => a is { } x && x > b ? x : b;
}
