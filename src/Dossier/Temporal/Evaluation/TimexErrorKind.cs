using System.Text.RegularExpressions;

namespace Dossier.Temporal.Evaluation;

/// <summary>
/// Sorts a TimeML mismatch into the kind of expression it concerns, so that an error dump can be read by class
/// (bare weekdays, quarters and fiscal periods, weeks, year-relative, decades, year-less dates, vague spans, the
/// _REF values, sets, durations, times of day, bare years, day-relative) rather than line by line. The first kind
/// whose test the expression's text (or value and type) passes wins; the order puts the more specific kinds first.
/// </summary>
public static partial class TimexErrorKind
{
    /// <summary>The kind of an expression given its text, its TimeML type and value (gold's when there is one).</summary>
    public static string Of(string text, string? type, string? value)
    {
        ArgumentNullException.ThrowIfNull(text);
        string v = value ?? "";
        return text switch
        {
            _ when Weekday().IsMatch(text) => "weekday",
            _ when Quarter().IsMatch(text) || v.Contains("-Q", StringComparison.Ordinal) || v.Contains("-H", StringComparison.Ordinal) => "quarter/fiscal",
            _ when Decade().IsMatch(text) => "decade/century",
            _ when Week().IsMatch(text) => "week",
            _ when v.EndsWith("_REF", StringComparison.Ordinal) || Present().IsMatch(text) => "now/_REF",
            _ when type == "SET" => "set",
            _ when Vague().IsMatch(text) => "past/recent/coming span",
            _ when type == "DURATION" || v.StartsWith('P') => "duration",
            _ when YearRelative().IsMatch(text) => "year-relative",
            _ when MonthName().IsMatch(text) && !FourDigitYear().IsMatch(text) => "year-less date",
            _ when type == "TIME" => "time of day",
            _ when FourDigitYear().IsMatch(text) => "explicit year",
            _ when DayRelative().IsMatch(text) => "day-relative",
            _ => "other",
        };
    }

    [GeneratedRegex(@"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\bweekend", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Weekday();

    [GeneratedRegex(@"quarter|fiscal|\bperiod\b|\bhalf\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Quarter();

    [GeneratedRegex(@"decade|centur|\d0'?s\b|'\d0s|(?:twent|thirt|fort|fift|sixt|sevent|eight|ninet)ies", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Decade();

    [GeneratedRegex(@"\bweeks?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Week();

    [GeneratedRegex(@"^(?:right\s+)?now$|current|recently|previous|former|future|\bpast\b$|^once$|^soon$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Present();

    [GeneratedRegex(@"\b(?:past|last|recent|coming|next|few|several)\b.*\b(?:years|months|days|hours|minutes)\b|^(?:years|months|days)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Vague();

    [GeneratedRegex(@"\byears?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YearRelative();

    [GeneratedRegex(@"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|$)|spring|summer|autumn|fall|winter|christmas|easter|thanksgiving", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthName();

    [GeneratedRegex(@"\b\d{4}\b")]
    private static partial Regex FourDigitYear();

    [GeneratedRegex(@"today|yesterday|tomorrow|tonight|\bdays?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayRelative();
}
