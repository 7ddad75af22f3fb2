namespace Dossier.Model;

/// <summary>A token: a span of the text and the sentence it belongs to. Tags live in the document's arrays.</summary>
public readonly record struct Token(int Start, int End, int Sentence)
{
    public TextSpan Span => new(Start, End);
}
