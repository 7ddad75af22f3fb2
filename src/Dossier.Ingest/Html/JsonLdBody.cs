using System.Net;
using System.Text;
using AngleSharp.Html.Parser;

namespace Dossier.Ingest.Html;

/// <summary>
/// The article text a page states in its JSON-LD <c>articleBody</c>, as paragraphs. Client-rendered pages (an app
/// shell whose text arrives by script) and pages whose markup splits the article where the locator cannot see it
/// often state the whole text there; it is used only when the located text is much shorter.
/// </summary>
internal static class JsonLdBody
{
    /// <summary>The JSON-LD text replaces the located article when it is this many times longer.</summary>
    private const double Gain = 2.0;

    /// <summary>Shorter statements are summaries or teasers, not the article.</summary>
    private const int MinChars = 400;

    /// <summary>The located body, or the JSON-LD article body when that is much longer.</summary>
    public static string Prefer(string located, string? jsonLdBody)
    {
        if (jsonLdBody is null || jsonLdBody.Length < MinChars || jsonLdBody.Length < Gain * located.Length)
            return located;
        var text = ToParagraphs(jsonLdBody);
        return text.Length >= Gain * located.Length ? text : located;
    }

    /// <summary>
    /// Plain text keeps its line breaks as paragraph breaks; some sites put HTML (or escaped HTML) in the field,
    /// which is parsed and written as blocks like any page.
    /// </summary>
    internal static string ToParagraphs(string raw)
    {
        var decoded = raw.Contains('&', StringComparison.Ordinal) ? WebUtility.HtmlDecode(raw) : raw;
        if (decoded.Contains("</", StringComparison.Ordinal) || decoded.Contains("<br", StringComparison.OrdinalIgnoreCase))
        {
            var parser = new HtmlParser(new HtmlParserOptions { IsScripting = false });
            var document = parser.ParseDocument("<html><body>" + decoded + "</body></html>");
            var root = document.Body ?? document.DocumentElement;
            new PageCleaner().Clean(root);
            return BodyAssembler.Assemble(TextBlockWriter.Write([root]));
        }
        var sb = new StringBuilder(decoded.Length);
        foreach (var line in decoded.Split('\n'))
        {
            var paragraph = TextNormalizer.Collapse(line);
            if (paragraph.Length == 0)
                continue;
            if (sb.Length > 0)
                sb.Append("\n\n");
            sb.Append(paragraph);
        }
        return sb.ToString();
    }
}
