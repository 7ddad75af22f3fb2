using System.Text.Json;
using Dossier.Corpus.Timelines;

namespace Dossier.Contracts;

/// <summary>An event timeline as contract §3: <c>{"entries": [{date, summary, events, sources, independent_sources, salience}]}</c>.</summary>
public static class TimelineJsonWriter
{
    public static void Write(Utf8JsonWriter w, IReadOnlyList<TimelineEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(entries);
        w.WriteStartObject();
        w.WriteStartArray("entries");
        foreach (var e in entries)
        {
            w.WriteStartObject();
            w.WriteString("date", e.Date);
            w.WriteString("summary", e.Summary);
            EventJsonWriter.Strings(w, "events", e.Events);
            EventJsonWriter.Strings(w, "sources", e.Sources);
            w.WriteNumber("independent_sources", e.IndependentSources);
            w.WriteNumber("salience", e.Salience);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
