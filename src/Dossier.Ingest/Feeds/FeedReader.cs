using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Dossier.Model;

namespace Dossier.Ingest.Feeds;

/// <summary>
/// Reads RSS 2.0 and Atom feeds. A feed that is not well-formed XML (an unescaped ampersand or an unclosed tag in
/// one item is common) is read item by item, so one broken item costs that item only, with a diagnostic naming it.
/// </summary>
public static partial class FeedReader
{
    private const string Stage = "feed";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>Reads a feed document; relative links resolve against <paramref name="feedUrl"/>.</summary>
    public static FeedReadResult Read(string xml, Uri? feedUrl = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        var problems = new List<Diagnostic>();
        try
        {
            var document = XDocument.Parse(xml, LoadOptions.None);
            var root = document.Root!;
            var isAtom = root.Name == Atom + "feed";
            var entries = isAtom ? root.Elements(Atom + "entry") : root.Descendants().Where(e => e.Name.LocalName == "item");
            var title = isAtom ? (string?)root.Element(Atom + "title") : (string?)root.Element("channel")?.Element("title");
            var items = new List<FeedItem>();
            var index = 0;
            foreach (var entry in entries)
                AddItem(entry, ++index, feedUrl, items, problems);
            return new FeedReadResult(title?.Trim(), items, problems);
        }
        catch (XmlException ex)
        {
            problems.Add(new Diagnostic("DOS0420", Stage,
                $"the feed is not well-formed XML ({ex.Message}); reading it item by item, so only broken items are lost.",
                DiagnosticSeverity.Warning));
            return ReadItemByItem(xml, feedUrl, problems);
        }
    }

    private static FeedReadResult ReadItemByItem(string xml, Uri? feedUrl, List<Diagnostic> problems)
    {
        // Namespace prefixes are declared on the root; each item is parsed inside a wrapper that re-declares them.
        var declarations = string.Join(' ', NamespaceDeclaration().Matches(xml).Select(m => m.Value).Distinct(StringComparer.Ordinal));
        var isAtom = xml.Contains("http://www.w3.org/2005/Atom", StringComparison.Ordinal) && xml.Contains("<entry", StringComparison.Ordinal);
        var items = new List<FeedItem>();
        var index = 0;
        foreach (Match chunk in (isAtom ? AtomEntry() : RssItem()).Matches(xml))
        {
            index++;
            var defaultNs = isAtom ? "xmlns=\"http://www.w3.org/2005/Atom\"" : string.Empty;
            try
            {
                var wrapper = XElement.Parse($"<wrapper {defaultNs} {declarations}>{chunk.Value}</wrapper>");
                AddItem(wrapper.Elements().First(), index, feedUrl, items, problems);
            }
            catch (XmlException ex)
            {
                problems.Add(new Diagnostic("DOS0421", Stage,
                    $"item {index} is not well-formed XML ({ex.Message}); skipped. The other items are read.",
                    DiagnosticSeverity.Error));
            }
        }
        var title = FeedTitle().Match(xml) is { Success: true } t ? System.Net.WebUtility.HtmlDecode(t.Groups[1].Value).Trim() : null;
        return new FeedReadResult(title, items, problems);
    }

    private static void AddItem(XElement entry, int index, Uri? feedUrl, List<FeedItem> items, List<Diagnostic> problems)
    {
        var isAtom = entry.Name.Namespace == Atom;
        var title = Text(entry, isAtom ? Atom + "title" : "title");
        var guid = Text(entry, isAtom ? Atom + "id" : "guid");
        string? href;
        if (isAtom)
        {
            var links = entry.Elements(Atom + "link").ToList();
            href = (string?)(links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault())?.Attribute("href");
        }
        else
        {
            href = Text(entry, "link");
            var permalink = entry.Element("guid");
            if (string.IsNullOrWhiteSpace(href) && permalink is not null && (string?)permalink.Attribute("isPermaLink") != "false")
                href = permalink.Value;
        }
        var dateText = isAtom
            ? Text(entry, Atom + "published") ?? Text(entry, Atom + "updated")
            : Text(entry, "pubDate") ?? Text(entry, Dc + "date");
        if (string.IsNullOrWhiteSpace(href) || !TryResolve(href.Trim(), feedUrl, out var link))
        {
            problems.Add(new Diagnostic("DOS0422", Stage,
                $"item {index} ({title ?? "untitled"}) has no usable link ('{href}'); skipped.", DiagnosticSeverity.Error));
            return;
        }
        var published = ParseDate(dateText);
        if (dateText is not null && published is null)
        {
            problems.Add(new Diagnostic("DOS0423", Stage,
                $"item {index} ({link}) has a date that cannot be read ('{dateText}'); kept without a date.", DiagnosticSeverity.Warning));
        }
        items.Add(new FeedItem(link, title, published, guid));
    }

    private static bool TryResolve(string href, Uri? baseUrl, out Uri link)
    {
        if (Uri.TryCreate(href, UriKind.Absolute, out link!) && link.Scheme is "http" or "https")
            return true;
        return baseUrl is not null && Uri.TryCreate(baseUrl, href, out link!) && link.Scheme is "http" or "https";
    }

    private static string? Text(XElement entry, XName name)
    {
        var value = entry.Element(name)?.Value;
        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    /// <summary>Reads RFC 822 dates (RSS: "Tue, 10 Jun 2003 04:00:00 GMT") and ISO 8601 (Atom), as the day written.</summary>
    public static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        var iso = IsoDay().Match(text);
        if (iso.Success)
        {
            return DateOnly.TryParseExact(iso.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        }
        var rfc = RfcDay().Match(text);
        if (!rfc.Success)
            return null;
        var value = $"{rfc.Groups["d"].Value} {rfc.Groups["m"].Value} {rfc.Groups["y"].Value}";
        return DateOnly.TryParseExact(value, ["d MMM yyyy", "d MMM yy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    [GeneratedRegex(@"xmlns:\w+\s*=\s*""[^""]*""", RegexOptions.CultureInvariant)]
    private static partial Regex NamespaceDeclaration();

    [GeneratedRegex(@"<item[\s>].*?</item>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex RssItem();

    [GeneratedRegex(@"<entry[\s>].*?</entry>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex AtomEntry();

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex FeedTitle();

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDay();

    [GeneratedRegex(@"(?<d>\d{1,2})\s+(?<m>[A-Za-z]{3})[a-z]*\s+(?<y>\d{2,4})", RegexOptions.CultureInvariant)]
    private static partial Regex RfcDay();
}
