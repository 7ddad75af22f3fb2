using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Temporal;

/// <summary>
/// The date the narrative last moved to ("the third quarter … a year earlier", "In June 2024 … the next day"): the
/// first day of the period, its granularity (<see cref="CalendarUnit.Rank"/>) and the value as written.
/// </summary>
public readonly partial record struct NarrativeAnchor(DateOnly Day, int Rank, string Value)
{
    /// <summary>The anchor a resolved calendar value sets (a year, half, quarter, month or day), or null for other values.</summary>
    public static NarrativeAnchor? From(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var m = CalendarValue().Match(value);
        if (!m.Success)
        {
            return null;
        }

        var inv = CultureInfo.InvariantCulture;
        int y = int.Parse(m.Groups["y"].Value, inv);
        if (y is < 1 or > 9998)
        {
            return null;
        }

        if (m.Groups["q"].Success)
        {
            int q = m.Groups["q"].Value[0] - '0';
            return q is >= 1 and <= 4 ? new NarrativeAnchor(new DateOnly(y, (3 * (q - 1)) + 1, 1), CalendarUnit.Rank("quarter"), value) : null;
        }

        if (m.Groups["h"].Success)
        {
            int h = m.Groups["h"].Value[0] - '0';
            return h is 1 or 2 ? new NarrativeAnchor(new DateOnly(y, (6 * (h - 1)) + 1, 1), CalendarUnit.Rank("half"), value) : null;
        }

        int mo = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, inv) : 1;
        int d = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, inv) : 1;
        if (mo is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, mo))
        {
            return null;
        }

        string unit = m.Groups["d"].Success ? "day" : m.Groups["m"].Success ? "month" : "year";
        return new NarrativeAnchor(new DateOnly(y, mo, d), CalendarUnit.Rank(unit), value);
    }

    /// <summary>The same period <paramref name="years"/> years away ("a year earlier" than 1989-Q3 is 1988-Q3).</summary>
    public string ShiftYears(int years)
    {
        string shifted = (Day.Year + years).ToString("D4", CultureInfo.InvariantCulture);
        return shifted + Value[4..];
    }

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?:Q(?<q>\d)|H(?<h>\d)|(?<m>\d{2})(?:-(?<d>\d{2}))?))?$")]
    private static partial Regex CalendarValue();
}
