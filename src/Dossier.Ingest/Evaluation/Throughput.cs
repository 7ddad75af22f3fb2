namespace Dossier.Ingest.Evaluation;

/// <summary>Extraction speed over a set of pages, by wall clock and by the process's processor time.</summary>
public sealed record Throughput(int Pages, TimeSpan Wall, TimeSpan Cpu)
{
    public double PagesPerSecond => Wall.TotalSeconds <= 0 ? 0 : Pages / Wall.TotalSeconds;

    /// <summary>Pages per second of processor time: one core's speed, fair on a machine shared with other work.</summary>
    public double PagesPerCpuSecond => Cpu.TotalSeconds <= 0 ? 0 : Pages / Cpu.TotalSeconds;
}
