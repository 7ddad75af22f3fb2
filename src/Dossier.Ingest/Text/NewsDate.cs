using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Resources;

namespace Dossier.Ingest.Text;

/// <summary>Finds calendar dates written the ways news pages write them: "July 5, 2024", "Sept. 30, 2024", "5 July 2024", "2024-07-05".</summary>
public static partial class NewsDate
{
    private static readonly Lazy<Dictionary<string, int>> Months = new(LoadMonths);

    private static readonly Lazy<Regex> Pattern = new(BuildPattern);

    /// <summary>A line that is only a date, with an optional time and an optional leading wire name or label.</summary>
    public static bool TryParseDateLine(string line, out DateOnly date, out string prefix)
    {
        date = default;
        prefix = string.Empty;
        var m = Pattern.Value.Match(line);
        if (!m.Success || !TryBuild(m, out date))
        {
            return false;
        }

        string before = line[..m.Index].Trim().TrimEnd(',', '|', '-', '–', '—', ':').Trim();
        string after = line[(m.Index + m.Length)..].Trim();
        if (after.Length > 0 && !TimeTail().IsMatch(after))
        {
            return false;
        }

        if (before.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 3)
        {
            return false;
        }

        prefix = before;
        return true;
    }

    /// <summary>The first date anywhere in the text.</summary>
    public static bool TryFind(string text, out DateOnly date)
    {
        date = default;
        foreach (Match m in Pattern.Value.Matches(text))
        {
            if (TryBuild(m, out date))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryBuild(Match m, out DateOnly date)
    {
        date = default;
        int year, month, day;
        if (m.Groups["iy"].Success)
        {
            year = int.Parse(m.Groups["iy"].Value, CultureInfo.InvariantCulture);
            month = int.Parse(m.Groups["im"].Value, CultureInfo.InvariantCulture);
            day = int.Parse(m.Groups["id"].Value, CultureInfo.InvariantCulture);
        }
        else
        {
            string monthName = (m.Groups["m1"].Success ? m.Groups["m1"].Value : m.Groups["m2"].Value).TrimEnd('.').ToLowerInvariant();
            if (!Months.Value.TryGetValue(monthName, out month))
            {
                return false;
            }

            year = int.Parse(m.Groups["y1"].Success ? m.Groups["y1"].Value : m.Groups["y2"].Value, CultureInfo.InvariantCulture);
            day = int.Parse(m.Groups["d1"].Success ? m.Groups["d1"].Value : m.Groups["d2"].Value, CultureInfo.InvariantCulture);
        }

        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month) || year is < 1800 or > 2200)
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static Regex BuildPattern()
    {
        string names = string.Join("|", Months.Value.Keys.OrderByDescending(k => k.Length).Select(Regex.Escape));
        string pattern =
            $@"\b(?:(?<m1>(?:{names})\.?)\s+(?<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<y1>\d{{4}})" +
            $@"|(?<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?<m2>(?:{names})\.?),?\s+(?<y2>\d{{4}})" +
            @"|(?<iy>\d{4})-(?<im>\d{2})-(?<id>\d{2}))\b";
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
    }

    private static Dictionary<string, int> LoadMonths()
    {
        var file = ResourceFile.Load(ResourceLocator.Resource("en", "ingest", "months.txt"));
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in file.Lines)
        {
            string[] cols = line.Text.Split('\t');
            int number = int.Parse(cols[0], CultureInfo.InvariantCulture);
            foreach (string name in cols[1].Split('|'))
            {
                months[name] = number;
            }
        }

        return months;
    }

    [GeneratedRegex(@"^([-–—|,@]|at)?\s*\d{1,2}(:\d{1,2}){1,2}\s*(am|pm|a\.m\.|p\.m\.)?\s*([A-Z]{2,4}|UTC[+-]?\d*|GMT[+-]?\d*)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimeTail();
}
