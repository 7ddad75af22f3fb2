namespace Dossier.Ingest.Html;

/// <summary>One paragraph, heading, list item or table row of extracted text, with its share of link text.</summary>
internal sealed record TextBlock(string Text, BlockKind Kind, int LinkChars)
{
    public double LinkDensity => Text.Length == 0 ? 0 : (double)LinkChars / Text.Length;
}
