using Dossier.Claims;

namespace Dossier.Corpus.Claims;

/// <summary>
/// Which stances are about the same proposition. A stance that answers another joins it; otherwise stances of the
/// same class and object are one when they are about the same tracked agreement, or have the same doers and others
/// where both say (a listed class), or the same words or the same doers and others (a predicate the lexicon does not
/// list); a stance that names no participants joins the claim its own article, else the most sources, supports.
/// Union-find makes the result independent of the order stances come in.
/// </summary>
internal static class StanceGrouping
{
    public static List<List<(StanceCandidate Candidate, bool Contrary)>> Components(List<StanceCandidate> candidates)
    {
        var sets = new UnionFind(candidates.Count);
        var at = candidates.Select((c, i) => (c, i)).ToDictionary(x => (x.c.Article, x.c.Index), x => x.i);
        for (int i = 0; i < candidates.Count; i++)
        {
            if (candidates[i].Mention.Answers is { } a && at.TryGetValue((candidates[i].Article, a), out int j))
            {
                sets.Union(i, j);
            }
        }

        foreach (var bucket in Enumerable.Range(0, candidates.Count).GroupBy(i => candidates[i].Key, StringComparer.Ordinal))
        {
            var list = bucket.Where(i => candidates[i].Mention.Answers is null).ToList();
            var first = candidates[bucket.First()];
            bool byObject = first.Object.StartsWith("agr:", StringComparison.Ordinal);
            bool listed = first.Mention.Proposition.Listed;
            for (int x = 0; x < list.Count; x++)
            {
                for (int y = x + 1; y < list.Count; y++)
                {
                    var (a, b) = (candidates[list[x]].Mention.Proposition, candidates[list[y]].Mention.Proposition);
                    if (byObject || (listed ? Compatible(a, b) : Same(candidates[list[x]], candidates[list[y]])))
                    {
                        sets.Union(list[x], list[y]);
                    }
                }
            }

            if (!listed || byObject)
            {
                continue;
            }

            var named = list.Where(i => candidates[i].Participants.Count > 0).ToList();
            foreach (int i in list.Where(i => candidates[i].Participants.Count == 0))
            {
                var home = named.GroupBy(sets.Find)
                    .OrderByDescending(g => g.Any(k => candidates[k].Article == candidates[i].Article))
                    .ThenByDescending(g => g.Select(k => candidates[k].Article).Distinct(StringComparer.Ordinal).Count())
                    .ThenBy(g => g.Key)
                    .FirstOrDefault();
                if (home is not null)
                {
                    sets.Union(i, home.Key);
                }
            }
        }

        return Enumerable.Range(0, candidates.Count).GroupBy(sets.Find).OrderBy(g => g.Key)
            .Select(g => g.Select(i => (candidates[i], false)).ToList()).ToList();
    }

    /// <summary>
    /// Whether two propositions of a listed class are the same: who does it overlaps when both say, to whom overlaps
    /// when both say, and at least one of the two is said by both ("Iran supplies Russia" and "Russia supplies Libya"
    /// share a country but are not the same proposition).
    /// </summary>
    private static bool Compatible(PropositionRef a, PropositionRef b)
    {
        bool agents = a.Agents.Count > 0 && b.Agents.Count > 0, others = a.Others.Count > 0 && b.Others.Count > 0;
        return (agents || others)
            && (!agents || a.Agents.Intersect(b.Agents, StringComparer.Ordinal).Any())
            && (!others || a.Others.Intersect(b.Others, StringComparer.Ordinal).Any());
    }

    /// <summary>
    /// Whether two propositions of a predicate the lexicon does not list are the same: the same words, or the same
    /// doers and the same others ("killing civilians" by NATO on two days are two claims unless worded alike).
    /// </summary>
    private static bool Same(StanceCandidate x, StanceCandidate y)
    {
        var (a, b) = (x.Mention.Proposition, y.Mention.Proposition);
        static bool Equal(IReadOnlyList<string> p, IReadOnlyList<string> q) => p.Order(StringComparer.Ordinal).SequenceEqual(q.Order(StringComparer.Ordinal), StringComparer.Ordinal);
        return string.Equals(Words(x), Words(y), StringComparison.OrdinalIgnoreCase)
            || (a.Agents.Count > 0 && Equal(a.Agents, b.Agents) && a.Others.Count > 0 && Equal(a.Others, b.Others));
    }

    private static string Words(StanceCandidate c) => c.Excerpts.Text(c.Mention.Proposition.Span);
}
