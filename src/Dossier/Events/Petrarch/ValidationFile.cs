using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Dossier.Events.Petrarch;

/// <summary>
/// A PETRARCH validation file (<c>PETR_Validate_records_2_02.xml</c>): the <c>&lt;Environment&gt;</c> naming the
/// dictionaries and included categories, and the <c>&lt;Sentence&gt;</c> records with their expected
/// <c>&lt;EventCoding&gt;</c> lines and embedded UD parses. The files are XML in spirit but not well-formed (their
/// comments contain <c>--</c>), so they are read element by element as PETRARCH's own script reads them.
/// </summary>
public sealed partial class ValidationFile
{
    private ValidationFile(IReadOnlyDictionary<string, string> environment, IReadOnlyList<string> include, IReadOnlyList<ValidationRecord> records)
    {
        Environment = environment;
        Include = include;
        Records = records;
    }

    /// <summary>Environment entries by element name (<c>Verbfile</c>, <c>Actorfile</c>, <c>Agentfile</c>, <c>Discardfile</c>, <c>PICOfile</c>, <c>Include</c>).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The categories the file says to evaluate; empty means all.</summary>
    public IReadOnlyList<string> Include { get; }

    public IReadOnlyList<ValidationRecord> Records { get; }

    public static ValidationFile Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"DOS0610: validation file {path} does not exist; give the path of a PETRARCH validation XML with --petrarch.", path);
        }

        string text = CommentPattern().Replace(File.ReadAllText(path), string.Empty);
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        var env = EnvironmentPattern().Match(text);
        if (env.Success)
        {
            foreach (Match m in ElementPattern().Matches(env.Groups[1].Value))
            {
                environment[m.Groups[1].Value] = m.Groups[2].Value.Trim();
            }
        }

        var include = environment.TryGetValue("Include", out string? inc)
            ? inc.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            : [];
        var records = new List<ValidationRecord>();
        foreach (Match s in SentencePattern().Matches(text))
        {
            string attributes = s.Groups[1].Value, body = s.Groups[2].Value;
            string id = Attribute(attributes, "id") ?? $"record-{records.Count + 1}";
            string category = Attribute(attributes, "category") ?? string.Empty;
            bool evaluate = !string.Equals(Attribute(attributes, "evaluate"), "false", StringComparison.OrdinalIgnoreCase);
            DateOnly? date = DateOnly.TryParseExact(Attribute(attributes, "date"), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
            var expected = new List<ExpectedEvent>();
            bool none = false;
            foreach (Match e in EventPattern().Matches(body))
            {
                string a = e.Groups[1].Value;
                if (string.Equals(Attribute(a, "noevents"), "True", StringComparison.OrdinalIgnoreCase))
                {
                    none = true;
                    continue;
                }

                expected.Add(new ExpectedEvent(Code(a, "eventcode"), Code(a, "sourcecode"), Code(a, "targetcode")));
            }

            var textMatch = TextPattern().Match(body);
            var parseMatch = ParsePattern().Match(body);
            string sentence = WebUtility.HtmlDecode(string.Join(' ', textMatch.Groups[1].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            records.Add(new ValidationRecord(id, category, date, evaluate, sentence, WebUtility.HtmlDecode(parseMatch.Groups[1].Value), expected, none && expected.Count == 0));
        }

        return new ValidationFile(environment, include, records);
    }

    private static string? Attribute(string attributes, string name)
    {
        var m = Regex.Match(attributes, "\\b" + name + "\\s*=\\s*\"([^\"]*)\"", RegexOptions.CultureInvariant);
        return m.Success ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;
    }

    /// <summary>An attribute as the validation script reads it: empty or an isolated agent (<c>~</c>) is the null code.</summary>
    private static string Code(string attributes, string name)
    {
        string value = (Attribute(attributes, name) ?? string.Empty).Trim();
        return value.Length == 0 ? "---" : value.Replace("~", "---", StringComparison.Ordinal);
    }

    [GeneratedRegex("<!--.*?-->", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex CommentPattern();

    [GeneratedRegex("<Environment>(.*?)</Environment>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex EnvironmentPattern();

    [GeneratedRegex("<(\\w+)>([^<]*)</\\1>", RegexOptions.CultureInvariant)]
    private static partial Regex ElementPattern();

    [GeneratedRegex("<Sentence\\s([^>]*)>(.*?)</Sentence>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex SentencePattern();

    [GeneratedRegex("<EventCoding\\s([^>]*?)/?>", RegexOptions.CultureInvariant)]
    private static partial Regex EventPattern();

    [GeneratedRegex("<Text>(.*?)</Text>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TextPattern();

    [GeneratedRegex("<Parse>(.*?)</Parse>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex ParsePattern();
}
