namespace Dossier.Ingest.Html;

/// <summary>Text measures of one element's subtree: characters (whitespace excluded), characters inside links, commas.</summary>
internal readonly record struct NodeStats(int Chars, int LinkChars, int Commas)
{
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;

    public int PlainChars => Chars - LinkChars;
}
