using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Dossier.Benchmarks.Stages;

/// <summary>Words per second at the median time: the words one invocation processes, registered by the benchmark's setup.</summary>
internal sealed class WordsPerSecondColumn : IColumn
{
    private static readonly ConcurrentDictionary<string, long> Words = new(StringComparer.Ordinal);

    public string Id => nameof(WordsPerSecondColumn);

    public string ColumnName => "words/s (median)";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Words of Timeline17 text (or of extracted page bodies) processed per second, at the median time per invocation";

    /// <summary>Records how many words one invocation of a benchmark case processes.</summary>
    public static void Register(string key, long words) => Words[key] = words;

    public static string Key(string method, string? parameter) => parameter is null ? method : method + "/" + parameter;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var report = summary[benchmarkCase];
        string? parameter = benchmarkCase.Parameters.Items.FirstOrDefault()?.Value?.ToString();
        if (report?.ResultStatistics is not { } stats || !Words.TryGetValue(Key(benchmarkCase.Descriptor.WorkloadMethod.Name, parameter), out long words))
        {
            return "-";
        }

        return (words / (stats.Median / 1e9)).ToString("#,0", CultureInfo.InvariantCulture);
    }

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
