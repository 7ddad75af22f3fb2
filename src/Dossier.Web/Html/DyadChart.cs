using System.Globalization;
using Dossier.Corpus.Dyads;

namespace Dossier.Web.Html;

/// <summary>
/// A dyad's trend as server-side SVG: one bar per month on a continuous month axis, stacked by quad class (verbal and
/// material cooperation, verbal and material conflict), and the mean Goldstein score (−10…10, right axis) as dots
/// joined by a line. Each bar links to that month's events.
/// </summary>
internal static class DyadChart
{
    private const double Width = 1000, Height = 260, Left = 40, Right = 40, Top = 16, Bottom = 34;
    private static readonly string[] QuadNames = ["unknown", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

    public static void Write(HtmlWriter h, DyadTrend trend, Func<string, string> href)
    {
        ArgumentNullException.ThrowIfNull(h);
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(href);
        var months = Months(trend.Points[0].Month, trend.Points[^1].Month);
        var byMonth = trend.Points.ToDictionary(p => p.Month, StringComparer.Ordinal);
        int maxCount = Math.Max(1, trend.Points.Max(p => p.Events.Count));
        double plotW = Width - Left - Right, plotH = Height - Top - Bottom, slot = plotW / months.Count;
        double Y(double count) => Top + plotH - (count / maxCount * plotH);
        double G(double goldstein) => Top + plotH - ((goldstein + 10) / 20 * plotH);
        h.Open("svg", ("class", "chart"), ("id", "dyad-chart"), ("viewbox", $"0 0 {Svg.N(Width)} {Svg.N(Height)}"), ("role", "img"),
            ("aria-label", $"Events between {trend.A} and {trend.B} by month, {months[0]} to {months[^1]}"), ("xmlns", "http://www.w3.org/2000/svg"));
        h.Element("line", null, ("class", "axis"), ("x1", Svg.N(Left)), ("x2", Svg.N(Width - Right)), ("y1", Svg.N(Top + plotH)), ("y2", Svg.N(Top + plotH)));
        h.Element("line", null, ("class", "grid"), ("x1", Svg.N(Left)), ("x2", Svg.N(Width - Right)), ("y1", Svg.N(G(0))), ("y2", Svg.N(G(0))));
        h.Element("text", maxCount.ToString(CultureInfo.InvariantCulture), ("x", Svg.N(Left - 6)), ("y", Svg.N(Top + 4)), ("text-anchor", "end"));
        h.Element("text", "0", ("x", Svg.N(Left - 6)), ("y", Svg.N(Top + plotH)), ("text-anchor", "end"));
        h.Element("text", "+10", ("x", Svg.N(Width - Right + 4)), ("y", Svg.N(Top + 4)));
        h.Element("text", "−10", ("x", Svg.N(Width - Right + 4)), ("y", Svg.N(Top + plotH)));
        int labelEvery = Math.Max(1, (int)Math.Ceiling(months.Count / 12.0));
        var goldstein = new List<(int Index, double X, double Y)>();
        for (int i = 0; i < months.Count; i++)
        {
            double x = Left + (i * slot);
            if (i % labelEvery == 0)
            {
                h.Element("text", months[i], ("x", Svg.N(x)), ("y", Svg.N(Height - 12)));
            }

            if (!byMonth.TryGetValue(months[i], out var p))
            {
                continue;
            }

            h.Open("a", ("href", href(p.Month)), ("class", "point"), ("data-month", p.Month));
            var counts = p.QuadClasses;
            h.Element("title", $"{p.Month}: {p.Events.Count} event(s) — " +
                string.Join(", ", Enumerable.Range(0, 5).Where(q => counts[q] > 0).Select(q => $"{counts[q]} {QuadNames[q]}")) +
                (p.MeanGoldstein is { } mg ? $"; mean Goldstein {mg.ToString("0.00", CultureInfo.InvariantCulture)}" : string.Empty));
            double stacked = 0, barX = x + (slot * 0.1), barW = Math.Max(2, slot * 0.8);
            foreach (int q in new[] { 1, 2, 3, 4, 0 })
            {
                if (counts[q] == 0)
                {
                    continue;
                }

                h.Element("rect", null, ("class", "q" + q.ToString(CultureInfo.InvariantCulture)), ("x", Svg.N(barX)), ("y", Svg.N(Y(stacked + counts[q]))),
                    ("width", Svg.N(barW)), ("height", Svg.N(Y(stacked) - Y(stacked + counts[q]))));
                stacked += counts[q];
            }

            h.Close("a");
            if (p.MeanGoldstein is { } g)
            {
                goldstein.Add((i, x + (slot / 2), G(g)));
            }
        }

        // The line joins neighbouring months only: a line across months without events would suggest scores nobody reported.
        for (int i = 1; i < goldstein.Count; i++)
        {
            if (goldstein[i].Index == goldstein[i - 1].Index + 1)
            {
                h.Element("line", null, ("class", "goldstein"), ("x1", Svg.N(goldstein[i - 1].X)), ("y1", Svg.N(goldstein[i - 1].Y)), ("x2", Svg.N(goldstein[i].X)), ("y2", Svg.N(goldstein[i].Y)));
            }
        }

        foreach (var (_, x, y) in goldstein)
        {
            h.Element("circle", null, ("class", "goldstein-dot"), ("cx", Svg.N(x)), ("cy", Svg.N(y)), ("r", "2.5"));
        }

        h.Close("svg");
        h.Open("div", ("class", "legend"));
        for (int q = 1; q <= 4; q++)
        {
            h.Open("span").Trusted($"<i class=\"q{q}\"></i>").Text(QuadNames[q]).Close("span");
        }

        h.Element("span", "dots: mean Goldstein score (−10 conflict … +10 cooperation, right axis), joined between neighbouring months");
        h.Close("div");
    }

    /// <summary>Every month from the first to the last, inclusive ("2024-06", "2024-07", …).</summary>
    private static List<string> Months(string first, string last)
    {
        var at = DateOnly.ParseExact(first + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var end = DateOnly.ParseExact(last + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var months = new List<string>();
        for (; at <= end; at = at.AddMonths(1))
        {
            months.Add(at.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        return months;
    }
}
