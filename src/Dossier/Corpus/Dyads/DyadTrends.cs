using Dossier.Corpus.EventMerging;

namespace Dossier.Corpus.Dyads;

/// <summary>
/// Builds dyad trends from merged events only (never raw reports, so five outlets reporting one meeting count once):
/// the events that happened (asserted or reported) where a source matches one actor and a target the other, grouped
/// by month. Actors are country or actor codes (<c>IRN</c>, <c>RUSGOV</c>), entity ids or names.
/// </summary>
public static class DyadTrends
{
    public static DyadTrend For(CorpusSnapshot corpus, string a, string b)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var events = corpus.Events.Where(e => e.Happened && Between(e, a, b)).ToList();
        var points = events.Where(e => e.Month is not null).GroupBy(e => e.Month!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DyadPoint(g.Key, [.. g.OrderBy(e => e.Earliest).ThenBy(e => e.Id, StringComparer.Ordinal)]))
            .ToList();
        return new DyadTrend(a, b, points, events.Count(e => e.Month is null));
    }

    /// <summary>The trend of every pair of countries that act on each other in a month-dated event, pairs in code order.</summary>
    public static IReadOnlyList<DyadTrend> CountryPairs(CorpusSnapshot corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var pairs = new SortedSet<(string, string)>();
        foreach (var e in corpus.Events.Where(e => e.Happened && e.Month is not null))
        {
            foreach (string s in e.Sources.Select(p => p.Country).OfType<string>())
            {
                foreach (string t in e.Targets.Select(p => p.Country).OfType<string>())
                {
                    if (!string.Equals(s, t, StringComparison.Ordinal))
                    {
                        pairs.Add(string.CompareOrdinal(s, t) < 0 ? (s, t) : (t, s));
                    }
                }
            }
        }

        return [.. pairs.Select(p => For(corpus, p.Item1, p.Item2))];
    }

    private static bool Between(MergedEvent e, string a, string b) =>
        (e.Sources.Any(p => p.Matches(a)) && e.Targets.Any(p => p.Matches(b))) || (e.Sources.Any(p => p.Matches(b)) && e.Targets.Any(p => p.Matches(a)));
}
