using System.Text.Json;
using Dossier.Corpus.EventMerging;

namespace Dossier.Contracts;

/// <summary>Merged events as the <c>events</c> objects of contract §2: every report's evidence sentence, every source article and their independent count.</summary>
public static class EventJsonWriter
{
    /// <summary>One merged event; <paramref name="bodies"/> holds the stored body of each article by id, which evidence offsets index.</summary>
    public static void Write(Utf8JsonWriter w, MergedEvent e, IReadOnlyDictionary<string, string> bodies)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(bodies);
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("code", e.Code);
        w.WriteString("label", e.Label);
        w.WriteString("summary", e.Summary);
        w.WriteStartObject("date");
        DocumentJsonWriter.WriteNullable(w, "value", e.Date);
        DocumentJsonWriter.WriteNullable(w, "earliest", e.Earliest is { } from ? DocumentJsonWriter.Iso(from) : null);
        DocumentJsonWriter.WriteNullable(w, "latest", e.Latest is { } to ? DocumentJsonWriter.Iso(to) : null);
        w.WriteEndObject();
        w.WriteStartObject("actors");
        Ids(w, "source", e.Sources);
        Ids(w, "target", e.Targets);
        w.WriteEndObject();
        DocumentJsonWriter.WriteNullable(w, "location", e.Location);
        w.WriteString("modality", e.Modality);
        if (e.Goldstein is { } g)
        {
            w.WriteNumber("goldstein", g);
        }
        else
        {
            w.WriteNull("goldstein");
        }

        w.WriteNumber("quad_class", e.QuadClass);
        w.WriteStartArray("evidence");
        foreach (var ev in e.Evidence)
        {
            w.WriteStartObject();
            w.WriteString("article", ev.Article);
            w.WriteNumber("start", ev.Start);
            w.WriteNumber("end", ev.End);
            DocumentJsonWriter.WriteNullable(w, "sentence", bodies.TryGetValue(ev.Article, out var body) && ev.End <= body.Length ? body[ev.Start..ev.End] : null);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "sources", e.Articles);
        w.WriteNumber("independent_sources", e.IndependentSources);
        w.WriteEndObject();
    }

    internal static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (string v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void Ids(Utf8JsonWriter w, string name, IReadOnlyList<EventParticipant> actors) => Strings(w, name, actors.Select(a => a.Id));
}
