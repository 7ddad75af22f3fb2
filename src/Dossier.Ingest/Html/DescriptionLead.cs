using System.Text;
using AngleSharp.Dom;

namespace Dossier.Ingest.Html;

/// <summary>
/// Finds the standfirst that a page shows above its article in an element of its own (a header, a hero box): the
/// element whose text is the page's meta description. Sites write the description from the standfirst, so the
/// match is a name-free way to recognise it; the locator, which scores containers by their paragraphs, leaves it
/// out when it sits apart from the body.
/// </summary>
internal static class DescriptionLead
{
    /// <summary>Descriptions shorter than this (non-whitespace characters) are slogans or titles, not standfirsts.</summary>
    private const int MinChars = 50;

    /// <summary>How many leading characters of the description must open the element's text.</summary>
    private const int KeyChars = 60;

    /// <summary>
    /// The containers with the standfirst element first when the page shows the description above them, outside
    /// them; otherwise the containers unchanged.
    /// </summary>
    public static IReadOnlyList<IElement> Prepend(IElement root, DomStats stats, IReadOnlyList<IElement> containers, string? description)
    {
        if (description is null || containers.Count == 0 || (containers.Count == 1 && containers[0] == root))
            return containers;
        var key = NonSpace(description);
        if (key.Length < MinChars)
            return containers;
        // Descriptions are cut with an ellipsis; compare the part before it.
        key = key.TrimEnd('.', '…');
        var opening = key[..Math.Min(KeyChars, key.Length)];
        var first = containers[0];
        IElement? lead = null;
        foreach (var element in root.Descendants<IElement>())
        {
            if (element == first)
                break; // only text shown before the article
            var chars = stats[element].Chars;
            if (chars < key.Length * 0.8 || chars > key.Length * 1.5 + 20 || !BoilerplatePatterns.IsBlock(element.LocalName))
                continue;
            if (!NonSpace(element.TextContent).StartsWith(opening, StringComparison.Ordinal))
                continue;
            lead = element; // the innermost match wins: descendants come after their ancestors
        }
        if (lead is null || lead.Contains(first) || stats[lead].LinkDensity > 0.2)
            return containers;
        return [lead, .. containers];
    }

    private static string NonSpace(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch))
                sb.Append(ch);
        }
        return sb.ToString();
    }
}
