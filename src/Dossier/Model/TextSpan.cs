namespace Dossier.Model;

/// <summary>A half-open range <c>[Start, End)</c> of UTF-16 code units in a document's text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public bool Covers(TextSpan other) => Start <= other.Start && other.End <= End;

    public string Slice(string text) => text.Substring(Start, End - Start);

    public override string ToString() => $"[{Start},{End})";
}
