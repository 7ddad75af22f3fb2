using System.Globalization;
using System.Text.Json;
using Dossier.Model;

namespace Dossier.Contracts;

/// <summary>
/// Writes a document as contract §1 (../shared/spec/contracts.md): text, sentences, tokens (head 1-based within the
/// sentence, 0 = root), entities, timexes, quotes, events. Arrays of stages that did not run stay empty.
/// </summary>
public static class DocumentJsonWriter
{
    public static void Write(Utf8JsonWriter w, Document doc, bool includeText = true)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(doc);
        w.WriteStartObject();
        w.WriteString("id", doc.Id);
        if (includeText)
        {
            w.WriteString("text", doc.Text);
        }

        if (doc.Metadata.Published is { } published)
        {
            w.WriteString("published", Iso(published));
        }
        else
        {
            w.WriteNull("published");
        }

        if (doc.Metadata.PublishedRange is { } range)
        {
            w.WriteStartArray("published_range");
            w.WriteStringValue(Iso(range.Earliest));
            w.WriteStringValue(Iso(range.Latest));
            w.WriteEndArray();
        }

        WriteSentences(w, doc);
        WriteTokens(w, doc);
        WriteEntities(w, doc);
        EntityRecordsJson.Write(w, doc);
        WriteTimexes(w, doc);
        WriteQuotes(w, doc);
        WriteEvents(w, doc);
        WriteDiagnostics(w, doc);
        w.WriteEndObject();
    }

    public static string ToJson(Document doc, bool indented = false, bool includeText = true)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options(indented)))
        {
            Write(w, doc, includeText);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Writes the UTF-8 of <see cref="ToJson"/> (not indented) to <paramref name="output"/>, without making a string of it.</summary>
    public static void WriteTo(System.Buffers.IBufferWriter<byte> output, Document doc, bool includeText = true)
    {
        using var w = new Utf8JsonWriter(output, Options(indented: false));
        Write(w, doc, includeText);
    }

    private static JsonWriterOptions Options(bool indented) =>
        new() { Indented = indented, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void WriteSentences(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("sentences");
        foreach (var s in doc.Sentences)
        {
            w.WriteStartObject();
            w.WriteNumber("start", s.Start);
            w.WriteNumber("end", s.End);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteTokens(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("tokens");
        for (int i = 0; i < doc.Tokens.Count; i++)
        {
            var t = doc.Tokens[i];
            w.WriteStartObject();
            w.WriteNumber("start", t.Start);
            w.WriteNumber("end", t.End);
            w.WriteString("text", doc.TokenSpan(i));
            WriteIfSet(w, "upos", doc.Upos[i]);
            WriteIfSet(w, "xpos", doc.Xpos[i]);
            WriteIfSet(w, "lemma", doc.Lemmas[i]);
            if (doc.Deprels[i] is { } deprel)
            {
                int first = doc.Sentences[t.Sentence].FirstToken;
                w.WriteNumber("head", doc.Heads[i] < 0 ? 0 : doc.Heads[i] - first + 1);
                w.WriteString("deprel", deprel);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteEntities(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("entities");
        foreach (var e in doc.Entities)
        {
            w.WriteStartObject();
            WriteSpan(w, doc, e.Start, e.End);
            w.WriteString("type", e.Type);
            WriteNullable(w, "entity", e.EntityId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteTimexes(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("timexes");
        foreach (var t in doc.Timexes)
        {
            w.WriteStartObject();
            WriteSpan(w, doc, t.Start, t.End);
            w.WriteString("type", t.Type);
            WriteNullable(w, "value", t.Value);
            if (t.Point is not null)
            {
                // Optional and only present for a counted span with a point, so readers of the older contract see
                // the fields they know.
                w.WriteString("point", t.Point);
            }

            w.WriteString("anchor", t.Anchor);
            w.WriteNumber("sentence", t.Sentence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteQuotes(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("quotes");
        foreach (var q in doc.Quotes)
        {
            w.WriteStartObject();
            WriteSpan(w, doc, q.Start, q.End);
            w.WriteString("kind", q.Kind);
            WriteMention(w, doc, "speaker", q.Speaker);
            WriteNullable(w, "verb", q.Verb);
            WriteNullable(w, "verb_class", q.VerbClass);
            if (q.Conduit is not null)
            {
                WriteMention(w, doc, "conduit", q.Conduit);
            }

            if (q.Cue is not null)
            {
                WriteMention(w, doc, "cue", q.Cue);
            }

            if (q.SpeakerWords is not null)
            {
                WriteMention(w, doc, "speaker_words", q.SpeakerWords);
            }

            WriteNullable(w, "date", q.Date);

            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteEvents(Utf8JsonWriter w, Document doc)
    {
        w.WriteStartArray("events");
        foreach (var e in doc.Events)
        {
            w.WriteStartObject();
            w.WriteString("code", e.Code);
            w.WriteString("label", e.Label);
            w.WriteStartObject("trigger");
            WriteSpan(w, doc, e.Trigger.Start, e.Trigger.End);
            w.WriteEndObject();
            WriteActors(w, doc, "source", e.Sources);
            WriteActors(w, doc, "target", e.Targets);
            if (e.Location is not null)
            {
                WriteMention(w, doc, "location", e.Location);
            }

            WriteNullable(w, "date", e.Date);
            w.WriteString("modality", e.Modality);
            w.WriteNumber("sentence", e.Sentence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteDiagnostics(Utf8JsonWriter w, Document doc)
    {
        if (doc.Diagnostics.Count == 0)
        {
            return;
        }

        w.WriteStartArray("diagnostics");
        foreach (var d in doc.Diagnostics)
        {
            w.WriteStartObject();
            w.WriteString("code", d.Code);
            w.WriteString("stage", d.Stage);
            w.WriteString("severity", d.Severity.ToString().ToLowerInvariant());
            w.WriteString("message", d.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Source and target are single objects in contract §1; several actors (compound subjects) go in an array beside them.</summary>
    private static void WriteActors(Utf8JsonWriter w, Document doc, string name, IReadOnlyList<EventActor> actors)
    {
        if (actors.Count == 0)
        {
            w.WriteNull(name);
            return;
        }

        w.WritePropertyName(name);
        WriteActor(w, doc, actors[0]);
        w.WriteStartArray(name + "s");
        foreach (var a in actors)
        {
            WriteActor(w, doc, a);
        }

        w.WriteEndArray();
    }

    private static void WriteActor(Utf8JsonWriter w, Document doc, EventActor a)
    {
        w.WriteStartObject();
        WriteSpan(w, doc, a.Start, a.End);
        WriteNullable(w, "entity", a.EntityId);
        WriteNullable(w, "code", a.Code);
        w.WriteEndObject();
    }

    private static void WriteMention(Utf8JsonWriter w, Document doc, string name, MentionRef? m)
    {
        if (m is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        WriteSpan(w, doc, m.Start, m.End);
        WriteNullable(w, "entity", m.EntityId);
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, Document doc, int start, int end)
    {
        w.WriteNumber("start", start);
        w.WriteNumber("end", end);
        w.WriteString("text", doc.Text.AsSpan(start, end - start));
    }

    private static void WriteIfSet(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    /// <summary>A string property, or null when there is no value (the contracts never leave such a field out).</summary>
    internal static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }
}
