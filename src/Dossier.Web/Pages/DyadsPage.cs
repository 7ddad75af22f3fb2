using System.Globalization;
using Dossier.Corpus.Dyads;
using Dossier.Web.Api;
using Dossier.Web.Html;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>
/// Dyads: without a pair, the pairs of countries that act on each other; with <c>a</c> and <c>b</c>, their trend by
/// month as an SVG chart (stacked by quad class, with the mean Goldstein score), each month drilling down to its events.
/// </summary>
internal static class DyadsPage
{
    public static IResult Render(HttpContext context, DocumentCache store, string? a, string? b, string? month)
    {
        a = string.IsNullOrWhiteSpace(a) ? null : a.Trim();
        b = string.IsNullOrWhiteSpace(b) ? null : b.Trim();
        if ((a is not null || b is not null) && DyadsApi.Check(context, a ?? string.Empty, b ?? string.Empty) is { } problem)
        {
            return problem;
        }

        return PageKit.Html(Layout.Page(a is null ? "Dyads" : $"Dyad {a}–{b}", "Dyads", h =>
        {
            h.Element("h1", a is null ? "Dyads" : $"Dyads: {a} and {b}");
            h.Open("form", ("method", "get"), ("action", "/dyads"), ("class", "inline"));
            h.Element("label", "Actor", ("for", "dyad-a"));
            h.Void("input", ("type", "text"), ("name", "a"), ("id", "dyad-a"), ("value", a), ("placeholder", "IRN"), ("size", "12"));
            h.Element("label", "and", ("for", "dyad-b"));
            h.Void("input", ("type", "text"), ("name", "b"), ("id", "dyad-b"), ("value", b), ("placeholder", "RUS"), ("size", "12"));
            h.Element("button", "Show", ("type", "submit"));
            h.Close("form");
            if (a is null)
            {
                Pairs(h, DyadPairs.Load(store.Store));
                return;
            }

            var trend = DyadTrends.Load(store.Store, a, b!);
            if (trend.Points.Count == 0)
            {
                Layout.Notice(h, $"No month-dated events between {a} and {b} ({trend.Unplaced} more dated coarser than a month or undated).");
                return;
            }

            DyadChart.Write(h, trend, m => Url.WithQuery("/dyads", ("a", a), ("b", b), ("month", m)) + "#events");
            h.Element("p", $"{trend.Points.Sum(p => p.Events.Count)} event(s) in {trend.Points.Count} month(s); {trend.Unplaced} more dated coarser than a month or undated. " +
                "Click a month to see its events.", ("class", "muted"));
            Events(h, trend, month, a, b!);
        }));
    }

    private static void Pairs(HtmlWriter h, IReadOnlyList<DyadPair> pairs)
    {
        if (pairs.Count == 0)
        {
            Layout.Notice(h, "No two countries act on each other in a month-dated merged event yet.");
            return;
        }

        h.Open("table", ("id", "pairs"));
        h.Trusted("<thead><tr><th>Pair</th><th>Months</th><th>Events</th><th>Coarser or undated</th></tr></thead>");
        h.Open("tbody");
        foreach (var t in pairs.OrderByDescending(p => p.Events).ThenBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal))
        {
            h.Open("tr");
            h.Open("td").Link(Url.WithQuery("/dyads", ("a", t.A), ("b", t.B)), $"{t.A} – {t.B}").Close("td");
            h.Element("td", N(t.Months));
            h.Element("td", N(t.Events));
            h.Element("td", N(t.Unplaced));
            h.Close("tr");
        }

        h.Close("tbody");
        h.Close("table");
    }

    private static void Events(HtmlWriter h, DyadTrend trend, string? month, string a, string b)
    {
        var points = month is null ? trend.Points : trend.Points.Where(p => p.Month == month).ToList();
        h.Open("section", ("id", "events"));
        h.Element("h2", month is null ? "Events by month" : $"Events in {month}");
        if (month is not null)
        {
            h.Open("p").Link(Url.WithQuery("/dyads", ("a", a), ("b", b)), "all months").Close("p");
        }

        if (points.Count == 0)
        {
            h.Element("p", $"No events between {a} and {b} in {month}.", ("class", "muted"));
        }

        foreach (var p in points)
        {
            h.Element("h3", $"{p.Month} · {p.Events.Count} event(s)" + (p.MeanGoldstein is { } g ? $" · mean Goldstein {g.ToString("0.00", CultureInfo.InvariantCulture)}" : string.Empty), ("id", "m-" + p.Month));
            h.Open("ul", ("class", "dyad-events"));
            foreach (var e in p.Events)
            {
                h.Open("li");
                h.Text($"{e.Date ?? p.Month} · {e.Code} {e.Label} · quad class {e.QuadClass} · {e.IndependentSources} independent source(s): ");
                h.Link(Url.Path("evidence", "events", e.Id), e.Summary);
                h.Close("li");
            }

            h.Close("ul");
        }

        h.Close("section");
    }

    private static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
