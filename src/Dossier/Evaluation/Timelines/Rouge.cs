namespace Dossier.Evaluation.Timelines;

/// <summary>
/// ROUGE-N for timelines (Martschat &amp; Markert 2017, as news-tls reports it): lower-cased alphanumeric tokens, no
/// stemming, no stop-word removal. <see cref="Concat"/> compares all summaries as one text; <see cref="Agreement"/>
/// only summaries of dates in both; <see cref="AlignManyToOne"/> aligns each system date to the gold date that
/// maximises its overlap discounted by 1/(1 + days apart), and discounts the counts the same way.
/// </summary>
public static class Rouge
{
    public static RougeScore Concat(IReadOnlyList<TimelineEntry> system, IReadOnlyList<TimelineEntry> gold, int n)
    {
        var s = Grams(system.SelectMany(e => e.Sentences), n);
        var g = Grams(gold.SelectMany(e => e.Sentences), n);
        return Score(Overlap(s, g), Total(s), Total(g));
    }

    public static RougeScore Agreement(IReadOnlyList<TimelineEntry> system, IReadOnlyList<TimelineEntry> gold, int n)
    {
        var goldByDate = gold.ToDictionary(e => e.Date, e => Grams(e.Sentences, n));
        double overlap = 0;
        foreach (var e in system)
        {
            if (goldByDate.TryGetValue(e.Date, out var g))
            {
                overlap += Overlap(Grams(e.Sentences, n), g);
            }
        }

        return Score(overlap, system.Sum(e => Total(Grams(e.Sentences, n))), gold.Sum(e => Total(Grams(e.Sentences, n))));
    }

    public static RougeScore AlignManyToOne(IReadOnlyList<TimelineEntry> system, IReadOnlyList<TimelineEntry> gold, int n)
    {
        var goldGrams = gold.Select(e => (e.Date, Grams: Grams(e.Sentences, n))).ToList();
        double overlap = 0, systemTotal = 0;
        foreach (var e in system)
        {
            var s = Grams(e.Sentences, n);
            double best = 0, bestWeight = 1.0 / (1 + goldGrams.Min(g => Math.Abs(g.Date.DayNumber - e.Date.DayNumber)));
            foreach (var (date, g) in goldGrams)
            {
                double weight = 1.0 / (1 + Math.Abs(date.DayNumber - e.Date.DayNumber));
                double o = Overlap(s, g) * weight;
                if (o > best)
                {
                    (best, bestWeight) = (o, weight);
                }
            }

            overlap += best;
            systemTotal += Total(s) * bestWeight;
        }

        return Score(overlap, systemTotal, goldGrams.Sum(g => Total(g.Grams)));
    }

    internal static Dictionary<string, int> Grams(IEnumerable<string> sentences, int n)
    {
        var grams = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (string sentence in sentences)
        {
            var tokens = Tokens(sentence);
            for (int i = 0; i + n <= tokens.Count; i++)
            {
                string gram = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
                grams[gram] = grams.GetValueOrDefault(gram) + 1;
            }
        }

        return grams;
    }

    private static List<string> Tokens(string s)
    {
        var tokens = new List<string>();
        int start = -1;
        for (int i = 0; i <= s.Length; i++)
        {
            bool word = i < s.Length && char.IsLetterOrDigit(s[i]);
            if (word && start < 0)
            {
                start = i;
            }
            else if (!word && start >= 0)
            {
                tokens.Add(s[start..i].ToLowerInvariant());
                start = -1;
            }
        }

        return tokens;
    }

    private static double Overlap(Dictionary<string, int> a, Dictionary<string, int> b) =>
        a.Sum(kv => b.TryGetValue(kv.Key, out int c) ? Math.Min(kv.Value, c) : 0);

    private static double Total(Dictionary<string, int> grams) => grams.Values.Sum();

    private static RougeScore Score(double overlap, double systemTotal, double goldTotal)
    {
        double p = systemTotal == 0 ? 0 : overlap / systemTotal;
        double r = goldTotal == 0 ? 0 : overlap / goldTotal;
        return new RougeScore(p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}

/// <summary>Precision, recall and F1 of one ROUGE comparison.</summary>
public readonly record struct RougeScore(double Precision, double Recall, double F1);
