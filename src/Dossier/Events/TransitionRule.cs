using Dossier.Resources;

namespace Dossier.Events;

/// <summary>
/// An event type CAMEO has no code for (a death, a change of office), read from
/// <c>resources/en/events/transitions.tsv</c>: a verb lemma, the voice it must have and, optionally, the object lemmas
/// it needs ("assume the presidency"), upper-cased as the coder's sentence graph has them. The subject is the event's only actor.
/// </summary>
public sealed record TransitionRule(string Code, string Label, string Category, string Lemma, string Voice, IReadOnlySet<string> Objects)
{
    private static readonly Lazy<IReadOnlyList<TransitionRule>> Default = new(() => Load(ResourceLocator.Resource("en", "events", "transitions.tsv")));

    /// <summary>Dossier's rules (<c>resources/en/events/transitions.tsv</c>), read once: the CAMEO catalog and the events stage both use them.</summary>
    public static IReadOnlyList<TransitionRule> LoadDefault() => Default.Value;

    public static IReadOnlyList<TransitionRule> Load(string path)
    {
        var file = ResourceFile.Load(path);
        var rules = new List<TransitionRule>();
        foreach (var line in file.Lines)
        {
            string[] f = line.Text.Split('\t');
            if (f.Length != 6 || f[4] is not ("passive" or "active" or "-"))
            {
                throw new InvalidDataException($"DOS0623: {file.Where(line)} must have 6 tab-separated fields: type, label, category, lemma, voice (passive, active or -), object lemmas (| separated, or -).");
            }

            var objects = f[5] == "-" ? new HashSet<string>(StringComparer.Ordinal) : new HashSet<string>(f[5].ToUpperInvariant().Split('|'), StringComparer.Ordinal);
            rules.Add(new TransitionRule(f[0], f[1], f[2], f[3].ToUpperInvariant(), f[4], objects));
        }

        return rules;
    }
}
