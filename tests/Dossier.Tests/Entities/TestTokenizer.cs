using System.Text.RegularExpressions;
using Dossier.Model;

namespace Dossier.Tests.Entities;

/// <summary>
/// A fixed, simple tokenization for tests (the real tokenizer is another stage): words with inner hyphens and
/// periods, possessive 's split off, every other symbol alone; sentences end at line breaks and at . ! ? before a
/// space and a capital or quote.
/// </summary>
internal static partial class TestTokenizer
{
    public static Document Document(string id, string text, DateOnly? published = null)
    {
        var doc = new Document(id, text, new ArticleMetadata { Published = published });
        var tokens = new List<Token>();
        var sentences = new List<Sentence>();
        int sentenceStart = -1, first = 0;

        void Close()
        {
            if (tokens.Count > first)
            {
                sentences.Add(new Sentence(tokens[first].Start, tokens[^1].End, first, tokens.Count - first));
                first = tokens.Count;
            }
        }

        foreach (Match m in Word().Matches(text))
        {
            if (tokens.Count > first && text.AsSpan(tokens[^1].End, m.Index - tokens[^1].End).Contains('\n'))
            {
                Close();
            }

            tokens.Add(new Token(m.Index, m.Index + m.Length, sentences.Count));
            bool end = m.Value is "." or "!" or "?";
            int next = m.Index + m.Length;
            if (end && next + 1 < text.Length && text[next] == ' ' && (char.IsUpper(text[next + 1]) || text[next + 1] is '"' or '“'))
            {
                Close();
            }

            sentenceStart = sentenceStart < 0 ? m.Index : sentenceStart;
        }

        Close();
        doc.SetTokens([.. tokens], [.. sentences]);
        doc.Layers.Add(Layer.Tokens);
        doc.Layers.Add(Layer.Sentences);
        return doc;
    }

    [GeneratedRegex(@"(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-.][\p{L}\p{N}]+)*(?=['’]s\b)|['’]s\b|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*|\S")]
    private static partial Regex Word();
}
