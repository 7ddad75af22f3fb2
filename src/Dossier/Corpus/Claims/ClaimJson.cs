using System.Text.Json;
using Dossier.Contracts;

namespace Dossier.Corpus.Claims;

/// <summary>
/// A claim as contract §2 writes it (<c>claims[]</c>: id, proposition, status, stances with by, by_text, position,
/// article, start, end), plus what else Dossier knows (predicate, about, participants, sources, and per stance the
/// sentence, the source's own words, the cue and the dates). The stores keep the same JSON.
/// </summary>
public static class ClaimJson
{
    public static void Write(Utf8JsonWriter w, Claim claim)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(claim);
        w.WriteStartObject();
        w.WriteString("id", claim.Id);
        w.WriteString("proposition", claim.Proposition);
        w.WriteString("status", claim.Status);
        w.WriteString("predicate", claim.Predicate);
        DocumentJsonWriter.WriteNullable(w, "about", claim.About);
        Strings(w, "participants", claim.Participants);
        w.WriteStartArray("stances");
        foreach (var s in claim.Stances)
        {
            w.WriteStartObject();
            DocumentJsonWriter.WriteNullable(w, "by", s.By);
            w.WriteString("by_text", s.ByText);
            Strings(w, "by_entities", s.ByEntities);
            w.WriteString("position", s.Position);
            w.WriteString("article", s.Evidence.Article);
            w.WriteNumber("start", s.Evidence.Start);
            w.WriteNumber("end", s.Evidence.End);
            w.WriteString("sentence", s.Evidence.Text);
            if (s.Proposition is { } p)
            {
                w.WriteStartObject("proposition");
                w.WriteString("text", p.Text);
                w.WriteNumber("start", p.Start);
                w.WriteNumber("end", p.End);
                w.WriteEndObject();
            }

            w.WriteString("cue", s.Cue);
            DocumentJsonWriter.WriteNullable(w, "date", s.Date);
            DocumentJsonWriter.WriteNullable(w, "reported", s.Reported);
            w.WriteBoolean("contrary", s.Contrary);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        Strings(w, "sources", claim.Sources);
        w.WriteNumber("independent_sources", claim.IndependentSources);
        w.WriteEndObject();
    }

    public static Claim Read(JsonElement e)
    {
        var stances = e.GetProperty("stances").EnumerateArray().Select(s =>
        {
            string article = Str(s, "article")!;
            return new Stance(Str(s, "by"), Str(s, "by_text") ?? string.Empty, Str(s, "position")!, new ArticleEvidence(article, s.GetProperty("start").GetInt32(), s.GetProperty("end").GetInt32(), Str(s, "sentence") ?? string.Empty))
            {
                ByEntities = List(s, "by_entities"),
                Proposition = s.TryGetProperty("proposition", out var p) && p.ValueKind == JsonValueKind.Object
                    ? new ArticleEvidence(article, p.GetProperty("start").GetInt32(), p.GetProperty("end").GetInt32(), Str(p, "text") ?? string.Empty)
                    : null,
                Cue = Str(s, "cue") ?? string.Empty,
                Date = Str(s, "date"),
                Reported = Str(s, "reported"),
                Contrary = s.TryGetProperty("contrary", out var c) && c.ValueKind == JsonValueKind.True,
            };
        }).ToList();
        return new Claim(Str(e, "id")!, Str(e, "proposition") ?? string.Empty, Str(e, "status")!, stances)
        {
            Predicate = Str(e, "predicate") ?? string.Empty,
            About = Str(e, "about"),
            Participants = List(e, "participants"),
            Sources = List(e, "sources"),
            IndependentSources = e.TryGetProperty("independent_sources", out var n) && n.ValueKind == JsonValueKind.Number ? n.GetInt32() : 0,
        };
    }

    /// <summary>The claim as one compact JSON object.</summary>
    public static string ToJson(Claim claim) => Serialize(w => Write(w, claim));

    internal static string Serialize(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(w);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
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

    internal static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    internal static List<string> List(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList() : [];
}
