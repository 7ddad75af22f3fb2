using System.Text;

namespace Dossier.Ingest.Html;

/// <summary>Whitespace handling shared by the extractor and the evaluation.</summary>
public static class TextNormalizer
{
    /// <summary>Collapses every run of whitespace (including no-break spaces) to one space and trims.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                sb.Append(' ');
                pendingSpace = false;
            }
            sb.Append(ch);
        }
        return sb.ToString();
    }
}
