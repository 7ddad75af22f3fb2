namespace Dossier.Benchmarks;

/// <summary>
/// The time one stage took over a benchmark run, summed over threads: <paramref name="Wall"/> as the clock on the
/// wall saw it (includes waiting for a core on a busy machine), <paramref name="Cpu"/> as CPU time of the threads
/// that ran it (zero where the platform has no thread CPU clock).
/// </summary>
public sealed record StageTime(string Stage, TimeSpan Wall, TimeSpan Cpu);
