using Dossier.Corpus.EventMerging;
using Dossier.Storage;

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
        return Trend(a, b, corpus.Events.Where(e => e.Happened && Between(e, a, b)));
    }

    /// <summary>
    /// As <see cref="For"/> over a store's saved snapshot, its merged events streamed
    /// (<see cref="CorpusStore.LoadCorpusKeeping"/>) so that only the pair's events are kept.
    /// </summary>
    public static DyadTrend Load(IArticleStore store, string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Trend(a, b, store.LoadCorpusKeeping(_ => e => e.Happened && Between(e, a, b), out _).Events);
    }

    /// <summary>
    /// The trend of every pair of countries that act on each other in a month-dated event, pairs in code order. Each
    /// trend holds what <see cref="For"/> gives for its pair, but the events are read once: each goes to the pairs
    /// whose countries its sources and targets match, instead of every pair reading every event.
    /// </summary>
    public static IReadOnlyList<DyadTrend> CountryPairs(CorpusSnapshot corpus)
    {
        ArgumentNullException.ThrowIfNull(corpus);
        var finder = new PairFinder();
        foreach (var e in corpus.Events)
        {
            finder.Add(e.Happened, e.Month, e.Sources, e.Targets);
        }

        var members = finder.Pairs.ToDictionary(p => p, _ => new List<MergedEvent>());
        var assigner = new PairAssigner(finder.Pairs);
        foreach (var e in corpus.Events)
        {
            foreach (var pair in assigner.Of(e.Happened, e.Sources, e.Targets))
            {
                members[pair].Add(e);
            }
        }

        return [.. finder.Pairs.Select(p => Trend(p.Item1, p.Item2, members[p]))];
    }

    /// <summary>
    /// The pairs of countries that act on each other in a month-dated event that happened: a source's country and a
    /// target's, in code order (first pass of <see cref="CountryPairs"/>, over events one at a time).
    /// </summary>
    internal sealed class PairFinder
    {
        public SortedSet<(string, string)> Pairs { get; } = [];

        public void Add(bool happened, string? month, IReadOnlyList<EventParticipant> sources, IReadOnlyList<EventParticipant> targets)
        {
            if (!happened || month is null)
            {
                return;
            }

            foreach (string s in sources.Select(p => p.Country).OfType<string>())
            {
                foreach (string t in targets.Select(p => p.Country).OfType<string>())
                {
                    if (!string.Equals(s, t, StringComparison.Ordinal))
                    {
                        Pairs.Add(Ordered(s, t));
                    }
                }
            }
        }
    }

    /// <summary>Which of the pairs an event belongs to (second pass of <see cref="CountryPairs"/>, over events one at a time).</summary>
    internal sealed class PairAssigner(SortedSet<(string, string)> pairs)
    {
        private readonly CodeMatcher codes = new(pairs.SelectMany(p => new[] { p.Item1, p.Item2 }));
        private readonly HashSet<(string, string)> added = [];

        /// <summary>The pairs that hold an event that happened: one of a pair's countries matches a source and the other a target.</summary>
        public List<(string, string)> Of(bool happened, IReadOnlyList<EventParticipant> sources, IReadOnlyList<EventParticipant> targets)
        {
            var found = new List<(string, string)>();
            if (!happened)
            {
                return found;
            }

            var matchedSources = codes.Matched(sources);
            var matchedTargets = matchedSources.Count == 0 ? [] : codes.Matched(targets);
            added.Clear();
            foreach (string s in matchedSources)
            {
                foreach (string t in matchedTargets)
                {
                    var pair = Ordered(s, t);
                    if (!string.Equals(s, t, StringComparison.Ordinal) && pairs.Contains(pair) && added.Add(pair))
                    {
                        found.Add(pair);
                    }
                }
            }

            return found;
        }
    }

    private static DyadTrend Trend(string a, string b, IEnumerable<MergedEvent> between)
    {
        var events = between.ToList();
        var points = events.Where(e => e.Month is not null).GroupBy(e => e.Month!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DyadPoint(g.Key, [.. g.OrderBy(e => e.Earliest).ThenBy(e => e.Id, StringComparer.Ordinal)]))
            .ToList();
        return new DyadTrend(a, b, points, events.Count(e => e.Month is null));
    }

    private static (string, string) Ordered(string s, string t) => string.CompareOrdinal(s, t) < 0 ? (s, t) : (t, s);

    private static bool Between(MergedEvent e, string a, string b) =>
        (e.Sources.Any(p => p.Matches(a)) && e.Targets.Any(p => p.Matches(b))) || (e.Sources.Any(p => p.Matches(b)) && e.Targets.Any(p => p.Matches(a)));

    /// <summary>
    /// Which of a set of codes participants match (<see cref="EventParticipant.Matches"/>), found from each
    /// participant's own country, code prefixes, name, aliases and id rather than by trying every code.
    /// </summary>
    private sealed class CodeMatcher
    {
        private readonly HashSet<string> codes;

        // Codes Matches does not read as codes (fewer than three capitals): tried one by one.
        private readonly List<string> others;

        public CodeMatcher(IEnumerable<string> codes)
        {
            this.codes = new HashSet<string>(codes, StringComparer.Ordinal);
            others = [.. this.codes.Where(c => c.Length < 3 || !c.All(char.IsAsciiLetterUpper))];
        }

        public List<string> Matched(IEnumerable<EventParticipant> participants)
        {
            var found = new List<string>();
            foreach (var p in participants)
            {
                foreach (string code in Candidates(p).Where(codes.Contains).Concat(others))
                {
                    if (!found.Contains(code) && p.Matches(code))
                    {
                        found.Add(code);
                    }
                }
            }

            return found;
        }

        // Every code of three or more capitals that p matches is one of these (its country, a prefix of its code, or
        // its id, name or an alias in capitals).
        private static IEnumerable<string> Candidates(EventParticipant p)
        {
            if (p.Country is { } country)
            {
                yield return country;
            }

            if (p.Code is { } code)
            {
                for (int n = 3; n <= code.Length; n++)
                {
                    yield return code[..n];
                }
            }

            yield return p.Id.ToUpperInvariant();
            yield return p.Name.ToUpperInvariant();
            foreach (string alias in p.Aliases)
            {
                yield return alias.ToUpperInvariant();
            }
        }
    }
}
