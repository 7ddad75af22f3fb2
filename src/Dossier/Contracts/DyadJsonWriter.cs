using System.Globalization;
using System.Text.Json;
using Dossier.Corpus.Dyads;

namespace Dossier.Contracts;

/// <summary>
/// A dyad trend as JSON: <c>{"a", "b", "unplaced", "points": [{"month", "count", "quad_classes": {"1": n, …},
/// "mean_goldstein", "events": […]}]}</c>. Events are listed by id (in the export, next to the events array) or as
/// short objects (id, date, code, label, quad class, Goldstein, summary, sources) for <c>dossier dyad</c>.
/// </summary>
public static class DyadJsonWriter
{
    public static void Write(Utf8JsonWriter w, DyadTrend trend, bool expandEvents)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(trend);
        w.WriteStartObject();
        w.WriteString("a", trend.A);
        w.WriteString("b", trend.B);
        w.WriteNumber("unplaced", trend.Unplaced);
        w.WriteStartArray("points");
        foreach (var p in trend.Points)
        {
            w.WriteStartObject();
            w.WriteString("month", p.Month);
            w.WriteNumber("count", p.Events.Count);
            w.WriteStartObject("quad_classes");
            for (int q = 1; q <= 4; q++)
            {
                w.WriteNumber(q.ToString(CultureInfo.InvariantCulture), p.QuadClasses[q]);
            }

            w.WriteEndObject();
            if (p.MeanGoldstein is { } g)
            {
                w.WriteNumber("mean_goldstein", g);
            }
            else
            {
                w.WriteNull("mean_goldstein");
            }

            w.WriteStartArray("events");
            foreach (var e in p.Events)
            {
                if (!expandEvents)
                {
                    w.WriteStringValue(e.Id);
                    continue;
                }

                w.WriteStartObject();
                w.WriteString("id", e.Id);
                DocumentJsonWriter.WriteNullable(w, "date", e.Date);
                w.WriteString("code", e.Code);
                w.WriteString("label", e.Label);
                w.WriteNumber("quad_class", e.QuadClass);
                if (e.Goldstein is { } eg)
                {
                    w.WriteNumber("goldstein", eg);
                }
                else
                {
                    w.WriteNull("goldstein");
                }

                w.WriteString("summary", e.Summary);
                EventJsonWriter.Strings(w, "sources", e.Articles);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
