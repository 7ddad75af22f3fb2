using System.Globalization;
using System.Text;
using System.Text.Json;
using Dossier.Model;

namespace Dossier.Cli;

/// <summary>
/// One line of <c>annotate --jsonl</c> input (contract §1): <c>id</c>, <c>text</c>, <c>published</c>, and optional
/// pre-split <c>tokens</c> (one array per sentence). With tokens, the text is the tokens joined by single spaces and
/// sentences by newlines when <c>text</c> is absent; when both are given, each token must be found in order in the text.
/// </summary>
internal static class JsonLinesDocument
{
    public static Document Parse(string line, int number, DateOnly? dct)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException("is not a JSON object");
        }

        string id = root.TryGetProperty("id", out var idEl) && idEl.ValueKind == JsonValueKind.String ? idEl.GetString()! : number.ToString(CultureInfo.InvariantCulture);
        DateOnly? published = dct;
        if (root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String)
        {
            published = DateOnly.ParseExact(p.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        string? text = root.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
        var metadata = new ArticleMetadata { Source = id, Published = published };
        if (!root.TryGetProperty("tokens", out var tokensEl) || tokensEl.ValueKind != JsonValueKind.Array)
        {
            if (text is null)
            {
                throw new InvalidDataException("has neither \"text\" nor \"tokens\"");
            }

            return new Document(id, text, metadata);
        }

        var sentences = tokensEl.EnumerateArray().Select(s => s.EnumerateArray().Select(x => x.GetString() ?? string.Empty).ToList()).ToList();
        text ??= string.Join("\n", sentences.Select(s => string.Join(" ", s)));
        var doc = new Document(id, text, metadata);
        Align(doc, sentences);
        doc.Layers.Add(Layer.Tokens);
        doc.Layers.Add(Layer.Sentences);
        return doc;
    }

    private static void Align(Document doc, List<List<string>> sentences)
    {
        var tokens = new List<Token>();
        var spans = new List<Sentence>();
        int at = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            int first = tokens.Count;
            foreach (string form in sentences[s])
            {
                if (form.Length == 0)
                {
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"sentence {s + 1} has an empty token"));
                }

                int found = doc.Text.IndexOf(form, at, StringComparison.Ordinal);
                if (found < 0 || !string.IsNullOrWhiteSpace(doc.Text[at..found]))
                {
                    throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"token '{form}' of sentence {s + 1} is not next in the text at offset {at}"));
                }

                tokens.Add(new Token(found, found + form.Length, s));
                at = found + form.Length;
            }

            int start = tokens.Count > first ? tokens[first].Start : at;
            spans.Add(new Sentence(start, at, first, tokens.Count - first));
        }

        doc.SetTokens([.. tokens], [.. spans]);
    }
}
