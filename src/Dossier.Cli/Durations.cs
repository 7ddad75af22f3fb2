using System.Globalization;

namespace Dossier.Cli;

/// <summary>Reads durations as people write them on a command line: 500ms, 30s, 2m, 1h, or a plain number of seconds.</summary>
internal static class Durations
{
    public static TimeSpan? TryParse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string t = text.Trim();
        (string Suffix, double Scale)[] units = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)];
        foreach (var (suffix, scale) in units)
        {
            if (t.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) &&
                double.TryParse(t[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && v >= 0)
            {
                return TimeSpan.FromSeconds(v * scale);
            }
        }

        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out double s) && s >= 0 ? TimeSpan.FromSeconds(s) : null;
    }
}
