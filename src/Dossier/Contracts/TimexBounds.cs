using System.Globalization;

namespace Dossier.Contracts;

/// <summary>The first and last calendar day a TimeML date value covers ("2024" → 2024-01-01…2024-12-31); null when it names no calendar span.</summary>
public static class TimexBounds
{
    public static (string? Earliest, string? Latest) Of(string? value)
    {
        if (value is null)
        {
            return (null, null);
        }

        var inv = CultureInfo.InvariantCulture;
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", inv, DateTimeStyles.None, out var day))
        {
            string d = day.ToString("yyyy-MM-dd", inv);
            return (d, d);
        }

        if (value.Length == 7 && DateOnly.TryParseExact(value + "-01", "yyyy-MM-dd", inv, DateTimeStyles.None, out var month))
        {
            return (month.ToString("yyyy-MM-dd", inv), month.AddMonths(1).AddDays(-1).ToString("yyyy-MM-dd", inv));
        }

        if (value.Length == 4 && int.TryParse(value, NumberStyles.None, inv, out int year) && year > 0)
        {
            return (new DateOnly(year, 1, 1).ToString("yyyy-MM-dd", inv), new DateOnly(year, 12, 31).ToString("yyyy-MM-dd", inv));
        }

        return (null, null);
    }
}
