using System.Collections.Concurrent;

namespace Dossier.Pipeline;

/// <summary>Accumulated wall time and thread CPU time per stage, safe to share between threads.</summary>
public sealed class StageTimings
{
    private readonly ConcurrentDictionary<string, (long Wall, long Cpu)> ticks = new(StringComparer.Ordinal);

    /// <summary>When given, notes the peak resident set of each stage run through <see cref="Time{T}"/> (one thread at a time).</summary>
    public ResidentPeaks? Peaks { get; init; }

    public void Add(string stage, TimeSpan elapsed) => Add(stage, elapsed, TimeSpan.Zero);

    /// <summary>Adds one run of a stage: its wall time and the CPU time its thread used.</summary>
    public void Add(string stage, TimeSpan elapsed, TimeSpan cpu) =>
        ticks.AddOrUpdate(stage, (elapsed.Ticks, cpu.Ticks), (_, t) => (t.Wall + elapsed.Ticks, t.Cpu + cpu.Ticks));

    /// <summary>Runs <paramref name="run"/> and adds its wall time to <paramref name="stage"/> when <paramref name="timings"/> is given.</summary>
    public static T Time<T>(StageTimings? timings, string stage, Func<T> run)
    {
        ArgumentNullException.ThrowIfNull(run);
        using var peak = timings?.Peaks?.Stage(stage);
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        var result = run();
        timings?.Add(stage, System.Diagnostics.Stopwatch.GetElapsedTime(start));
        return result;
    }

    /// <summary>Runs <paramref name="run"/> and adds its wall time to <paramref name="stage"/> when <paramref name="timings"/> is given.</summary>
    public static void Time(StageTimings? timings, string stage, Action run)
    {
        ArgumentNullException.ThrowIfNull(run);
        Time(timings, stage, () =>
        {
            run();
            return 0;
        });
    }

    /// <summary>Wall time per stage, summed over threads.</summary>
    public IReadOnlyDictionary<string, TimeSpan> Totals =>
        ticks.ToDictionary(kv => kv.Key, kv => TimeSpan.FromTicks(kv.Value.Wall), StringComparer.Ordinal);

    /// <summary>Thread CPU time per stage, summed over threads (zero where <see cref="ThreadCpuClock"/> is unavailable).</summary>
    public IReadOnlyDictionary<string, TimeSpan> CpuTotals =>
        ticks.ToDictionary(kv => kv.Key, kv => TimeSpan.FromTicks(kv.Value.Cpu), StringComparer.Ordinal);
}
