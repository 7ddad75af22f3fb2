using System.Text.RegularExpressions;

namespace Dossier.Ingest.Html;

/// <summary>
/// Finds the wire service an article credits: a byline naming one ("Reuters", "dpa"), a dateline credit at the
/// start ("MOSCOW (Reuters) -", "Berlin (dpa) -"), or a closing credit ("Quelle: dpa", "/AFP", "© AP").
/// </summary>
internal static partial class WireDetector
{
    private static readonly Dictionary<string, string> Canonical = new(StringComparer.OrdinalIgnoreCase)
    {
        ["reuters"] = "Reuters", ["afp"] = "AFP", ["ap"] = "AP", ["associated press"] = "AP", ["dpa"] = "dpa",
        ["tass"] = "TASS", ["irna"] = "IRNA", ["xinhua"] = "Xinhua", ["anadolu"] = "Anadolu", ["efe"] = "EFE",
        ["ansa"] = "ANSA", ["upi"] = "UPI", ["kna"] = "KNA", ["epd"] = "epd", ["apa"] = "APA", ["sda"] = "SDA",
        ["ria novosti"] = "RIA Novosti", ["interfax"] = "Interfax", ["pti"] = "PTI", ["bloomberg"] = "Bloomberg",
        ["kyodo"] = "Kyodo", ["yonhap"] = "Yonhap", ["isna"] = "ISNA", ["fars"] = "Fars", ["mehr"] = "Mehr",
    };

    public static string? Detect(string body, IReadOnlyList<string> authors)
    {
        foreach (var author in authors)
        {
            if (Canonical.TryGetValue(author.Trim(), out var byAuthor))
                return byAuthor;
        }
        var head = body.Length > 300 ? body[..300] : body;
        var m = Dateline().Match(head);
        if (m.Success && Canonical.TryGetValue(m.Groups["w"].Value, out var byDateline))
            return byDateline;
        var tail = body.Length > 300 ? body[^300..] : body;
        m = Closing().Match(tail);
        return m.Success && Canonical.TryGetValue(m.Groups["w"].Value, out var byClosing) ? byClosing : null;
    }

    [GeneratedRegex(@"\((?<w>Reuters|AFP|AP|dpa|TASS|IRNA|Xinhua|Anadolu|EFE|ANSA|UPI|KNA|epd|APA|SDA|Interfax|PTI|Kyodo|Yonhap)(/[A-Za-z]+)?\)\s*[-–—:]?",
        RegexOptions.CultureInvariant)]
    private static partial Regex Dateline();

    [GeneratedRegex(@"(Quelle:|Source:|©|\(c\)|/)\s*(?<w>Reuters|AFP|AP|Associated Press|dpa|TASS|IRNA|Xinhua|Anadolu|EFE|ANSA|KNA|epd|APA|SDA)\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex Closing();
}
