using System.Globalization;
using System.Text.RegularExpressions;
using Dossier.Model;

namespace Dossier.Temporal;

/// <summary>
/// Phase two: evaluates the functions a rule's value left in place against a reference day (the article's date),
/// the narrative anchor and the clause's tense:
/// <c>ref(unit,n)</c> the unit containing the reference day shifted by n (<c>ref(year,-1)</c> "last year");
/// <c>anchor(unit,n)</c> the same from the narrative anchor ("the next day"), else the reference day;
/// <c>same(year,n)</c> the narrative anchor's quarter or half n years away ("a year earlier" than the third
/// quarter), else <c>ref(year,n)</c>; <c>latest(unit)</c> the narrative anchor when it is such a unit ("the
/// quarter" after "the third quarter") if it is over by the reference day, else the last whole unit before it;
/// <c>near(kind,label[,op])</c> a period named without its year, in the tense's direction unless op says
/// (<see cref="NearPeriod"/>); <c>yy(NN)</c> a two-digit year in the reference day's century window.
/// Without a reference day each function becomes its unknown form (<c>XXXX-06</c>), never a guess.
/// </summary>
public static partial class TimexResolver
{
    public static ResolvedValue Resolve(string? raw, DateOnly? reference, NarrativeAnchor? anchor, TemporalDirection direction)
    {
        if (raw is null)
        {
            return new ResolvedValue(null, "none");
        }

        if (!raw.Contains('(', StringComparison.Ordinal))
        {
            return new ResolvedValue(InYears(raw), "absolute");
        }

        string kind = reference is null ? "none" : "dct";
        string value = Function().Replace(raw, m =>
        {
            string[] args = m.Groups["args"].Value.Split(',', StringSplitOptions.TrimEntries);
            string? result = m.Groups["fn"].Value switch
            {
                "ref" => Shift(args, reference),
                "anchor" when anchor is { } a && a.Rank >= CalendarUnit.Rank(args[0]) => Mark(ref kind, Shift(args, a.Day)),
                "anchor" => Shift(args, reference),
                "same" when anchor is { } a && a.Rank is 15 or 12 && int.TryParse(args[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int years) => Mark(ref kind, a.ShiftYears(years)),
                "same" => Shift(args, reference),
                "inyear" when anchor is { } a && a.Rank is 15 or 12 => Mark(ref kind, args[0] + a.Value[4..]),
                "inyear" => args[0],
                "latest" when anchor is { } a && a.Rank == CalendarUnit.Rank(args[0]) && reference is { } r && a.Day.AddMonths(args[0] == "half" ? 6 : 3) <= r => Mark(ref kind, a.Value),
                "latest" => Shift([args[0], "-1"], reference),
                "near" => Near(args, reference, direction),
                "yy" => Century(args[0], reference),
                _ => null,
            };
            return result ?? Unknown(m.Groups["fn"].Value, args);
        });
        return new ResolvedValue(value, kind);
    }

    /// <summary>
    /// Resolves against a publication range: the value is what both ends of the range agree on, cut back to the
    /// granularity they share (a day, a month, a year), or the unknown form when they do not share a year.
    /// </summary>
    public static ResolvedValue Resolve(string? raw, DateRange range, NarrativeAnchor? anchor, TemporalDirection direction)
    {
        var early = Resolve(raw, range.Earliest, anchor, direction);
        if (early.Anchor is "absolute" or "none")
        {
            return early;
        }

        var late = Resolve(raw, range.Latest, anchor, direction);
        string anchorKind = early.Anchor == "narrative" ? "narrative" : "range";
        if (early.Value == late.Value)
        {
            return new ResolvedValue(early.Value, anchorKind);
        }

        string a = early.Value ?? "", b = late.Value ?? "";
        foreach (int cut in new[] { 7, 4 })
        {
            if (a.Length >= cut && b.Length >= cut && string.CompareOrdinal(a, 0, b, 0, cut) == 0 && a[..cut].All(c => char.IsAsciiDigit(c) || c == '-') && (a.Length == cut || a[cut] == '-'))
            {
                return new ResolvedValue(a[..cut], anchorKind);
            }
        }

        return Resolve(raw, (DateOnly?)null, null, direction);
    }

    /// <summary>
    /// A counted span of decades or centuries is written in years, as TimeBank and AQUAINT write them ("two
    /// decades" P20Y, "the past decade" P10Y, "this century" P100Y); a vague one (PXDE) keeps its unit.
    /// </summary>
    internal static string InYears(string value)
    {
        if (value.Length < 4 || value[0] != 'P' || !(value.EndsWith("DE", StringComparison.Ordinal) || value.EndsWith("CE", StringComparison.Ordinal))
            || !int.TryParse(value.AsSpan(1, value.Length - 3), NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n > 1000)
        {
            return value;
        }

        int years = n * (value[^2] == 'D' ? 10 : 100);
        return "P" + years.ToString(CultureInfo.InvariantCulture) + "Y";
    }

    private static string? Mark(ref string kind, string? value)
    {
        kind = "narrative";
        return value;
    }

    private static string? Shift(string[] args, DateOnly? day)
    {
        if (day is null || args.Length < 2 || !int.TryParse(args[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int n))
        {
            return null;
        }

        return CalendarUnit.Format(args[0], day.Value, n);
    }

    private static string? Near(string[] args, DateOnly? day, TemporalDirection direction)
    {
        if (day is null || args.Length < 2)
        {
            return null;
        }

        // Without a tense cue a weekday is read as past (news reports what happened), a month or a date as the
        // nearest one: "expires Nov. 21" in a November 2 article is this November.
        string op = args.Length > 2 ? args[2] : direction switch
        {
            // A quarter or half told in the future is still most often the one just reported ("plans to restructure
            // after a third-quarter loss" in October), so the nearest is taken, not the next one not yet over.
            TemporalDirection.Future => args[0] is "quarter" or "half" ? "~" : ">=",
            TemporalDirection.Past => args[0] is "month" or "monthday" ? "<~" : "<=",
            TemporalDirection.Narrated => "<=",
            _ => args[0] is "weekday" or "weekend" ? "<=" : "~",
        };
        return NearPeriod.Resolve(args[0], args[1], day.Value, op);
    }

    private static string? Century(string yy, DateOnly? day)
    {
        if (day is null || !int.TryParse(yy, NumberStyles.None, CultureInfo.InvariantCulture, out int n) || yy.Length != 2)
        {
            return null;
        }

        int year = (day.Value.Year / 100 * 100) + n;
        if (year > day.Value.Year + 10)
        {
            year -= 100;
        }

        return year.ToString("D4", CultureInfo.InvariantCulture);
    }

    private static string Unknown(string fn, string[] args) => fn switch
    {
        "near" when args.Length >= 2 => NearPeriod.Unknown(args[0], args[1]),
        "yy" => "XX" + args[0],
        _ => CalendarUnit.Unknown(args[0]),
    };

    [GeneratedRegex(@"(?<fn>ref|anchor|same|inyear|latest|near|yy)\((?<args>[^()]*)\)")]
    private static partial Regex Function();
}
