namespace Dossier.Entities.Ner;

/// <summary>
/// Hierarchical word clusters by recursive spherical 2-means over PPMI vectors of each word's left and right
/// neighbours. Each split appends a bit to the word's path, so path prefixes give coarse-to-fine classes like
/// Brown clusters, at a fraction of Brown clustering's cost (each level is one linear pass).
/// </summary>
public static class BisectingClusterer
{
    public static Dictionary<string, string> Cluster(IEnumerable<string[]> sentences, int minCount, int contextWords, int maxDepth, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sentences);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var corpus = new List<string[]>();
        foreach (var s in sentences)
        {
            var lower = s.Select(w => w.ToLowerInvariant()).ToArray();
            corpus.Add(lower);
            foreach (string w in lower)
            {
                counts[w] = counts.GetValueOrDefault(w) + 1;
            }
        }

        var vocabulary = counts.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToArray();
        var index = vocabulary.Select((w, i) => (w, i)).ToDictionary(x => x.w, x => x.i, StringComparer.Ordinal);
        int dims = 2 * (contextWords + 1);
        log?.Invoke($"{corpus.Count} sentences, {counts.Values.Sum()} tokens, {vocabulary.Length} words with at least {minCount} occurrences");

        // Context ids: the most frequent words, plus one bucket for all others, on each side.
        var cooc = new Dictionary<long, float>[vocabulary.Length];
        for (int i = 0; i < cooc.Length; i++)
        {
            cooc[i] = [];
        }

        int Ctx(string[] s, int k) => k < 0 || k >= s.Length ? contextWords : index.TryGetValue(s[k], out int id) && id < contextWords ? id : contextWords;
        var dimTotals = new double[dims];
        double total = 0;
        foreach (var s in corpus)
        {
            for (int i = 0; i < s.Length; i++)
            {
                if (!index.TryGetValue(s[i], out int w))
                {
                    continue;
                }

                foreach (int d in new[] { Ctx(s, i - 1), contextWords + 1 + Ctx(s, i + 1) })
                {
                    cooc[w][d] = cooc[w].GetValueOrDefault(d) + 1;
                    dimTotals[d]++;
                    total++;
                }
            }
        }

        var vectors = new (int[] Dims, float[] Values)[vocabulary.Length];
        for (int w = 0; w < vocabulary.Length; w++)
        {
            double rowTotal = cooc[w].Values.Sum();
            var entries = cooc[w]
                .Select(kv => (Dim: (int)kv.Key, Value: Math.Log(kv.Value * total / (rowTotal * dimTotals[kv.Key]))))
                .Where(e => e.Value > 0)
                .OrderBy(e => e.Dim)
                .ToArray();
            double norm = Math.Sqrt(entries.Sum(e => e.Value * e.Value));
            vectors[w] = (entries.Select(e => e.Dim).ToArray(), entries.Select(e => (float)(norm > 0 ? e.Value / norm : 0)).ToArray());
        }

        var paths = new string[vocabulary.Length];
        var stack = new Stack<(int[] Words, string Path)>();
        stack.Push((Enumerable.Range(0, vocabulary.Length).ToArray(), string.Empty));
        var c0 = new double[dims];
        var c1 = new double[dims];
        while (stack.Count > 0)
        {
            var (words, path) = stack.Pop();
            if (words.Length <= 2 || path.Length >= maxDepth)
            {
                foreach (int w in words)
                {
                    paths[w] = path.Length == 0 ? "0" : path;
                }

                continue;
            }

            // Seeds: the most frequent word, and the word least similar to it; then a few rounds of 2-means.
            Array.Clear(c0);
            Array.Clear(c1);
            AddTo(c0, vectors[words[0]], 1);
            int far = words.MinBy(w => Dot(c0, vectors[w]));
            AddTo(c1, vectors[far], 1);
            var side = new bool[words.Length];
            for (int round = 0; round < 6; round++)
            {
                for (int k = 0; k < words.Length; k++)
                {
                    side[k] = Dot(c1, vectors[words[k]]) > Dot(c0, vectors[words[k]]);
                }

                Array.Clear(c0);
                Array.Clear(c1);
                for (int k = 0; k < words.Length; k++)
                {
                    AddTo(side[k] ? c1 : c0, vectors[words[k]], 1);
                }

                Normalize(c0);
                Normalize(c1);
            }

            var left = words.Where((_, k) => !side[k]).ToArray();
            var right = words.Where((_, k) => side[k]).ToArray();
            if (left.Length == 0 || right.Length == 0)
            {
                left = words[..(words.Length / 2)];
                right = words[(words.Length / 2)..];
            }

            stack.Push((left, path + "0"));
            stack.Push((right, path + "1"));
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int w = 0; w < vocabulary.Length; w++)
        {
            result[vocabulary[w]] = paths[w];
        }

        return result;
    }

    private static double Dot(double[] centroid, (int[] Dims, float[] Values) v)
    {
        double s = 0;
        for (int i = 0; i < v.Dims.Length; i++)
        {
            s += centroid[v.Dims[i]] * v.Values[i];
        }

        return s;
    }

    private static void AddTo(double[] centroid, (int[] Dims, float[] Values) v, double weight)
    {
        for (int i = 0; i < v.Dims.Length; i++)
        {
            centroid[v.Dims[i]] += weight * v.Values[i];
        }
    }

    private static void Normalize(double[] c)
    {
        double n = Math.Sqrt(c.Sum(x => x * x));
        if (n > 0)
        {
            for (int i = 0; i < c.Length; i++)
            {
                c[i] /= n;
            }
        }
    }
}
