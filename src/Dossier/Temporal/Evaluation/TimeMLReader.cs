using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Dossier.Temporal.Evaluation;

/// <summary>
/// Reads TimeML (<c>.tml</c>) files: the document creation time is the TIMEX3 with
/// <c>functionInDocument="CREATION_TIME"</c>; gold extents are offsets into the concatenated text of the TEXT
/// element, tags removed.
/// </summary>
public static class TimeMLReader
{
    public static TimeMLDocument Read(string path)
    {
        XDocument xml;
        try
        {
            xml = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        }
        catch (XmlException e)
        {
            throw new InvalidDataException($"DOS0340: {path} is not well-formed TimeML: {e.Message}", e);
        }

        var textElement = xml.Descendants("TEXT").FirstOrDefault()
            ?? throw new InvalidDataException($"DOS0341: {path} has no <TEXT> element; is it a TimeML file?");
        var dctElement = xml.Descendants("TIMEX3").FirstOrDefault(t => (string?)t.Attribute("functionInDocument") == "CREATION_TIME");
        string? dctValue = (string?)dctElement?.Attribute("value");
        DateOnly? dct = dctValue is { Length: >= 10 } ? TemporalRuleSet.ParseDay(dctValue[..10]) : null;

        var sb = new StringBuilder();
        var gold = new List<GoldTimex>();
        foreach (var node in textElement.DescendantNodes())
        {
            if (node is XText t)
            {
                sb.Append(t.Value);
            }
            else if (node is XElement { Name.LocalName: "TIMEX3" } e)
            {
                int start = sb.Length;
                gold.Add(new GoldTimex(start, start + e.Value.Length, (string?)e.Attribute("type") ?? "", (string?)e.Attribute("value")));
            }
        }

        return new TimeMLDocument(Path.GetFileNameWithoutExtension(path), sb.ToString(), dct, gold);
    }

    /// <summary>Every <c>.tml</c> file under a folder, in name order.</summary>
    public static IEnumerable<TimeMLDocument> ReadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"DOS0342: TimeML folder {folder} does not exist; pass --timeml with a folder of .tml files.");
        }

        return Directory.GetFiles(folder, "*.tml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(Read);
    }
}
