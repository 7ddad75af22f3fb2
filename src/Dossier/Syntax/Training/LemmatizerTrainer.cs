namespace Dossier.Syntax.Training;

/// <summary>
/// Derives the <see cref="Lemmatizer"/>'s suffix rules and exception list from gold lemmas. Rules are counted over
/// distinct (form, tag) pairs, not tokens, because unseen words behave like rare types; a rule is kept when at least
/// two types support it. Every training pair the rules get wrong becomes an exception.
/// </summary>
public static class LemmatizerTrainer
{
    public static Lemmatizer Train(IEnumerable<TreebankSentence> data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var pairs = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var s in data)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (s.Lemmas[i] is "_" or "")
                {
                    continue;
                }

                string key = Lemmatizer.Key(s.Forms[i], s.Xpos[i]);
                if (!pairs.TryGetValue(key, out var lemmas))
                {
                    lemmas = new Dictionary<string, int>(StringComparer.Ordinal);
                    pairs[key] = lemmas;
                }

                lemmas[s.Lemmas[i]] = lemmas.GetValueOrDefault(s.Lemmas[i]) + 1;
            }
        }

        var best = pairs.ToDictionary(
            kv => kv.Key,
            kv => kv.Value.OrderByDescending(l => l.Value).ThenBy(l => l.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);

        var votes = new Dictionary<string, Dictionary<(int, string), int>>(StringComparer.Ordinal);
        foreach (var (key, lemma) in best)
        {
            int tab = key.LastIndexOf('\t');
            string form = key[..tab].ToLowerInvariant();
            string xpos = key[(tab + 1)..];
            string target = lemma.ToLowerInvariant();
            int common = 0;
            while (common < form.Length && common < target.Length && form[common] == target[common])
            {
                common++;
            }

            var transform = (form.Length - common, target[common..]);
            for (int k = transform.Item1; k <= Math.Min(Lemmatizer.MaxSuffix, form.Length); k++)
            {
                string rk = Lemmatizer.RuleKey(xpos, form[(form.Length - k)..]);
                if (!votes.TryGetValue(rk, out var counts))
                {
                    counts = [];
                    votes[rk] = counts;
                }

                counts[transform] = counts.GetValueOrDefault(transform) + 1;
            }
        }

        // Shortest suffixes first, so a longer suffix that says what a shorter one already says can be dropped.
        var rules = new Dictionary<string, (int Strip, string Add)>(StringComparer.Ordinal);
        foreach (var (rk, counts) in votes.OrderBy(v => v.Key.Length).ThenBy(v => v.Key, StringComparer.Ordinal))
        {
            var top = counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key.Item1).ThenBy(c => c.Key.Item2, StringComparer.Ordinal).First();
            if (top.Value >= 2 && Shorter(rules, rk) != top.Key)
            {
                rules[rk] = top.Key;
            }
        }

        var ruled = new Lemmatizer([], rules);
        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, lemma) in best)
        {
            int tab = key.LastIndexOf('\t');
            if (!string.Equals(ruled.ByRule(key[..tab], key[(tab + 1)..]), lemma, StringComparison.Ordinal))
            {
                exceptions[key] = lemma;
            }
        }

        return new Lemmatizer(exceptions, rules);
    }

    /// <summary>The rule a word with this suffix would get if the rule itself were absent.</summary>
    private static (int Strip, string Add)? Shorter(Dictionary<string, (int Strip, string Add)> rules, string ruleKey)
    {
        int tab = ruleKey.IndexOf('\t', StringComparison.Ordinal);
        for (int end = ruleKey.Length - 1; end > tab; end--)
        {
            if (rules.TryGetValue(string.Concat(ruleKey.AsSpan(0, tab + 1), ruleKey.AsSpan(tab + 1 + (ruleKey.Length - end))), out var rule))
            {
                return rule;
            }
        }

        return null;
    }
}
