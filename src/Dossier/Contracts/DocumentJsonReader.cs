using System.Text.Json;
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
        ReadTokens(root, doc);
        foreach (var e in Array(root, "entities"))
        {
            doc.Entities.Add(new EntityMention(Int(e, "start"), Int(e, "end"), Str(e, "type") ?? "MISC", Str(e, "entity")));
        }

        EntityRecordsJson.Read(root, doc);

        foreach (var t in Array(root, "timexes"))
        {
            doc.Timexes.Add(new TimexMention(Int(t, "start"), Int(t, "end"), Str(t, "type") ?? "DATE", Str(t, "value"))
            {
                Anchor = Str(t, "anchor") ?? "none",
                Sentence = t.TryGetProperty("sentence", out var s) ? s.GetInt32() : -1,
                Point = Str(t, "point"),
            });
        }

        foreach (var q in Array(root, "quotes"))
        {
            doc.Quotes.Add(new QuoteMention(Int(q, "start"), Int(q, "end"), Str(q, "kind") ?? "direct", Mention(q, "speaker"), Str(q, "verb"))
            {
                VerbClass = Str(q, "verb_class"),
                Conduit = Mention(q, "conduit"),
                Cue = Mention(q, "cue"),
                SpeakerWords = Mention(q, "speaker_words"),
                Date = Str(q, "date"),
            });
        }

        foreach (var e in Array(root, "events"))
        {
            var trigger = e.GetProperty("trigger");
            doc.Events.Add(new EventMention(Str(e, "code") ?? string.Empty, Str(e, "label") ?? string.Empty, new TextSpan(Int(trigger, "start"), Int(trigger, "end")), Str(e, "modality") ?? "asserted")
            {
                Sources = Actors(e, "source"),
                Targets = Actors(e, "target"),
                Location = Mention(e, "location"),
                Date = Str(e, "date"),
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

    private static void ReadTokens(JsonElement root, Document doc)
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

        // One string per distinct tag, relation and lemma of the document rather than one per token: a document read
        // back holds four strings a token otherwise, and the corpus stages hold every stored document at once.
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        string? Shared(JsonElement t, string name) =>
            Str(t, name) is { } value ? shared.TryGetValue(value, out var known) ? known : shared[value] = value : null;
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokenElements[i];
            doc.Upos[i] = Shared(t, "upos");
            doc.Xpos[i] = Shared(t, "xpos");
            doc.Lemmas[i] = Shared(t, "lemma");
            doc.Deprels[i] = Shared(t, "deprel");
            if (t.TryGetProperty("head", out var head) && head.ValueKind == JsonValueKind.Number)
            {
                int h = head.GetInt32();
                doc.Heads[i] = h == 0 ? -1 : doc.Sentences[tokens[i].Sentence].FirstToken + h - 1;
            }
        }
    }

    private static List<EventActor> Actors(JsonElement e, string name)
    {
        if (e.TryGetProperty(name + "s", out var many) && many.ValueKind == JsonValueKind.Array)
        {
            return [.. many.EnumerateArray().Select(Actor)];
        }

        return e.TryGetProperty(name, out var one) && one.ValueKind == JsonValueKind.Object ? [Actor(one)] : [];
    }

    private static EventActor Actor(JsonElement a) => new(Int(a, "start"), Int(a, "end"), Str(a, "entity"), Str(a, "code"));

    private static MentionRef? Mention(JsonElement e, string name) =>
        e.TryGetProperty(name, out var m) && m.ValueKind == JsonValueKind.Object ? new MentionRef(Int(m, "start"), Int(m, "end"), Str(m, "entity")) : null;

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static int Int(JsonElement e, string name) => e.GetProperty(name).GetInt32();

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
