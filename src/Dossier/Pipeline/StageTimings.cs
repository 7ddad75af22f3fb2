using System.Collections.Concurrent;

namespace Dossier.Pipeline;

/// <summary>Accumulated wall time per stage, safe to share between threads.</summary>
public sealed class StageTimings
{
    private readonly ConcurrentDictionary<string, long> ticks = new(StringComparer.Ordinal);

    public void Add(string stage, TimeSpan elapsed) => ticks.AddOrUpdate(stage, elapsed.Ticks, (_, t) => t + elapsed.Ticks);

    public IReadOnlyDictionary<string, TimeSpan> Totals =>
        ticks.ToDictionary(kv => kv.Key, kv => TimeSpan.FromTicks(kv.Value), StringComparer.Ordinal);
}
