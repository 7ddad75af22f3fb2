using Dossier.Corpus.EventMerging;

namespace Dossier.Corpus.Dyads;

/// <summary>One month of a dyad's trend: its merged events, how many fall in each quad class (1–4) and their mean Goldstein score.</summary>
public sealed record DyadPoint(string Month, IReadOnlyList<MergedEvent> Events)
{
    /// <summary>Counts by quad class: index 0 unknown, 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.</summary>
    public IReadOnlyList<int> QuadClasses => [.. Enumerable.Range(0, 5).Select(q => Events.Count(e => e.QuadClass == q))];

    /// <summary>The mean Goldstein score of the events that have one, or null.</summary>
    public double? MeanGoldstein => Events.Where(e => e.Goldstein is not null).Select(e => e.Goldstein!.Value).DefaultIfEmpty(double.NaN).Average() is var m && double.IsNaN(m) ? null : Math.Round(m, 2);
}
