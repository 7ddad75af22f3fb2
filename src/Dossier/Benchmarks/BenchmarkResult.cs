namespace Dossier.Benchmarks;

/// <summary>
/// What one benchmark run measured. <see cref="Elapsed"/> is wall time; <see cref="ProcessCpu"/> the CPU time of
/// the whole process during the run (all threads, the garbage collector's included).
/// </summary>
public sealed record BenchmarkResult(int Articles, long Words, long Characters, TimeSpan Elapsed, TimeSpan ProcessCpu, int Threads, int Failed,
    IReadOnlyList<StageTime> Stages, long PeakWorkingSetBytes)
{
    public double WordsPerSecond => Words / Elapsed.TotalSeconds;

    public double ArticlesPerSecond => Articles / Elapsed.TotalSeconds;

    /// <summary>Words per second of process CPU time: the throughput of one fully available core.</summary>
    public double WordsPerCpuSecond => ProcessCpu > TimeSpan.Zero ? Words / ProcessCpu.TotalSeconds : double.NaN;

    /// <summary>
    /// The median of several runs over the same articles, figure by figure (wall time, process CPU time, and each
    /// stage's wall and CPU time); the peak working set is the largest seen.
    /// </summary>
    public static BenchmarkResult Median(IReadOnlyList<BenchmarkResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count == 0)
        {
            throw new ArgumentException("DOS0030: no benchmark runs to summarize.", nameof(runs));
        }

        var first = runs[0];
        var stages = first.Stages.Select((s, i) => new StageTime(s.Stage,
            MedianOf(runs.Select(r => r.Stages[i].Wall)), MedianOf(runs.Select(r => r.Stages[i].Cpu)))).ToList();
        return first with
        {
            Elapsed = MedianOf(runs.Select(r => r.Elapsed)),
            ProcessCpu = MedianOf(runs.Select(r => r.ProcessCpu)),
            Failed = runs.Max(r => r.Failed),
            Stages = stages,
            PeakWorkingSetBytes = runs.Max(r => r.PeakWorkingSetBytes),
        };
    }

    private static TimeSpan MedianOf(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        int mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
