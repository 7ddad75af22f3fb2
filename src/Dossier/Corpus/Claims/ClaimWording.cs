using Dossier.Claims;

namespace Dossier.Corpus.Claims;

/// <summary>
/// Words a claim with the template of its predicate class ("{agent} supplies {themes} to {recipient}"): the agent
/// and recipient most sources name, the theme words they use, the agreement's name. When a slot cannot be filled the
/// representative source's own words stand.
/// </summary>
internal static class ClaimWording
{
    public static string Of(PredicateClass? cls, IReadOnlyList<StanceCandidate> members, string? agreementName, string fallback)
    {
        if (cls is null)
        {
            return fallback;
        }

        var slots = new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            ["{agreement}"] = agreementName,
            ["{agent}"] = MostNamed(members.SelectMany(m => m.Mention.Proposition.Agents)),
            ["{themes}"] = Join(members.SelectMany(m => m.Mention.Proposition.ThemeWords).GroupBy(w => w, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).ToList()),
        };
        slots["{recipient}"] = MostNamed(members.SelectMany(m => m.Mention.Proposition.Others).Where(o => Name(o) != slots["{agent}"]));
        string text = cls.Template;
        foreach (var (slot, value) in slots)
        {
            if (text.Contains(slot, StringComparison.Ordinal))
            {
                if (value is null)
                {
                    return fallback;
                }

                text = text.Replace(slot, value, StringComparison.Ordinal);
            }
        }

        return text;
    }

    private static string? MostNamed(IEnumerable<string> keys) =>
        keys.GroupBy(k => k, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => Name(g.Key)).FirstOrDefault();

    private static string Name(string key) => key.StartsWith("ent:", StringComparison.Ordinal) ? key[(key.LastIndexOf(':') + 1)..].Replace('-', ' ') : EntityCountries.Name(key);

    private static string? Join(IReadOnlyList<string> words) => words.Count switch
    {
        0 => null,
        1 => words[0],
        _ => string.Join(", ", words.Take(words.Count - 1)) + " and " + words[^1],
    };
}
