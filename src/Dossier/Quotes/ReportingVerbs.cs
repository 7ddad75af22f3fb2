using Dossier.Resources;

namespace Dossier.Quotes;

/// <summary>
/// The reporting verbs of <c>resources/en/quotes/verbs.tsv</c>, looked up by lemma or by any inflected form (the
/// regular forms are derived, the irregular ones listed), so that a cue can be recognised in untagged text too.
/// </summary>
public sealed class ReportingVerbs
{
    private static readonly HashSet<string> Classes = new(StringComparer.Ordinal) { "say", "claim", "deny", "accuse", "urge", "warn", "confirm" };
    private static readonly Lazy<ReportingVerbs> Shared = new(() => Load());
    private readonly Dictionary<string, ReportingVerb> byLemma;
    private readonly Dictionary<string, ReportingVerb> byForm;

    private ReportingVerbs(Dictionary<string, ReportingVerb> byLemma, Dictionary<string, ReportingVerb> byForm)
    {
        this.byLemma = byLemma;
        this.byForm = byForm;
    }

    /// <summary>The shipped list, loaded once.</summary>
    public static ReportingVerbs Default => Shared.Value;

    public int Count => byLemma.Count;

    /// <summary>Loads a verbs file (default: the shipped one), checking every class.</summary>
    public static ReportingVerbs Load(string? path = null)
    {
        path ??= ResourceLocator.Resource("en", "quotes", "verbs.tsv");
        var file = ResourceFile.Load(path);
        var byLemma = new Dictionary<string, ReportingVerb>(StringComparer.OrdinalIgnoreCase);
        var byForm = new Dictionary<string, ReportingVerb>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in file.Lines)
        {
            string[] f = line.Text.Split('\t');
            if (f.Length < 2 || !Classes.Contains(f[1].Trim()))
            {
                throw new InvalidDataException($"DOS1201: {file.Where(line)}: expected 'lemma<TAB>class[<TAB>forms]' with a class among {string.Join(", ", Classes.Order(StringComparer.Ordinal))}.");
            }

            var verb = new ReportingVerb(f[0].Trim().ToLowerInvariant(), f[1].Trim());
            byLemma[verb.Lemma] = verb;
            foreach (string form in RegularForms(verb.Lemma).Concat(f.Length > 2 ? f[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) : []))
            {
                byForm.TryAdd(form, verb);
            }
        }

        return new ReportingVerbs(byLemma, byForm);
    }

    /// <summary>The verb with this lemma, or null.</summary>
    public ReportingVerb? ByLemma(string lemma) => byLemma.GetValueOrDefault(lemma);

    /// <summary>The verb one of whose forms this word is ("said", "denies", "claiming"), or null.</summary>
    public ReportingVerb? ByForm(string word) => byForm.GetValueOrDefault(word);

    private static IEnumerable<string> RegularForms(string lemma)
    {
        yield return lemma;
        string stem = lemma.EndsWith('e') ? lemma[..^1] : lemma;
        bool sibilant = lemma.EndsWith('s') || lemma.EndsWith('x') || lemma.EndsWith("sh", StringComparison.Ordinal) || lemma.EndsWith("ch", StringComparison.Ordinal);
        yield return sibilant ? lemma + "es" : lemma + "s";
        yield return stem + "ed";
        yield return stem + "ing";
        if (lemma.EndsWith('y') && lemma.Length > 2 && !"aeiou".Contains(lemma[^2], StringComparison.Ordinal))
        {
            yield return lemma[..^1] + "ies";
            yield return lemma[..^1] + "ied";
        }
    }
}
