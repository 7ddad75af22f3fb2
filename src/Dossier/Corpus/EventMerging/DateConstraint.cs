using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Corpus.EventMerging;

/// <summary>
/// The days a reported date allows: a range of days (open when the year is unknown) and the calendar fields known
/// without it (a month, a day of the month, a weekday). "2024-07" allows July 2024; "XXXX-WXX-4" (a Thursday of an
/// undated article) allows every Thursday. Two reports can be of one event only if their constraints intersect, and
/// the intersection is the merged event's date: "a Thursday" and "2024-07-04" give 2024-07-04.
/// </summary>
public sealed partial record DateConstraint
{
    /// <summary>How many days are searched to tighten a bounded range to its first and last allowed day.</summary>
    private const int TightenLimit = 1200;

    public DateOnly? Earliest { get; init; }

    public DateOnly? Latest { get; init; }

    /// <summary>The month (1–12) every allowed day is in, or 0.</summary>
    public int Month { get; init; }

    /// <summary>The day of the month every allowed day has, or 0.</summary>
    public int DayOfMonth { get; init; }

    /// <summary>The weekday every allowed day falls on, or null.</summary>
    public DayOfWeek? Weekday { get; init; }

    /// <summary>The value as a report wrote it (kept for open constraints, whose canonical form is that value).</summary>
    public string Written { get; init; } = string.Empty;

    public bool IsBounded => Earliest is not null && Latest is not null;

    /// <summary>The one day allowed, or null.</summary>
    public DateOnly? Day => IsBounded && Earliest == Latest ? Earliest : null;

    /// <summary>Granularity, finer is larger: a day 40, a week 30, a month 20, a quarter 15, a year 10, more 5, no year 1.</summary>
    public int Rank => !IsBounded ? 1 : (Latest!.Value.DayNumber - Earliest!.Value.DayNumber) switch
    {
        0 => 40,
        <= 6 => 30,
        <= 30 => 20,
        <= 91 => 15,
        <= 365 => 10,
        _ => 5,
    };

