namespace Dossier.Corpus;

/// <summary>
/// Finds near-duplicates (the same text republished, Jaccard of 5-shingles ≥ <see cref="NearDuplicate"/>) and wire
/// copies (articles crediting the same wire whose texts overlap ≥ <see cref="WireCopy"/>), and folds both into
/// reporting units, so that <c>independent_sources</c> counts distinct reporting, not copies.
/// </summary>
public sealed class DuplicateDetector
{
    public double NearDuplicate { get; init; } = 0.7;

    public double WireCopy { get; init; } = 0.3;

    /// <summary>Finds the duplicates among articles, reading each one's signature from its document.</summary>
    public DuplicateResult Detect(IReadOnlyList<CorpusArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        return Detect([.. articles.Select(ArticleSignature.Of)]);
    }

    /// <summary>Finds the duplicates among articles from their signatures alone (the same result as over their documents).</summary>
    public DuplicateResult Detect(IReadOnlyList<ArticleSignature> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var signatures = articles.Select(a => a.Signature).ToArray();
        var candidates = new HashSet<(int, int)>();
        var buckets = new Dictionary<(int, ulong), List<int>>();
        for (int i = 0; i < articles.Count; i++)
        {
            foreach (var key in MinHash.BandKeys(signatures[i]))
            {
                if (!buckets.TryGetValue(key, out var list))
                {
                    buckets[key] = list = [];
                }

                foreach (int j in list)
                {
                    candidates.Add((j, i));
                }

                list.Add(i);
            }
        }

        // Articles crediting the same wire are compared too, even when no LSH band matched (edited wire copies).
        foreach (var wireGroup in Enumerable.Range(0, articles.Count).Where(i => articles[i].Wire is not null).GroupBy(i => articles[i].Wire!, StringComparer.Ordinal))
        {
            var members = wireGroup.ToList();
            for (int x = 0; x < members.Count; x++)
            {
                for (int y = x + 1; y < members.Count; y++)
                {
                    candidates.Add((members[x], members[y]));
                }
            }
        }

        var copies = new UnionFind(articles.Count);
        var units = new UnionFind(articles.Count);
        foreach (var (i, j) in candidates)
        {
            string? wire = articles[i].Wire;
            bool sameWire = wire is not null && string.Equals(wire, articles[j].Wire, StringComparison.Ordinal);
            double similarity = MinHash.Similarity(signatures[i], signatures[j]);
            if (similarity >= NearDuplicate)
            {
                copies.Union(i, j);
                units.Union(i, j);
            }
            else if (sameWire && similarity >= WireCopy)
            {
                units.Union(i, j);
            }
        }

        var duplicateOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in copies.Groups().Where(g => g.Count > 1))
        {
            var canonical = group.Select(i => articles[i]).OrderBy(a => a.Published ?? DateOnly.MaxValue).ThenBy(a => a.Id, StringComparer.Ordinal).First();
            foreach (int i in group.Where(i => articles[i].Id != canonical.Id))
            {
                duplicateOf[articles[i].Id] = canonical.Id;
            }
        }

        var unitOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in units.Groups())
        {
            string unit = group.Select(i => articles[i].Id).Min(StringComparer.Ordinal)!;
            foreach (int i in group)
            {
                unitOf[articles[i].Id] = unit;
            }
        }

        return new DuplicateResult(duplicateOf, unitOf);
    }
}

/// <summary>Which articles copy which, and the reporting unit of each article (its own id when it is independent).</summary>
public sealed record DuplicateResult(IReadOnlyDictionary<string, string> DuplicateOf, IReadOnlyDictionary<string, string> UnitOf)
{
    /// <summary>How many distinct reporting units the given articles come from.</summary>
    public int IndependentSources(IEnumerable<string> articleIds) =>
        articleIds.Select(id => UnitOf.TryGetValue(id, out var u) ? u : id).Distinct(StringComparer.Ordinal).Count();
}
