using System.Globalization;

namespace Dossier.Temporal;

/// <summary>
/// Calendar arithmetic for the units TimeML values name (day, week, weekend, month, quarter, half, season, year,
/// decade, century): the period containing a day, shifted by whole units, written as its TIMEX3 value, or as the
/// value with unknown digits (<c>XXXX-XX</c>) when there is nothing to anchor it to.
/// </summary>
internal static class CalendarUnit
{
    public static string Format(string unit, DateOnly day, int shift)
    {
        var inv = CultureInfo.InvariantCulture;
        switch (unit)
        {
            case "day":
                return day.AddDays(shift).ToString("yyyy-MM-dd", inv);
            case "week":
            case "weekend":
                var dt = day.AddDays(7 * shift).ToDateTime(TimeOnly.MinValue);
                string week = string.Create(inv, $"{ISOWeek.GetYear(dt):D4}-W{ISOWeek.GetWeekOfYear(dt):D2}");
                return unit == "weekend" ? week + "-WE" : week;
            case "month":
                return day.AddMonths(shift).ToString("yyyy-MM", inv);
            case "quarter":
                int q = (day.Year * 4) + ((day.Month - 1) / 3) + shift;
                return string.Create(inv, $"{Math.DivRem(q, 4, out int qr):D4}-Q{qr + 1}");
            case "half":
                int h = (day.Year * 2) + ((day.Month - 1) / 6) + shift;
                return string.Create(inv, $"{Math.DivRem(h, 2, out int hr):D4}-H{hr + 1}");
            case "year":
                return (day.Year + shift).ToString("D4", inv);
            case "decade":
                return ((day.Year / 10) + shift).ToString("D3", inv);
            case "century":
                return ((day.Year / 100) + shift).ToString("D2", inv);
            default:
                throw new ArgumentException($"DOS0310: unknown calendar unit '{unit}'; use day, week, weekend, month, quarter, half, year, decade or century.", nameof(unit));
        }
    }

    public static string Unknown(string unit) => unit switch
    {
        "day" => "XXXX-XX-XX",
        "week" => "XXXX-WXX",
        "weekend" => "XXXX-WXX-WE",
        "month" => "XXXX-XX",
        "quarter" => "XXXX-QX",
        "half" => "XXXX-HX",
        "decade" => "XXX",
        "century" => "XX",
        _ => "XXXX",
    };

    /// <summary>Rank of granularity, finer is larger: year 10, half 12, quarter 15, month 20, week 30, day 40.</summary>
    public static int Rank(string unit) => unit switch
    {
        "day" => 40,
        "week" or "weekend" => 30,
        "month" => 20,
        "quarter" => 15,
        "half" => 12,
        _ => 10,
    };
}