    /// <summary>The constraint a TIMEX3 value sets, or null when the value says nothing about the day (null, <c>XXXX</c>, <c>PRESENT_REF</c>, durations).</summary>
    public static DateConstraint? Parse(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        if (value.Length > 10 && value[10] == 'T')
        {
            value = value[..10];
        }

        var m = Pattern().Match(value);
        if (!m.Success)
        {
            return null;
        }

        try
        {
            return From(m, value);
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    /// <summary>True when the day is allowed.</summary>
    public bool Contains(DateOnly day) =>
        (Earliest is null || day >= Earliest) && (Latest is null || day <= Latest)
        && (Month == 0 || day.Month == Month) && (DayOfMonth == 0 || day.Day == DayOfMonth)
        && (Weekday is null || day.DayOfWeek == Weekday);

    /// <summary>The days both allow, or null when there are none.</summary>
    public DateConstraint? Intersect(DateConstraint other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if ((Month != 0 && other.Month != 0 && Month != other.Month)
            || (DayOfMonth != 0 && other.DayOfMonth != 0 && DayOfMonth != other.DayOfMonth)
            || (Weekday is not null && other.Weekday is not null && Weekday != other.Weekday))
        {
            return null;
        }

        var result = new DateConstraint
        {
            Earliest = Max(Earliest, other.Earliest),
            Latest = Min(Latest, other.Latest),
            Month = Month != 0 ? Month : other.Month,
            DayOfMonth = DayOfMonth != 0 ? DayOfMonth : other.DayOfMonth,
            Weekday = Weekday ?? other.Weekday,
            Written = Rank >= other.Rank ? Written : other.Written,
        };
        return result.Tightened();
    }

    /// <summary>The canonical TIMEX3 value at the granularity known (a day, an ISO week, a month, a quarter, a year, a decade), or null when no single value names it.</summary>
    public string? Value()
    {
        if (!IsBounded)
        {
            return Written.Length > 0 ? Written : null;
        }

        var (e, l) = (Earliest!.Value, Latest!.Value);
        var inv = CultureInfo.InvariantCulture;
        if (e == l)
        {
            return e.ToString("yyyy-MM-dd", inv);
        }

        if (l.DayNumber - e.DayNumber == 6 && e.DayOfWeek == DayOfWeek.Monday)
        {
            var monday = e.ToDateTime(TimeOnly.MinValue);
            return string.Create(inv, $"{ISOWeek.GetYear(monday):D4}-W{ISOWeek.GetWeekOfYear(monday):D2}");
        }

        if (e.Year != l.Year)
        {
            return e.Year / 10 == l.Year / 10 && e.Month == 1 && e.Day == 1 && l.Month == 12 && l.Day == 31 && e.Year % 10 == 0 && l.Year % 10 == 9
                ? (e.Year / 10).ToString("D3", inv) : null;
        }

        if (e.Month == l.Month)
        {
            return e.ToString("yyyy-MM", inv);
        }

        if (e.Day == 1 && l.AddDays(1).Day == 1 && (e.Month - 1) % 3 == 0 && l.Month == e.Month + 2)
        {
            return string.Create(inv, $"{e.Year:D4}-Q{((e.Month - 1) / 3) + 1}");
        }

        return e.Year.ToString("D4", inv);
    }

    private DateConstraint? Tightened()
    {
        if (Earliest is { } e && Latest is { } l)
        {
            if (e > l)
            {
                return null;
            }

            if (Month == 0 && DayOfMonth == 0 && Weekday is null)
            {
                return this;
            }

            if (l.DayNumber - e.DayNumber > TightenLimit)
            {
                return this;
            }

            DateOnly? first = null, last = null;
            for (var d = e; d <= l; d = d.AddDays(1))
            {
                if (Contains(d))
                {
                    first ??= d;
                    last = d;
                }
            }

            return first is null ? null : this with { Earliest = first, Latest = last };
        }

        return this;
    }

    private static DateConstraint From(Match m, string value)
    {
        var inv = CultureInfo.InvariantCulture;
        int G(string name) => int.Parse(m.Groups[name].Value, inv);
        if (m.Groups["xmonth"].Success)
        {
            return new DateConstraint { Month = G("xmonth"), DayOfMonth = m.Groups["xday"].Success ? G("xday") : 0, Written = value };
        }

        if (m.Groups["xweekday"].Success)
        {
            return new DateConstraint { Weekday = (DayOfWeek)(G("xweekday") % 7), Written = value };
        }

        if (m.Groups["decade"].Success)
        {
            int decade = G("decade") * 10;
            return Range(new DateOnly(decade, 1, 1), new DateOnly(decade + 9, 12, 31), value);
        }

        int y = G("y");
        if (m.Groups["week"].Success)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, G("week"), DayOfWeek.Monday));
            return m.Groups["wd"].Success ? Range(monday.AddDays(G("wd") - 1), monday.AddDays(G("wd") - 1), value)
                : m.Groups["we"].Success ? Range(monday.AddDays(5), monday.AddDays(6), value)
                : Range(monday, monday.AddDays(6), value);
        }

        if (m.Groups["q"].Success)
        {
            var first = new DateOnly(y, (3 * (G("q") - 1)) + 1, 1);
            return Range(first, first.AddMonths(3).AddDays(-1), value);
        }

        if (m.Groups["h"].Success)
        {
            var first = new DateOnly(y, (6 * (G("h") - 1)) + 1, 1);
            return Range(first, first.AddMonths(6).AddDays(-1), value);
        }

        if (m.Groups["season"].Success)
        {
            int start = m.Groups["season"].Value switch { "SP" => 3, "SU" => 6, "FA" => 9, _ => 12 };
            var first = new DateOnly(y, start, 1);
            return Range(first, first.AddMonths(3).AddDays(-1), value);
        }

        if (m.Groups["m"].Success)
        {
            var first = new DateOnly(y, G("m"), 1);
            return m.Groups["d"].Success ? Range(new DateOnly(y, G("m"), G("d")), new DateOnly(y, G("m"), G("d")), value)
                : Range(first, first.AddMonths(1).AddDays(-1), value);
        }

        return Range(new DateOnly(y, 1, 1), new DateOnly(y, 12, 31), value);
    }

    private static DateConstraint Range(DateOnly from, DateOnly to, string value) => new() { Earliest = from, Latest = to, Written = value };

    private static DateOnly? Max(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a > b ? a : b;

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;

    [GeneratedRegex(@"^(?:XXXX-(?<xmonth>\d{2})(?:-(?<xday>\d{2}))?|XXXX-WXX-(?<xweekday>[1-7])|(?<decade>\d{3})|(?<y>\d{4})(?:-(?:W(?<week>\d{2})(?:-(?<wd>[1-7])|(?<we>-WE))?|Q(?<q>[1-4])|H(?<h>[12])|(?<season>SP|SU|FA|WI)|(?<m>\d{2})(?:-(?<d>\d{2}))?))?)$")]
    private static partial Regex Pattern();
}
