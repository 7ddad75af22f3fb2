namespace Dossier.Model;

/// <summary>A sentence: its character span and the range of tokens <c>[FirstToken, FirstToken + TokenCount)</c>.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount)
{
    public TextSpan Span => new(Start, End);

    public int EndToken => FirstToken + TokenCount;
}
