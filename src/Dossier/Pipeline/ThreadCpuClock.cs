using System.Runtime.InteropServices;

namespace Dossier.Pipeline;

/// <summary>
/// The CPU time the calling thread has used (Linux and macOS, through <c>clock_gettime</c>), so that benchmarks on a
/// shared, loaded machine can report time spent computing rather than time spent waiting for a core.
/// </summary>
public static partial class ThreadCpuClock
{
    private static readonly int ClockId = OperatingSystem.IsLinux() ? 3 : OperatingSystem.IsMacOS() ? 16 : -1;

    /// <summary>Whether this platform has a per-thread CPU clock.</summary>
    public static bool IsAvailable { get; } = ClockId >= 0 && Probe();

    /// <summary>The thread's CPU time in nanoseconds, or 0 where <see cref="IsAvailable"/> is false.</summary>
    public static long Now()
    {
        if (!IsAvailable)
        {
            return 0;
        }

        _ = ClockGetTime(ClockId, out var t);
        return (t.Seconds * 1_000_000_000L) + t.Nanoseconds;
    }

    /// <summary>The thread's CPU time since <paramref name="started"/> (a value of <see cref="Now"/>).</summary>
    public static TimeSpan Since(long started) => TimeSpan.FromTicks((Now() - started) / 100);

    private static bool Probe()
    {
        try
        {
            return ClockGetTime(ClockId, out _) == 0;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "clock_gettime")]
    private static partial int ClockGetTime(int clockId, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
