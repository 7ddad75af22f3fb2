using System.Text.Json;
using Dossier.Corpus.EventMerging;
using Dossier.Storage;

namespace Dossier.Corpus.Dyads;

/// <summary>
/// A pair of countries that act on each other in month-dated merged events, summed up: how many months its trend has,
/// how many events fall in them, and how many of its events are dated more coarsely or not at all. What
/// <see cref="DyadTrends.CountryPairs"/> gives for the pair, without the events.
/// </summary>
public sealed record DyadPair(string A, string B, int Months, int Events, int Unplaced)
{
    /// <summary>The summary of a pair's trend.</summary>
    public static DyadPair Of(DyadTrend trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        return new DyadPair(trend.A, trend.B, trend.Points.Count, trend.Points.Sum(p => p.Events.Count), trend.Unplaced);
    }
}

/// <summary>
/// The list of country pairs a snapshot is saved with, so that it is read, not made from every merged event on each
/// call. Items (kind, id): <c>dyad_pair</c>, "A B" (the pair's codes in order): its <see cref="DyadPair"/>;
/// <c>dyad_pairs</c>, <c>built</c>: the layout and how many pairs there are. A snapshot without them (saved before
/// they were kept) has its pairs made from its events.
/// </summary>
public static class DyadPairs
{
    /// <summary>The kinds of the list's items.</summary>
    public const string Kind = "dyad_pair", BuiltKind = "dyad_pairs";

    /// <summary>The id of the list's marker.</summary>
    public const string BuiltId = "built";

    /// <summary>The layout of the items, which the marker names; a list of another layout is not read.</summary>
    private const int Format = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Stages the pairs of what <paramref name="writer"/> has staged, to be committed with it: two passes over the
    /// merged events (the pairs, then each event's pairs), each event read without its evidence, articles or summary;
    /// per pair only its months and counts are kept.
    /// </summary>
    public static void Write(ICorpusWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var finder = new DyadTrends.PairFinder();
        writer.ReadStaged([CorpusItemSink.EventKind], (_, _, json) =>
        {
            var e = PairFacts.Read(json);
            finder.Add(e.Happened, e.Month, e.Sources, e.Targets);
        });

        var assigner = new DyadTrends.PairAssigner(finder.Pairs);
        var sums = finder.Pairs.ToDictionary(p => p, _ => (Months: new HashSet<string>(StringComparer.Ordinal), Events: 0, Unplaced: 0));
        writer.ReadStaged([CorpusItemSink.EventKind], (_, _, json) =>
        {
            var e = PairFacts.Read(json);
            foreach (var pair in assigner.Of(e.Happened, e.Sources, e.Targets))
            {
                var sum = sums[pair];
                if (e.Month is { } month)
                {
                    sum.Months.Add(month);
                    sum.Events++;
                }
                else
                {
                    sum.Unplaced++;
                }

                sums[pair] = sum;
            }
        });

        foreach (var (a, b) in finder.Pairs)
        {
            var sum = sums[(a, b)];
            writer.Write(Kind, a + " " + b, JsonSerializer.SerializeToUtf8Bytes(new DyadPair(a, b, sum.Months.Count, sum.Events, sum.Unplaced), Json));
        }

        writer.Write(BuiltKind, BuiltId, JsonSerializer.Serialize(new Built(Format, finder.Pairs.Count), Json));
    }

    /// <summary>
    /// Every pair of the saved snapshot in code order, as <see cref="DyadTrends.CountryPairs"/> over the loaded
    /// snapshot would sum them up; read from the saved list, else (a snapshot saved without it) made from the events.
    /// </summary>
    public static IReadOnlyList<DyadPair> Load(IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        var pairs = store.ReadItemsWithMarker(BuiltKind, BuiltId, Kind, json => JsonSerializer.Deserialize<DyadPair>(json, Json)!, null, null, out string? marker);
        return marker is null || JsonSerializer.Deserialize<Built>(marker, Json) is not { Format: Format }
            ? [.. DyadTrends.CountryPairs(store.LoadCorpus(CorpusParts.Events)).Select(DyadPair.Of)]
            : [.. pairs.OrderBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal)];
    }

    private sealed record Built(int Format, int Pairs);

    /// <summary>What the pairs need of a merged event, read from its item's JSON without the rest.</summary>
    private sealed record PairFacts(string Modality)
    {
        public DateOnly? Earliest { get; init; }

        public DateOnly? Latest { get; init; }

        public IReadOnlyList<EventParticipant> Sources { get; init; } = [];

        public IReadOnlyList<EventParticipant> Targets { get; init; } = [];

        public bool Happened => Modality is "asserted" or "reported";

        /// <summary>The month the event is dated to, as <see cref="MergedEvent.Month"/> says it.</summary>
        public string? Month => MergedEvent.MonthOf(Earliest, Latest);

        public static PairFacts Read(string json) => JsonSerializer.Deserialize<PairFacts>(json)!;
    }
}
