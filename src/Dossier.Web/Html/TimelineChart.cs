using System.Globalization;
using Dossier.Corpus.Timelines;
using Dossier.Web.Views;

namespace Dossier.Web.Html;

/// <summary>
/// A timeline drawn as server-side SVG: one row per date, on a shared time axis. A date known to the day is a dot
/// (larger with more independent sources), a month is a box spanning that month, any other range (a year, a season,
/// "between" two dates) a dashed bar with end marks. Every mark links to its evidence and carries a tooltip.
/// </summary>
internal static class TimelineChart
{
    private const double Width = 1000, Left = 86, Right = 16, Top = 26, Row = 20;

    public static void Write(HtmlWriter h, IReadOnlyList<TimelineEntry> entries, Func<TimelineEntry, string> href)
    {
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(href);
        if (entries.Count == 0)
        {
            return;
        }

        int min = entries.Min(e => e.Earliest.DayNumber), max = entries.Max(e => e.Latest.DayNumber) + 1;
        if (max - min < 60)
        {
            min -= 30;
            max += 30;
        }

        double X(int day) => Left + ((day - min) / (double)(max - min) * (Width - Left - Right));
        double height = Top + (entries.Count * Row) + 8;
        h.Open("svg", ("class", "chart"), ("id", "timeline-chart"), ("viewbox", $"0 0 {Svg.N(Width)} {Svg.N(height)}"), ("role", "img"),
            ("aria-label", $"Timeline of {entries.Count} dates from {entries[0].Date} to {entries[^1].Date}"), ("xmlns", "http://www.w3.org/2000/svg"));
        YearTicks(h, min, max, height, X);
        for (int i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            double y = Top + (i * Row) + (Row / 2);
            h.Element("text", e.Date, ("x", Svg.N(Left - 6)), ("y", Svg.N(y + 4)), ("text-anchor", "end"));
            h.Element("line", null, ("class", "grid"), ("x1", Svg.N(Left)), ("x2", Svg.N(Width - Right)), ("y1", Svg.N(y)), ("y2", Svg.N(y)));
            string shape = DateShape.Of(e.Earliest, e.Latest);
            h.Open("a", ("href", href(e)), ("class", "mark " + shape), ("data-date", e.Date));
            h.Element("title", $"{e.Date} ({Describe(shape)}): {e.Summary} — {e.Sources.Count} source(s), {e.IndependentSources} independent");
            double x1 = X(e.Earliest.DayNumber), x2 = X(e.Latest.DayNumber + 1);
            switch (shape)
            {
                case DateShape.Exact:
                    h.Element("circle", null, ("class", "exact"), ("cx", Svg.N(x1)), ("cy", Svg.N(y)), ("r", Svg.N(3.5 + (1.5 * Math.Min(e.IndependentSources, 4)))));
                    break;
                case DateShape.Month:
                    h.Element("rect", null, ("class", "month"), ("x", Svg.N(x1)), ("y", Svg.N(y - 5)), ("width", Svg.N(Math.Max(4, x2 - x1))), ("height", "10"));
                    break;
                default:
                    x2 = Math.Max(x2, x1 + 6);
                    h.Element("line", null, ("class", "range"), ("x1", Svg.N(x1)), ("x2", Svg.N(x2)), ("y1", Svg.N(y)), ("y2", Svg.N(y)));
                    h.Element("line", null, ("class", "range-end"), ("x1", Svg.N(x1)), ("x2", Svg.N(x1)), ("y1", Svg.N(y - 5)), ("y2", Svg.N(y + 5)));
                    h.Element("line", null, ("class", "range-end"), ("x1", Svg.N(x2)), ("x2", Svg.N(x2)), ("y1", Svg.N(y - 5)), ("y2", Svg.N(y + 5)));
                    break;
            }

            h.Close("a");
        }

        h.Close("svg");
        h.Open("div", ("class", "legend"));
        h.Open("span").Trusted("<i class=\"exact\"></i>").Text("known to the day (larger: more independent sources)").Close("span");
        h.Open("span").Trusted("<i class=\"month\"></i>").Text("known to the month").Close("span");
        h.Open("span").Trusted("<i class=\"range\"></i>").Text("a range (a year, a season, between two dates)").Close("span");
        h.Close("div");
    }

    public static string Describe(string shape) => shape switch
    {
        DateShape.Exact => "exact day",
        DateShape.Month => "month",
        _ => "range",
    };

    private static void YearTicks(HtmlWriter h, int min, int max, double height, Func<int, double> x)
    {
        int first = DateOnly.FromDayNumber(min).Year, last = DateOnly.FromDayNumber(max).Year;
        int step = Math.Max(1, (int)Math.Ceiling((last - first + 1) / 12.0));
        for (int year = first; year <= last; year++)
        {
            int day = new DateOnly(year, 1, 1).DayNumber;
            if (day < min || (year - first) % step != 0)
            {
                continue;
            }

            double at = x(day);
            if (at > Width - Right - 28)
            {
                continue;
            }

            h.Element("line", null, ("class", "axis"), ("x1", Svg.N(at)), ("x2", Svg.N(at)), ("y1", Svg.N(Top - 6)), ("y2", Svg.N(height)));
            h.Element("text", year.ToString(CultureInfo.InvariantCulture), ("x", Svg.N(at + 2)), ("y", Svg.N(Top - 10)));
        }
    }
}
