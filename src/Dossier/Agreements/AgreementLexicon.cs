using Dossier.Claims;
using Dossier.Resources;

namespace Dossier.Agreements;

/// <summary>The word lists of <c>resources/en/agreements</c>: head nouns, generic modifiers, state words, provision verbs.</summary>
public sealed class AgreementLexicon
{
    private static readonly Lazy<AgreementLexicon> Shared = new(() => Load());

    private AgreementLexicon()
    {
    }

    public static AgreementLexicon Default => Shared.Value;

    public IReadOnlySet<string> Heads { get; private set; } = null!;

    public IReadOnlySet<string> GenericModifiers { get; private set; } = null!;

    /// <summary>Phrases that give an agreement its proper name ("known as").</summary>
    public IReadOnlyList<string> NamingPhrases { get; private set; } = null!;

    /// <summary>State words by lemma.</summary>
    public IReadOnlyDictionary<string, StateCue> States { get; private set; } = null!;

    /// <summary>Provision verbs by lemma (a verb may take several complements).</summary>
    public ILookup<string, ProvisionVerb> ProvisionVerbs { get; private set; } = null!;

    public static AgreementLexicon Load(string? folder = null)
    {
        folder ??= ResourceLocator.Resource("en", "agreements");
        var states = new Dictionary<string, StateCue>(StringComparer.OrdinalIgnoreCase);
        foreach (var (file, line, f) in ClaimLexicon.Rows(folder, "states.tsv", 4))
        {
            if (!int.TryParse(f[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int priority)
                || !(f[3] == "-" || f[3] == "obj" || f[3].StartsWith("amod=", StringComparison.Ordinal) || f[3].StartsWith("case=", StringComparison.Ordinal)))
            {
                throw new InvalidDataException($"DOS1310: {file.Where(line)}: expected a whole-number priority and a condition -, obj, amod=WORD or case=WORD.");
            }

            states[f[0]] = new StateCue(f[0], f[1], priority, f[3]);
        }

        var provisions = ClaimLexicon.Rows(folder, "provision-verbs.tsv", 2).Select(r => new ProvisionVerb(r.Fields[0], r.Fields[1])).ToList();
        return new AgreementLexicon
        {
            Heads = Words(folder, "heads.txt"),
            GenericModifiers = Words(folder, "generic-modifiers.txt"),
            NamingPhrases = [.. Words(folder, "naming-phrases.txt").Order(StringComparer.Ordinal)],
            States = states,
            ProvisionVerbs = provisions.ToLookup(p => p.Lemma, StringComparer.OrdinalIgnoreCase),
        };
    }

    private static HashSet<string> Words(string folder, string name) =>
        new(ResourceFile.Load(Path.Combine(folder, name)).Lines.Select(l => l.Text.Trim()), StringComparer.OrdinalIgnoreCase);
}
