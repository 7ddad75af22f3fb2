namespace Dossier.Events.Petrarch;

/// <summary>
/// Reads PETRARCH agent dictionaries: <c>PHRASE {plural} [~CODE]</c> lines, substitution sets
/// (<c>!PERSON! = MAN, MEN, WOMAN</c>) used inside phrases, and regular plurals generated unless <c>{}</c> says otherwise.
/// </summary>
public static class PetrarchAgentReader
{
    public static int Read(string path, PhraseIndex<AgentEntry> index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"DOS0604: PETRARCH agent dictionary {path} does not exist; pass the folder that holds it with --dictionaries.", path);
        }

        var substitutions = new Dictionary<string, string[]>(StringComparer.Ordinal);
        int count = 0;
        foreach (string raw in File.ReadLines(path))
        {
            string line = raw;
            int hash = line.IndexOf('#', StringComparison.Ordinal);
            if (hash >= 0)
            {
                line = line[..hash];
            }

            line = line.Trim();
            if (line.Length == 0 || line.StartsWith("<!--", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith('!') && line.Contains('=', StringComparison.Ordinal))
            {
                int eq = line.IndexOf('=', StringComparison.Ordinal);
                substitutions[line[..eq].Trim().ToUpperInvariant()] = line[(eq + 1)..].Split(',').Select(s => s.Trim().ToUpperInvariant()).Where(s => s.Length > 0).ToArray();
                continue;
            }

            int open = line.IndexOf('[', StringComparison.Ordinal);
            int close = line.IndexOf(']', open + 1);
            if (open < 0 || close < 0)
            {
                continue;
            }

            string codeText = line[(open + 1)..close].Trim();
            bool prefix = codeText.EndsWith('~');
            string code = codeText.Trim('~', ' ');
            if (code.Length == 0)
            {
                continue;
            }

            string head = line[..open];
            string? plural = null;
            int brace = head.IndexOf('{', StringComparison.Ordinal);
            if (brace >= 0)
            {
                int braceEnd = head.IndexOf('}', brace);
                plural = braceEnd > brace ? head[(brace + 1)..braceEnd].Trim() : string.Empty;
                head = head[..brace];
            }

            foreach (string phrase in Expand(head.Trim(), substitutions))
            {
                var entry = new AgentEntry(phrase, code, prefix);
                index.Add(PetrarchActorReader.Words(phrase), entry);
                count++;
                if (plural is null)
                {
                    index.Add(PetrarchActorReader.Words(Pluralize(phrase)), entry);
                }
                else if (plural.Length > 0)
                {
                    index.Add(PetrarchActorReader.Words(plural), entry);
                }
            }
        }

        return count;
    }

    /// <summary>The regular English plural of a phrase's last word: +S, Y→IES, SS→SSES.</summary>
    public static string Pluralize(string phrase)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        string p = phrase.TrimEnd('_');
        if (p.EndsWith('Y') && p.Length > 1 && !"AEIOU".Contains(p[^2], StringComparison.Ordinal))
        {
            return p[..^1] + "IES";
        }

        return p.EndsWith("SS", StringComparison.Ordinal) || p.EndsWith("CH", StringComparison.Ordinal) || p.EndsWith("SH", StringComparison.Ordinal) || p.EndsWith('X')
            ? p + "ES"
            : p + "S";
    }

    private static IEnumerable<string> Expand(string phrase, Dictionary<string, string[]> substitutions)
    {
        int bang = phrase.IndexOf('!', StringComparison.Ordinal);
        int end = bang < 0 ? -1 : phrase.IndexOf('!', bang + 1);
        if (end < 0)
        {
            yield return phrase;
            yield break;
        }

        string marker = phrase[bang..(end + 1)].ToUpperInvariant();
        if (!substitutions.TryGetValue(marker, out var values))
        {
            yield return phrase.Replace(marker, string.Empty, StringComparison.OrdinalIgnoreCase);
            yield break;
        }

        foreach (string v in values)
        {
            foreach (string expanded in Expand(phrase[..bang] + v + phrase[(end + 1)..], substitutions))
            {
                yield return expanded;
            }
        }
    }
}
