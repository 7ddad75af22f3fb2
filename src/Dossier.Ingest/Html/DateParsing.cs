using System.Globalization;
using System.Text.RegularExpressions;

namespace Dossier.Ingest.Html;

/// <summary>
/// Reads a calendar day from the ways pages write one: ISO 8601 (with or without time and zone: the day as
/// written, not converted), 2020/01/28, 28.01.2020, "January 28, 2020", "28 January 2020", "28. Januar 2020".
/// </summary>
public static partial class DateParsing
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    /// <summary>The first day written in <paramref name="text"/>, or null.</summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var m = Iso().Match(text);
        if (m.Success)
            return Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        m = Dotted().Match(text);
        if (m.Success)
            return Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value);
        return ParseWords(text);
    }

    /// <summary>A day written with a month name ("January 28, 2020", "28. Januar 2020"), or null.</summary>
    public static DateOnly? ParseWords(string text)
    {
        var m = DayMonthYear().Match(text);
        if (m.Success && Months.TryGetValue(m.Groups["mon"].Value.ToLowerInvariant(), out var month))
            return Make(m.Groups["y"].Value, month, m.Groups["d"].Value);
        m = MonthDayYear().Match(text);
        if (m.Success && Months.TryGetValue(m.Groups["mon"].Value.ToLowerInvariant(), out month))
            return Make(m.Groups["y"].Value, month, m.Groups["d"].Value);
        return null;
    }

    /// <summary>A day found in a URL path (/2020/01/28/, /2020-01-28-, /20200128), or null.</summary>
    public static DateOnly? FromUrl(string? url)
    {
        if (string.IsNullOrEmpty(url))
            return null;
        var m = UrlDate().Match(url);
        return m.Success ? Make(m.Groups["y"].Value, m.Groups["m"].Value, m.Groups["d"].Value) : null;
    }

    private static DateOnly? Make(string y, string m, string d) =>
        Make(y, int.Parse(m, CultureInfo.InvariantCulture), d);

    private static DateOnly? Make(string y, int month, string d)
    {
        var year = int.Parse(y, CultureInfo.InvariantCulture);
        var day = int.Parse(d, CultureInfo.InvariantCulture);
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return null;
        return new DateOnly(year, month, day);
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            ["january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "stycznia"],
            ["february", "feb", "februar", "février", "febrero", "febbraio", "lutego"],
            ["march", "mar", "märz", "maerz", "mars", "marzo", "marca"],
            ["april", "apr", "avril", "abril", "aprile", "kwietnia"],
            ["may", "mai", "mayo", "maggio", "maja"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "czerwca"],
            ["july", "jul", "juli", "juillet", "julio", "luglio", "lipca"],
            ["august", "aug", "août", "agosto", "sierpnia"],
            ["september", "sep", "sept", "septembre", "septiembre", "settembre", "września"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "października"],
            ["november", "nov", "novembre", "noviembre", "listopada"],
            ["december", "dec", "dezember", "dez", "décembre", "diciembre", "dicembre", "grudnia"],
        ];
        var map = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var n in names[i])
                map[n] = i + 1;
        }
        return map;
    }

    [GeneratedRegex(@"(?<![\d])(?<y>(19|20)\d\d)[-/](?<m>[01]?\d)[-/](?<d>[0-3]?\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![\d.])(?<d>[0-3]?\d)[./](?<m>[01]?\d)[./](?<y>(19|20)\d\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Dotted();

    [GeneratedRegex(@"(?<![\d])(?<d>[0-3]?\d)(\.|th|st|nd|rd)?\s+(?<mon>\p{L}{3,12})\.?,?\s+(?<y>(19|20)\d\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<mon>\p{L}{3,9})\.?\s+(?<d>[0-3]?\d)(th|st|nd|rd)?,?\s+(?<y>(19|20)\d\d)(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"/(?<y>(19|20)\d\d)[/-]?(?<m>[01]\d)[/-]?(?<d>[0-3]\d)(?:[/_.-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex UrlDate();
}
