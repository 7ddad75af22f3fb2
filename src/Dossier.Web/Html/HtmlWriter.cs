using System.Text;
using System.Text.Encodings.Web;

namespace Dossier.Web.Html;

/// <summary>
/// Builds HTML where every piece of text and every attribute value is encoded: the only markup that is written as
/// is are tag and attribute names, and those must be lower-case ASCII constants. Article text, titles, captions and
/// query strings therefore always show as text, whatever they contain.
/// </summary>
internal sealed class HtmlWriter
{
    private readonly StringBuilder sb = new(16 * 1024);
    private readonly Stack<string> open = new();

    /// <summary>Opens an element; attributes with a null value are left out.</summary>
    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        WriteStartTag(tag, attributes);
        open.Push(tag);
        return this;
    }

    /// <summary>Closes the innermost open element, which must be <paramref name="tag"/>.</summary>
    public HtmlWriter Close(string tag)
    {
        string expected = open.Count > 0 ? open.Pop() : "(none)";
        if (!string.Equals(expected, tag, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"DOS1190: closing <{tag}> while <{expected}> is open.");
        }

        sb.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>Writes encoded text.</summary>
    public HtmlWriter Text(string? text)
    {
        if (text is not null)
        {
            sb.Append(HtmlEncoder.Default.Encode(text));
        }

        return this;
    }

    /// <summary>Writes encoded text from a slice of a larger string.</summary>
    public HtmlWriter Text(string text, int start, int end) => Text(text[start..end]);

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string? text, params (string Name, string? Value)[] attributes)
    {
        WriteStartTag(tag, attributes);
        Text(text);
        sb.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>An element with no content and no end tag (input, br, meta, link).</summary>
    public HtmlWriter Void(string tag, params (string Name, string? Value)[] attributes)
    {
        WriteStartTag(tag, attributes);
        return this;
    }

    /// <summary>A link within the workbench; <paramref name="href"/> must be a local path built with <see cref="Url"/> or a #fragment.</summary>
    public HtmlWriter Link(string href, string? text, params (string Name, string? Value)[] attributes)
    {
        if (!Url.IsLocal(href) && !(href.Length > 1 && href[0] == '#'))
        {
            throw new InvalidOperationException($"DOS1191: '{href}' is not a local path; use ExternalLink for other sites.");
        }

        return Element("a", text, [("href", href), .. attributes]);
    }

    /// <summary>A link to another site, only for absolute http(s) URLs; anything else (javascript:, data:) is written as text.</summary>
    public HtmlWriter ExternalLink(string? url, string? text)
    {
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return Element("a", text ?? url, ("href", uri.AbsoluteUri), ("rel", "noopener noreferrer nofollow"));
        }

        return Text(text ?? url);
    }

    /// <summary>Writes a fixed piece of markup written in this code base (never text from a request or an article).</summary>
    public HtmlWriter Trusted(string markup)
    {
        sb.Append(markup);
        return this;
    }

    public override string ToString()
    {
        if (open.Count > 0)
        {
            throw new InvalidOperationException($"DOS1192: <{open.Peek()}> was never closed.");
        }

        return sb.ToString();
    }

    private void WriteStartTag(string tag, (string Name, string? Value)[] attributes)
    {
        CheckName(tag);
        sb.Append('<').Append(tag);
        foreach (var (name, value) in attributes)
        {
            CheckName(name);
            if (value is null)
            {
                continue;
            }

            sb.Append(' ').Append(name).Append("=\"").Append(HtmlEncoder.Default.Encode(value)).Append('"');
        }

        sb.Append('>');
    }

    private static void CheckName(string name)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        {
            throw new InvalidOperationException($"DOS1193: '{name}' is not a lower-case tag or attribute name.");
        }
    }
}
