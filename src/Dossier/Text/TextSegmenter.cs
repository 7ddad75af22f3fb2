using Dossier.Model;

namespace Dossier.Text;

/// <summary>Tokenizer and sentence splitter together: text in, the document's tokens and sentences out.</summary>
public sealed class TextSegmenter
{
    private static readonly Lazy<TextSegmenter> Shared = new(() =>
        new TextSegmenter(new Tokenizer(TokenizerLexicon.Default), new SentenceSplitter(TokenizerLexicon.Default, BoundaryModel.Default)));

    public TextSegmenter(Tokenizer tokenizer, SentenceSplitter splitter)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        ArgumentNullException.ThrowIfNull(splitter);
        Tokenizer = tokenizer;
        Splitter = splitter;
    }

    /// <summary>The installed word lists and model, loaded once.</summary>
    public static TextSegmenter Default => Shared.Value;

    public Tokenizer Tokenizer { get; }

    public SentenceSplitter Splitter { get; }

    /// <summary>Tokens and sentences of <paramref name="text"/>, ready for <see cref="Document.SetTokens"/>.</summary>
    public (Token[] Tokens, Sentence[] Sentences) Segment(string text)
    {
        var spans = Tokenizer.Tokenize(text);
        var ends = Splitter.SentenceEnds(text, spans);
        var tokens = new Token[spans.Count];
        var sentences = new Sentence[ends.Count];
        int first = 0;
        for (int s = 0; s < ends.Count; s++)
        {
            int end = ends[s];
            for (int t = first; t < end; t++)
            {
                tokens[t] = new Token(spans[t].Start, spans[t].End, s);
            }

            sentences[s] = new Sentence(spans[first].Start, spans[end - 1].End, first, end - first);
            first = end;
        }

        return (tokens, sentences);
    }
}
