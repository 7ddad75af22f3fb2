namespace Dossier.Benchmarks.Store;

/// <summary>Nearest-rank percentiles of measured latencies.</summary>
internal static class Percentiles
{
    public static double Of(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];

    public static string Describe(string name, List<double> millis)
    {
        millis.Sort();
        return FormattableString.Invariant($"{name}: n={millis.Count} p50={Of(millis, 50):0.0} ms p99={Of(millis, 99):0.0} ms max={millis[^1]:0.0} ms");
    }
}
