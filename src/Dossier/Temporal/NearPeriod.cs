using System.Globalization;

namespace Dossier.Temporal;

/// <summary>
/// Resolves a named period without its year (a weekday, a month, a month and day, a quarter, a half, a season) to
/// the occurrence nearest the reference day in a given direction: <c>&lt;=</c> the latest that has started by the
/// reference day (past tense, "on Thursday" in a Friday article), <c>&lt;~</c> the same unless one begins within
/// 75 days ahead (past tense and dates: "extended the offer to Nov. 20"), <c>&lt;</c> the latest wholly before it
/// ("last April"), <c>&gt;=</c> the earliest not yet over (future tense), <c>&gt;</c> the earliest not yet begun
/// ("next Friday"), <c>~</c> the closest.
/// </summary>
internal static class NearPeriod
{
    public static string? Resolve(string kind, string label, DateOnly reference, string op)
    {
        var candidates = Candidates(kind, label, reference).ToList();
        if (candidates.Count == 0)
        {
            return null;
        }

        (DateOnly Start, DateOnly End, string Value)? best = op switch
        {
            "<=" => candidates.Where(c => c.Start <= reference).Select(c => ((DateOnly, DateOnly, string)?)c).LastOrDefault(),
            // Past tense, but a date a few weeks ahead is far likelier than one nearly a year back: "extended the
            // offer to Nov. 20" in a November 2 article.
            "<~" => candidates.Where(c => c.Start > reference && c.Start.DayNumber - reference.DayNumber <= 75).Select(c => ((DateOnly, DateOnly, string)?)c).FirstOrDefault()
                ?? candidates.Where(c => c.Start <= reference).Select(c => ((DateOnly, DateOnly, string)?)c).LastOrDefault(),
            "<" => candidates.Where(c => c.End < reference).Select(c => ((DateOnly, DateOnly, string)?)c).LastOrDefault(),
            // Future tense, but a day that passed a few weeks ago is far likelier than one nearly a year ahead: a
            // deadline "by Jan. 14" in a January 15 article is the one just gone, not next year's.
            ">=" when kind == "monthday" => candidates.Where(c => c.End >= reference && c.Start.DayNumber - reference.DayNumber <= MaxDaysAhead).Select(c => ((DateOnly, DateOnly, string)?)c).FirstOrDefault()
                ?? candidates.Where(c => c.Start <= reference).Select(c => ((DateOnly, DateOnly, string)?)c).LastOrDefault(),
            ">=" => candidates.Where(c => c.End >= reference).Select(c => ((DateOnly, DateOnly, string)?)c).FirstOrDefault(),
            ">" => candidates.Where(c => c.Start > reference).Select(c => ((DateOnly, DateOnly, string)?)c).FirstOrDefault(),
            _ => candidates.OrderBy(c => Distance(c.Start, c.End, reference)).Select(c => ((DateOnly, DateOnly, string)?)c).FirstOrDefault(),
        };
        return best?.Value;
    }

    /// <summary>How far ahead a day named in the future tense may lie before the one just past is taken instead.</summary>
    private const int MaxDaysAhead = 300;

    public static string Unknown(string kind, string label) => kind switch
    {
        "weekday" => "XXXX-WXX-" + label,
        "weekend" => "XXXX-WXX-WE",
        "holiday" => Holidays.Unknown(label),
        _ => "XXXX-" + label,
    };

    private static int Distance(DateOnly start, DateOnly end, DateOnly r) =>
        r < start ? start.DayNumber - r.DayNumber : r > end ? r.DayNumber - end.DayNumber : 0;

    /// <summary>Occurrences around the reference day, in calendar order.</summary>
    private static IEnumerable<(DateOnly Start, DateOnly End, string Value)> Candidates(string kind, string label, DateOnly r)
    {
        var inv = CultureInfo.InvariantCulture;
        if (kind == "weekend")
        {
            for (int i = -14; i <= 14; i++)
            {
                var d = r.AddDays(i);
                if (d.DayOfWeek == DayOfWeek.Saturday)
                {
                    yield return (d, d.AddDays(1), CalendarUnit.Format("weekend", d, 0));
                }
            }

            yield break;
        }

        if (kind == "weekday")
        {
            int dow = int.Parse(label, inv) % 7;
            for (int i = -14; i <= 14; i++)
            {
                var d = r.AddDays(i);
                if ((int)d.DayOfWeek == dow)
                {
                    yield return (d, d, d.ToString("yyyy-MM-dd", inv));
                }
            }

            yield break;
        }

        for (int y = r.Year - 2; y <= r.Year + 2; y++)
        {
            var period = Period(kind, label, y);
            if (period is not null)
            {
                yield return period.Value;
            }
        }
    }

    private static (DateOnly Start, DateOnly End, string Value)? Period(string kind, string label, int y)
    {
        var inv = CultureInfo.InvariantCulture;
        string year = y.ToString("D4", inv);
        switch (kind)
        {
            case "month":
                int m = int.Parse(label, inv);
                var first = new DateOnly(y, m, 1);
                return (first, first.AddMonths(1).AddDays(-1), $"{year}-{label}");
            case "monthday":
                int mm = int.Parse(label[..2], inv), dd = int.Parse(label[3..], inv);
                if (dd > DateTime.DaysInMonth(y, mm))
                {
                    return null;
                }

                var day = new DateOnly(y, mm, dd);
                return (day, day, $"{year}-{label}");
            case "quarter":
                int q = label[1] - '0';
                var qs = new DateOnly(y, (3 * (q - 1)) + 1, 1);
                return (qs, qs.AddMonths(3).AddDays(-1), $"{year}-{label}");
            case "half":
                int h = label[1] - '0';
                var hs = new DateOnly(y, (6 * (h - 1)) + 1, 1);
                return (hs, hs.AddMonths(6).AddDays(-1), $"{year}-{label}");
            case "holiday":
                return Holidays.On(label, y) is { } holiday ? (holiday, holiday, holiday.ToString("yyyy-MM-dd", inv)) : null;
            case "season":
                int startMonth = label switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
                var ss = new DateOnly(y, startMonth, 1);
                return (ss, ss.AddMonths(3).AddDays(-1), $"{year}-{label}");
            default:
                throw new ArgumentException($"DOS0311: unknown period kind '{kind}' in near(); use weekday, weekend, month, monthday, quarter, half, season or holiday.", nameof(kind));
        }
    }
}
