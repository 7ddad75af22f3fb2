using System.Globalization;
using Dossier.Resources;

namespace Dossier.Syntax;

/// <summary>
/// Lemmatizes a word given its Penn tag: first an exception list (irregular forms such as said/say, met/meet,
/// children/child, and every training word the rules would get wrong), then suffix rules learned per tag (the
/// longest known suffix decides: "-ied" VBD becomes "-y"), then the lower-cased form. Proper nouns keep their case.
/// Both lists are data, derived from the treebanks by <c>dossier train lemmatizer</c>.
/// </summary>
public sealed class Lemmatizer
{
    /// <summary>The longest suffix a rule looks at.</summary>
    internal const int MaxSuffix = 6;

    private readonly Dictionary<string, string> exceptions;
    private readonly Dictionary<string, (int Strip, string Add)> rules;

    internal Lemmatizer(Dictionary<string, string> exceptions, Dictionary<string, (int Strip, string Add)> rules)
    {
        this.exceptions = exceptions;
        this.rules = rules;
    }

    public int ExceptionCount => exceptions.Count;

    public int RuleCount => rules.Count;

    public string Lemmatize(string form, string xpos)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(xpos);
        if (exceptions.TryGetValue(Key(form, xpos), out string? lemma))
        {
            return lemma;
        }

        string lower = form.ToLowerInvariant();
        if (!string.Equals(lower, form, StringComparison.Ordinal) && exceptions.TryGetValue(Key(lower, xpos), out lemma))
        {
            return lemma;
        }

        return ByRule(form, xpos);
    }

    /// <summary>The lemma the suffix rules alone give (no exception list).</summary>
    internal string ByRule(string form, string xpos)
    {
        bool proper = xpos.StartsWith("NNP", StringComparison.Ordinal);
        if (string.Equals(xpos, "NNP", StringComparison.Ordinal))
        {
            return form;
        }

        string word = proper ? form : form.ToLowerInvariant();
        string lower = form.ToLowerInvariant();
        for (int k = Math.Min(MaxSuffix, lower.Length); k >= 0; k--)
        {
            if (rules.TryGetValue(RuleKey(xpos, lower[(lower.Length - k)..]), out var rule) && rule.Strip < word.Length)
            {
                return string.Concat(word.AsSpan(0, word.Length - rule.Strip), rule.Add);
            }
        }

        return word;
    }

    internal static string Key(string form, string xpos) => string.Concat(form, "\t", xpos);

    internal static string RuleKey(string xpos, string suffix) => string.Concat(xpos, "\t", suffix);

    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var writer = new StreamWriter(path);
        writer.WriteLine("# FORMAT: R<TAB>penn-tag<TAB>suffix<TAB>strip<TAB>append (suffix rule) | E<TAB>form<TAB>penn-tag<TAB>lemma (exception)");
        writer.WriteLine("# SOURCE: derived by `dossier train lemmatizer` from UD English-EWT train and UD English-GUM (CC-BY genres) train, ../shared/data");
        writer.WriteLine("# LICENSE: CC BY-SA 4.0 (derived from UD English-EWT; GUM CC-BY with attribution)");
        foreach (var (key, rule) in rules.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.WriteLine(FormattableString.Invariant($"R\t{key}\t{rule.Strip}\t{rule.Add}"));
        }

        foreach (var (key, lemma) in exceptions.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            writer.WriteLine($"E\t{key}\t{lemma}");
        }
    }

    public static Lemmatizer Load(string path)
    {
        var file = ResourceFile.Load(path);
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        var rules = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        foreach (var line in file.Lines)
        {
            string[] cols = line.Text.Split('\t');
            if (cols.Length is 4 or 5 && cols[0] == "R")
            {
                // A rule that appends nothing ends in a tab, which the resource reader trims.
                rules[RuleKey(cols[1], cols[2])] = (int.Parse(cols[3], CultureInfo.InvariantCulture), cols.Length == 5 ? cols[4] : string.Empty);
            }
            else if (cols.Length == 4 && cols[0] == "E")
            {
                exceptions[Key(cols[1], cols[2])] = cols[3];
            }
            else
            {
                throw new InvalidDataException($"DOS0210: {path}:{line.Number} is neither a rule (R, 5 columns) nor an exception (E, 4 columns); retrain with `dossier train lemmatizer`.");
            }
        }

        return new Lemmatizer(exceptions, rules);
    }
}
