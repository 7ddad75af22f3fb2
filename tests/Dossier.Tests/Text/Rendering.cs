using Dossier.Text;

namespace Dossier.Tests.Text;

/// <summary>Renders a segmentation as tokens separated by spaces and sentences by " || ", as the examples write it.</summary>
internal static class Rendering
{
    public static string Render(string text)
    {
        var (tokens, sentences) = TextSegmenter.Default.Segment(text);
        return string.Join(" || ", sentences.Select(s =>
            string.Join(' ', Enumerable.Range(s.FirstToken, s.TokenCount).Select(i => tokens[i].Span.Slice(text)))));
    }

    public static string Tokens(string text) =>
        string.Join(' ', TextSegmenter.Default.Tokenizer.Tokenize(text).Select(t => t.Slice(text)));
}
