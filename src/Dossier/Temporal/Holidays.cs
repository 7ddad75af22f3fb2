namespace Dossier.Temporal;

/// <summary>
/// Holidays news names without a date ("on Thanksgiving Day", "Election Day"), by the names used in
/// <c>normalization/holiday.txt</c>: fixed dates, and movable ones computed for a year (US Thanksgiving, US federal
/// Election Day, Western Easter, US Memorial and Labor Day).
/// </summary>
internal static class Holidays
{
    public static DateOnly? On(string name, int year) => name switch
    {
        "newyear" => new DateOnly(year, 1, 1),
        "valentine" => new DateOnly(year, 2, 14),
        "independence" => new DateOnly(year, 7, 4),
        "halloween" => new DateOnly(year, 10, 31),
        "veterans" => new DateOnly(year, 11, 11),
        "christmaseve" => new DateOnly(year, 12, 24),
        "christmas" => new DateOnly(year, 12, 25),
        "newyeareve" => new DateOnly(year, 12, 31),
        "thanksgiving" => Nth(year, 11, DayOfWeek.Thursday, 4),
        "election" => Nth(year, 11, DayOfWeek.Monday, 1).AddDays(1),
        "memorial" => Last(year, 5, DayOfWeek.Monday),
        "labor" => Nth(year, 9, DayOfWeek.Monday, 1),
        "easter" => Easter(year),
        _ => null,
    };

    /// <summary>The value with the year unknown: the month and day for fixed holidays, the month for movable ones.</summary>
    public static string Unknown(string name) =>
        name is "thanksgiving" or "election" or "memorial" or "labor" or "easter" || On(name, 2001) is not { } d
            ? "XXXX-XX-XX"
            : d.ToString("XXXX-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static DateOnly Nth(int year, int month, DayOfWeek day, int n)
    {
        var first = new DateOnly(year, month, 1);
        int offset = ((int)day - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly Last(int year, int month, DayOfWeek day)
    {
        var last = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
        return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
    }

    /// <summary>Western Easter Sunday (the anonymous Gregorian computus).</summary>
    private static DateOnly Easter(int y)
    {
        int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        int month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(y, month, day);
    }
}
