using System.Text.Json;
using Dossier.Contracts;
using Dossier.Corpus.Claims;

namespace Dossier.Corpus.Agreements;

/// <summary>
/// An agreement as contract §2 writes it (<c>agreements[]</c>: id, name, parties, status, signed, term_years,
/// history of date, state and evidence), plus aliases, party names, provisions and sources. The stores keep the
/// same JSON.
/// </summary>
public static class AgreementJson
{
    public static void Write(Utf8JsonWriter w, Agreement a)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(a);
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("name", a.Name);
        ClaimJson.Strings(w, "aliases", a.Aliases);
        ClaimJson.Strings(w, "parties", a.Parties);
        ClaimJson.Strings(w, "party_names", a.PartyNames);
        DocumentJsonWriter.WriteNullable(w, "status", a.Status);
        DocumentJsonWriter.WriteNullable(w, "signed", a.Signed);
        if (a.TermYears is { } term)
        {
            w.WriteNumber("term_years", term);
        }
        else
        {
            w.WriteNull("term_years");
        }

        w.WriteStartArray("history");
        foreach (var h in a.History)
        {
            w.WriteStartObject();
            DocumentJsonWriter.WriteNullable(w, "date", h.Date);
            w.WriteString("state", h.State);
            Evidence(w, "evidence", h.Evidence);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("provisions");
        foreach (var p in a.Provisions)
        {
            w.WriteStartObject();
            w.WriteString("text", p.Text);
            w.WriteBoolean("negated", p.Negated);
            Evidence(w, "evidence", [p.Evidence]);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        ClaimJson.Strings(w, "sources", a.Sources);
        w.WriteEndObject();
    }

    public static Agreement Read(JsonElement e)
    {
        var history = e.GetProperty("history").EnumerateArray()
            .Select(h => new AgreementHistoryEntry(ClaimJson.Str(h, "date"), ClaimJson.Str(h, "state")!, Evidence(h.GetProperty("evidence"))))
            .ToList();
        return new Agreement(
            ClaimJson.Str(e, "id")!,
            ClaimJson.Str(e, "name") ?? string.Empty,
            ClaimJson.List(e, "parties"),
            ClaimJson.Str(e, "status"),
            ClaimJson.Str(e, "signed"),
            e.TryGetProperty("term_years", out var t) && t.ValueKind == JsonValueKind.Number ? t.GetInt32() : null,
            history)
        {
            Aliases = ClaimJson.List(e, "aliases"),
            PartyNames = ClaimJson.List(e, "party_names"),
            Provisions = e.TryGetProperty("provisions", out var ps)
                ? ps.EnumerateArray().Select(p => new AgreementProvision(ClaimJson.Str(p, "text") ?? string.Empty, p.GetProperty("negated").GetBoolean(), Evidence(p.GetProperty("evidence"))[0])).ToList()
                : [],
            Sources = ClaimJson.List(e, "sources"),
        };
    }

    public static string ToJson(Agreement agreement) => ClaimJson.Serialize(w => Write(w, agreement));

    private static void Evidence(Utf8JsonWriter w, string name, IEnumerable<ArticleEvidence> evidence)
    {
        w.WriteStartArray(name);
        foreach (var e in evidence)
        {
            w.WriteStartObject();
            w.WriteString("article", e.Article);
            w.WriteNumber("start", e.Start);
            w.WriteNumber("end", e.End);
            w.WriteString("sentence", e.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static List<ArticleEvidence> Evidence(JsonElement array) =>
        array.EnumerateArray().Select(x => new ArticleEvidence(ClaimJson.Str(x, "article")!, x.GetProperty("start").GetInt32(), x.GetProperty("end").GetInt32(), ClaimJson.Str(x, "sentence") ?? string.Empty)).ToList();
}
