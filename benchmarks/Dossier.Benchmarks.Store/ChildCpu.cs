using System.Runtime.InteropServices;

namespace Dossier.Benchmarks.Store;

/// <summary>
/// CPU time used by this process's finished child processes (getrusage RUSAGE_CHILDREN): the workers' own cost per
/// article, which a machine shared with other work does not distort the way wall-clock time is distorted.
/// </summary>
internal static partial class ChildCpu
{
    private const int RusageChildren = -1;

    public static TimeSpan Used()
    {
        var buffer = new long[18];
        if (GetRusage(RusageChildren, buffer) != 0)
        {
            return TimeSpan.Zero;
        }

        // struct rusage starts with ru_utime and ru_stime, each a timeval of (seconds, microseconds) as longs.
        double seconds = buffer[0] + (buffer[1] / 1e6) + buffer[2] + (buffer[3] / 1e6);
        return TimeSpan.FromSeconds(seconds);
    }

    [LibraryImport("libc", EntryPoint = "getrusage")]
    private static partial int GetRusage(int who, [Out] long[] usage);
}
