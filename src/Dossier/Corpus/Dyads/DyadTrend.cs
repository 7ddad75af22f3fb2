namespace Dossier.Corpus.Dyads;

/// <summary>
/// The relations of two actors over time, month by month, from merged events in which one acts on the other (either
/// way round). <see cref="Unplaced"/> counts their events whose date is coarser than a month or unknown.
/// </summary>
public sealed record DyadTrend(string A, string B, IReadOnlyList<DyadPoint> Points, int Unplaced);
