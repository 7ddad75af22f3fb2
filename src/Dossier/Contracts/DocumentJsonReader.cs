using System.Text.Json;
using Dossier.Corpus;
using Dossier.Model;

namespace Dossier.Contracts;

/// <summary>Rebuilds a <see cref="Document"/> from contract §1 JSON written by <see cref="DocumentJsonWriter"/>.</summary>
public static class DocumentJsonReader
{
    /// <summary>Reads the annotations; <paramref name="text"/> is used when the JSON has no <c>text</c> (as the store keeps it).</summary>
    public static Document Read(JsonElement root, string? text = null, ArticleMetadata? metadata = null)
    {
        string id = root.GetProperty("id").GetString() ?? string.Empty;
        string body = text ?? root.GetProperty("text").GetString() ?? string.Empty;
        var doc = new Document(id, body, metadata);

        // One string per distinct value of the document (tag, relation, lemma, entity type and id, event code, label
        // and modality, date value...) rather than one per occurrence: a document read back would otherwise hold a new
        // string for each.
        var pool = new StringPool();
        string? Shared(JsonElement e, string name) => Str(e, name) is { } value ? pool.Share(value) : null;

        ReadTokens(root, doc, Shared);
        foreach (var e in Array(root, "entities"))
        {
            doc.Entities.Add(new EntityMention(Int(e, "start"), Int(e, "end"), Shared(e, "type") ?? "MISC", Shared(e, "entity")));
        }

        EntityRecordsJson.Read(root, doc);

        foreach (var t in Array(root, "timexes"))
        {
            doc.Timexes.Add(new TimexMention(Int(t, "start"), Int(t, "end"), Shared(t, "type") ?? "DATE", Shared(t, "value"))
            {
                Anchor = Shared(t, "anchor") ?? "none",
                Sentence = t.TryGetProperty("sentence", out var s) ? s.GetInt32() : -1,
                Point = Shared(t, "point"),
            });
        }

        foreach (var q in Array(root, "quotes"))
        {
            doc.Quotes.Add(new QuoteMention(Int(q, "start"), Int(q, "end"), Shared(q, "kind") ?? "direct", Mention(q, "speaker", Shared), Shared(q, "verb"))
            {
                VerbClass = Shared(q, "verb_class"),
                Conduit = Mention(q, "conduit", Shared),
                Cue = Mention(q, "cue", Shared),
                SpeakerWords = Mention(q, "speaker_words", Shared),
                Date = Shared(q, "date"),
            });
        }

        foreach (var e in Array(root, "events"))
        {
            var trigger = e.GetProperty("trigger");
            doc.Events.Add(new EventMention(Shared(e, "code") ?? string.Empty, Shared(e, "label") ?? string.Empty, new TextSpan(Int(trigger, "start"), Int(trigger, "end")), Shared(e, "modality") ?? "asserted")
            {
                Sources = Actors(e, "source", Shared),
                Targets = Actors(e, "target", Shared),
                Location = Mention(e, "location", Shared),
                Date = Shared(e, "date"),
                Sentence = e.TryGetProperty("sentence", out var s) ? s.GetInt32() : -1,
            });
        }

        foreach (var d in Array(root, "diagnostics"))
        {
            var severity = Enum.TryParse<DiagnosticSeverity>(Str(d, "severity"), ignoreCase: true, out var sev) ? sev : DiagnosticSeverity.Error;
            doc.Diagnostics.Add(new Diagnostic(Str(d, "code") ?? string.Empty, Str(d, "stage") ?? string.Empty, Str(d, "message") ?? string.Empty, severity));
        }

        return doc;
    }

    private static void ReadTokens(JsonElement root, Document doc, Func<JsonElement, string, string?> shared)
    {
        var sentenceSpans = Array(root, "sentences").Select(s => (Start: Int(s, "start"), End: Int(s, "end"))).ToList();
        var tokenElements = Array(root, "tokens").ToList();
        if (tokenElements.Count == 0 && sentenceSpans.Count == 0)
        {
            return;
        }

        var tokens = new Token[tokenElements.Count];
        var sentences = new List<Sentence>();
        int sentence = 0;
        int first = 0;
        for (int i = 0; i < tokens.Length; i++)
        {
            int start = Int(tokenElements[i], "start");
            while (sentence < sentenceSpans.Count - 1 && start >= sentenceSpans[sentence].End)
            {
                sentences.Add(new Sentence(sentenceSpans[sentence].Start, sentenceSpans[sentence].End, first, i - first));
                first = i;
                sentence++;
            }

            tokens[i] = new Token(start, Int(tokenElements[i], "end"), sentence);
        }

        for (; sentence < sentenceSpans.Count; sentence++)
        {
            sentences.Add(new Sentence(sentenceSpans[sentence].Start, sentenceSpans[sentence].End, first, tokens.Length - first));
            first = tokens.Length;
        }

        doc.SetTokens(tokens, [.. sentences]);
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokenElements[i];
            doc.Upos[i] = shared(t, "upos");
            doc.Xpos[i] = shared(t, "xpos");
            doc.Lemmas[i] = shared(t, "lemma");
            doc.Deprels[i] = shared(t, "deprel");
            if (t.TryGetProperty("head", out var head) && head.ValueKind == JsonValueKind.Number)
            {
                int h = head.GetInt32();
                doc.Heads[i] = h == 0 ? -1 : doc.Sentences[tokens[i].Sentence].FirstToken + h - 1;
            }
        }
    }

    private static List<EventActor> Actors(JsonElement e, string name, Func<JsonElement, string, string?> str)
    {
        if (e.TryGetProperty(name + "s", out var many) && many.ValueKind == JsonValueKind.Array)
        {
            return [.. many.EnumerateArray().Select(a => Actor(a, str))];
        }

        return e.TryGetProperty(name, out var one) && one.ValueKind == JsonValueKind.Object ? [Actor(one, str)] : [];
    }

    private static EventActor Actor(JsonElement a, Func<JsonElement, string, string?> str) => new(Int(a, "start"), Int(a, "end"), str(a, "entity"), str(a, "code"));

    private static MentionRef? Mention(JsonElement e, string name, Func<JsonElement, string, string?> str) =>
        e.TryGetProperty(name, out var m) && m.ValueKind == JsonValueKind.Object ? new MentionRef(Int(m, "start"), Int(m, "end"), str(m, "entity")) : null;

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
