using System.Globalization;
using System.Text.Json;
using Dossier.Storage;

namespace Dossier.Revisions;

/// <summary>
/// Writes a <see cref="RevisionDiff"/> as JSON for scripts and the API: the two versions compared, counts, changed
/// metadata fields, and the paragraphs that differ (equal paragraphs are counted, not repeated).
/// </summary>
public static class RevisionDiffJson
{
    public static string ToJson(RevisionDiff diff, bool indented = false)
    {
        ArgumentNullException.ThrowIfNull(diff);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = indented }))
        {
            Write(w, diff);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, RevisionDiff diff)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(diff);
        w.WriteStartObject();
        w.WriteString("article", diff.New.Id);
        w.WriteString("source", diff.New.Source);
        Version(w, "from", diff.Old);
        Version(w, "to", diff.New);
        w.WriteStartObject("counts");
        w.WriteNumber("unchanged", diff.Unchanged);
        w.WriteNumber("changed", diff.Changed);
        w.WriteNumber("added", diff.Added);
        w.WriteNumber("removed", diff.Removed);
        w.WriteEndObject();
        w.WriteStartArray("fields");
        foreach (var f in diff.Fields)
        {
            w.WriteStartObject();
            w.WriteString("field", f.Field);
            w.WriteString("from", f.Old);
            w.WriteString("to", f.New);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("paragraphs");
        foreach (var p in diff.Paragraphs.Where(p => p.Kind != DiffKind.Equal))
        {
            w.WriteStartObject();
            w.WriteString("kind", Name(p.Kind));
            Index(w, "from_index", p.OldIndex);
            Index(w, "to_index", p.NewIndex);
            w.WriteString("from_text", p.OldText);
            w.WriteString("to_text", p.NewText);
            if (p.Kind == DiffKind.Changed)
            {
                w.WriteStartArray("words");
                foreach (var s in p.Words)
                {
                    w.WriteStartObject();
                    w.WriteString("kind", Name(s.Kind));
                    w.WriteString("text", s.Text);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The lower-case name of a kind, as the JSON and the pages write it.</summary>
    public static string Name(DiffKind kind) => kind switch
    {
        DiffKind.Equal => "equal",
        DiffKind.Removed => "removed",
        DiffKind.Added => "added",
        _ => "changed",
    };

    private static void Version(Utf8JsonWriter w, string name, ArticleRecord a)
    {
        w.WriteStartObject(name);
        w.WriteNumber("version", a.Version);
        w.WriteString("ingested_at", a.IngestedAt.ToString("O", CultureInfo.InvariantCulture));
        w.WriteString("content_hash", a.ContentHash);
        w.WriteNumber("characters", a.Body.Length);
        w.WriteEndObject();
    }

    private static void Index(Utf8JsonWriter w, string name, int? index)
    {
        if (index is { } i)
        {
            w.WriteNumber(name, i);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
