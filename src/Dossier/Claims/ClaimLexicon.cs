using Dossier.Resources;

namespace Dossier.Claims;

/// <summary>
/// The word lists of <c>resources/en/claims</c>: stance and reporting verbs, report nouns, words that call a
/// proposition false, proposition predicates and their themes, official nouns and irrealis words. All lookups take
/// lemmas and ignore case.
/// </summary>
public sealed class ClaimLexicon
{
    private static readonly Lazy<ClaimLexicon> Shared = new(() => Load());

    private ClaimLexicon()
    {
    }

    /// <summary>The lexicon shipped in <c>resources/en/claims</c>, loaded once.</summary>
    public static ClaimLexicon Default => Shared.Value;

    public IReadOnlyDictionary<string, CueVerb> Verbs { get; private set; } = null!;

    /// <summary>Report nouns ("claims", "reports") and the position of whoever makes them.</summary>
    public IReadOnlyDictionary<string, string> ReportNouns { get; private set; } = null!;

    /// <summary>Falsity words and their part: <c>adjective</c>, <c>noun</c> or <c>negated</c>.</summary>
    public IReadOnlyDictionary<string, string> Falsity { get; private set; } = null!;

    public IReadOnlyDictionary<string, PredicateClass> Classes { get; private set; } = null!;

    /// <summary>Each predicate word (verb or noun lemma) and its class.</summary>
    public IReadOnlyDictionary<string, PredicateClass> PredicateWords { get; private set; } = null!;

    /// <summary>Each theme word and its theme.</summary>
    public IReadOnlyDictionary<string, string> ThemeWords { get; private set; } = null!;

    public IReadOnlySet<string> OfficialNouns { get; private set; } = null!;

    /// <summary>Nouns and pronouns that stand for the work on the agreement last named ("the process", "its").</summary>
    public IReadOnlySet<string> ProcessNouns { get; private set; } = null!;

    /// <summary>Irrealis words and their kind: <c>modal</c>, <c>governor</c>, <c>negator</c>, <c>negative-governor</c>.</summary>
    public IReadOnlyDictionary<string, string> Irrealis { get; private set; } = null!;

    public static ClaimLexicon Load(string? folder = null)
    {
        folder ??= ResourceLocator.Resource("en", "claims");
        var verbs = new Dictionary<string, CueVerb>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, line, f) in Rows(folder, "verbs.tsv", 3))
        {
            verbs[f[0]] = new CueVerb(f[0], CheckPosition(file, line, f[1]), f[2] is "report" or "stance" or "accusation" ? f[2]
                : throw new InvalidDataException($"DOS1302: {file.Where(line)}: kind '{f[2]}' is not report, stance or accusation."));
        }

        var nouns = Rows(folder, "nouns.tsv", 2).ToDictionary(r => r.Fields[0], r => CheckPosition(r.File, r.Line, r.Fields[1]), StringComparer.OrdinalIgnoreCase);
        var falsity = Rows(folder, "falsity.tsv", 2).ToDictionary(r => r.Fields[0], r => r.Fields[1], StringComparer.OrdinalIgnoreCase);
        var irrealis = Rows(folder, "irrealis.tsv", 2).ToDictionary(r => r.Fields[0], r => r.Fields[1], StringComparer.OrdinalIgnoreCase);
        var themes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, _, f) in Rows(folder, "themes.tsv", 2))
        {
            foreach (string w in f[1].Split('|'))
            {
                themes[w] = f[0];
            }
        }

        var classes = new Dictionary<string, PredicateClass>(StringComparer.Ordinal);
        var words = new Dictionary<string, PredicateClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, line, f) in Rows(folder, "predicates.tsv", 6))
        {
            var c = new PredicateClass(f[0], f[2], Dash(f[3]), Dash(f[4]), f[5]);
            if (c.Theme is { } theme && !themes.ContainsValue(theme))
            {
                throw new InvalidDataException($"DOS1303: {file.Where(line)}: theme '{theme}' is not in themes.tsv.");
            }

            classes[c.Name] = c;
            foreach (string w in f[1].Split('|'))
            {
                words[w] = c;
            }
        }

        foreach (var c in classes.Values.Where(c => c.Contrary is not null && !classes.ContainsKey(c.Contrary)))
        {
            throw new InvalidDataException($"DOS1304: {Path.Combine(folder, "predicates.tsv")}: class '{c.Name}' contradicts '{c.Contrary}', which is not a class.");
        }

        var official = Words(folder, "official-nouns.txt");
        return new ClaimLexicon
        {
            Verbs = verbs,
            ReportNouns = nouns,
            Falsity = falsity,
            Classes = classes,
            PredicateWords = words,
            ThemeWords = themes,
            OfficialNouns = official,
            ProcessNouns = Words(folder, "process-nouns.txt"),
            Irrealis = irrealis,
        };
    }

    private static string? Dash(string s) => s == "-" ? null : s;

    private static HashSet<string> Words(string folder, string name) =>
        new(ResourceFile.Load(Path.Combine(folder, name)).Lines.Select(l => l.Text.Trim()), StringComparer.OrdinalIgnoreCase);

    private static string CheckPosition(ResourceFile file, ResourceLine line, string position) =>
        position is Positions.Asserts or Positions.Denies or Positions.Confirms or Positions.Questions or Positions.Retracts ? position
            : throw new InvalidDataException($"DOS1301: {file.Where(line)}: position '{position}' is not asserts, denies, confirms, questions or retracts.");

    /// <summary>The tab-separated rows of a file, each checked to have at least <paramref name="columns"/> fields.</summary>
    internal static IEnumerable<(ResourceFile File, ResourceLine Line, string[] Fields)> Rows(string folder, string name, int columns)
    {
        var file = ResourceFile.Load(Path.Combine(folder, name));
        foreach (var line in file.Lines)
        {
            string[] f = line.Text.Split('\t', StringSplitOptions.TrimEntries);
            if (f.Length < columns || f.Take(columns).Any(string.IsNullOrEmpty))
            {
                throw new InvalidDataException($"DOS1300: {file.Where(line)}: expected {columns} tab-separated fields, found {f.Length}.");
            }

            yield return (file, line, f);
        }
    }
}
