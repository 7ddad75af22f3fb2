using System.Globalization;

namespace Dossier.Pipeline;

/// <summary>
/// The peak resident set of the process while each stage ran, where the operating system lets a process reset its
/// own peak (Linux: writing 5 to <c>/proc/self/clear_refs</c> resets <c>VmHWM</c> in <c>/proc/self/status</c>).
/// Opening a stage notes the peak so far for the stages already open and the whole run, then resets it; closing it
/// notes the peak again. Meant for one thread running stages one after another (<c>dossier bench corpus</c>); a stage
/// opened inside another counts for both.
/// </summary>
public sealed class ResidentPeaks
{
    private const string Status = "/proc/self/status";
    private const string ClearRefs = "/proc/self/clear_refs";

    private readonly Lock gate = new();
    private readonly Dictionary<string, long> peaks = new(StringComparer.Ordinal);
    private readonly List<string> open = [];
    private long overall;

    private ResidentPeaks()
    {
    }

    /// <summary>A tracker, or null where the peak cannot be read and reset (not Linux, or <c>/proc</c> refuses).</summary>
    public static ResidentPeaks? TryCreate()
    {
        var peaks = new ResidentPeaks();
        try
        {
            return peaks.Current() > 0 && peaks.Reset() ? peaks : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The peak resident set, in bytes, of each stage that was closed.</summary>
    public IReadOnlyDictionary<string, long> Stages
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<string, long>(peaks, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>The peak resident set, in bytes, since the tracker was made (what the process's own peak would say had it never been reset).</summary>
    public long Overall
    {
        get
        {
            lock (gate)
            {
                Note();
                return overall;
            }
        }
    }

    /// <summary>Opens a stage; disposing the result closes it.</summary>
    public IDisposable Stage(string stage)
    {
        ArgumentNullException.ThrowIfNull(stage);
        lock (gate)
        {
            Reset();
            open.Add(stage);
        }

        return new Closer(this, stage);
    }

    private void Close(string stage)
    {
        lock (gate)
        {
            Note();
            open.Remove(stage);
        }
    }

    /// <summary>Notes the peak since the last reset for the open stages and the whole run.</summary>
    private void Note()
    {
        long peak = Current();
        overall = Math.Max(overall, peak);
        foreach (string stage in open)
        {
            peaks[stage] = Math.Max(peaks.GetValueOrDefault(stage), peak);
        }
    }

    private bool Reset()
    {
        Note();
        try
        {
            File.WriteAllText(ClearRefs, "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>The peak resident set since the last reset (<c>VmHWM</c>), in bytes; 0 when it cannot be read.</summary>
    private long Current()
    {
        if (!File.Exists(Status))
        {
            return 0;
        }

        foreach (string line in File.ReadLines(Status))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                string kb = line["VmHWM:".Length..].Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }

    private sealed class Closer(ResidentPeaks peaks, string stage) : IDisposable
    {
        private bool closed;

        public void Dispose()
        {
            if (!closed)
            {
                closed = true;
                peaks.Close(stage);
            }
        }
    }
}
