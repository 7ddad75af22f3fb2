using System.Globalization;
using Dossier.Model;

namespace Dossier.Temporal;

/// <summary>
/// Narrows an undated article's publication range with pins (values of its expressions established elsewhere): the
/// days of publication on which every pinned expression resolves to its known value, and among those the days on
/// which the article's bare weekday names ("on Friday", "on Monday") fall closest together — a report names weekdays
/// for the days around it, so the tightest reading wins. A range is never widened and never invented: with no
/// consistent day the current range stays as it is.
/// </summary>
public static class PublicationNarrowing
{
    /// <summary>How far from a pinned day publication is looked for when nothing else bounds it.</summary>
    public const int SearchDays = 400;

    public static DateRange? Narrow(ArticleDating dating, DateRange? current, IReadOnlyList<DatePin> pins)
    {
        ArgumentNullException.ThrowIfNull(dating);
        ArgumentNullException.ThrowIfNull(pins);
        if (pins.Count == 0)
        {
            return current;
        }

        DateOnly from = current?.Earliest ?? DateOnly.MinValue, to = current?.Latest ?? DateOnly.MaxValue;
        foreach (var pin in pins)
        {
            if (NarrativeAnchor.From(pin.Value) is not { } known)
            {
                throw new ArgumentException($"DOS0330: pin value '{pin.Value}' is not a TIMEX3 year, month or day.", nameof(pins));
            }

            from = Max(from, known.Day.AddDays(-SearchDays));
            to = Min(to, known.Day.AddDays(SearchDays));
        }

        var weekdays = Enumerable.Range(0, dating.Count).Where(dating.IsWeekday).ToList();
        var pinned = pins.GroupBy(p => p.Index).ToDictionary(g => g.Key, g => g.First());
        var kept = new List<DateOnly>();
        int bestSpan = int.MaxValue;
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            if (!pins.All(p => dating.ValueOn(p.Index, day, p.Direction) == p.Value))
            {
                continue;
            }

            int span = WeekdaySpan(dating, weekdays, pinned, day);
            if (span < bestSpan)
            {
                bestSpan = span;
                kept.Clear();
            }

            if (span == bestSpan)
            {
                kept.Add(day);
            }

            if (day == DateOnly.MaxValue)
            {
                break;
            }
        }

        return kept.Count == 0 ? current : new DateRange(kept[0], kept[^1]);
    }

    private static int WeekdaySpan(ArticleDating dating, List<int> weekdays, Dictionary<int, DatePin> pinned, DateOnly day)
    {
        int min = int.MaxValue, max = int.MinValue;
        foreach (int i in weekdays)
        {
            string? value = pinned.TryGetValue(i, out var pin) ? pin.Value : dating.ValueOn(i, day);
            int n = DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d.DayNumber : -1;
            if (n >= 0)
            {
                min = Math.Min(min, n);
                max = Math.Max(max, n);
            }
        }

        return max >= min ? max - min : 0;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
