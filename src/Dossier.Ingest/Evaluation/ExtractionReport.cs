namespace Dossier.Ingest.Evaluation;

/// <summary>Scores over a set of pages: snippet precision/recall/F1, date accuracy, extraction time.</summary>
/// <param name="ExtractionTime">Wall-clock time spent extracting (reading the files excluded).</param>
/// <param name="ExtractionCpuTime">Processor time of the process while extracting: on a busy machine the fair measure of one core's speed.</param>
public sealed record ExtractionReport(IReadOnlyList<CaseResult> Results, TimeSpan ExtractionTime, TimeSpan ExtractionCpuTime)
{
    public SnippetCounts Counts => Results.Aggregate(default(SnippetCounts), (sum, r) => sum + r.Counts);

    /// <summary>Pages whose gold metadata has a date.</summary>
    public int DatedPages => Results.Count(r => r.Case.Date is not null);

    /// <summary>Of <see cref="DatedPages"/>, those where the extracted publication day equals the gold day.</summary>
    public int DatesCorrect => Results.Count(r => r.Case.Date is { } gold && r.Date == gold);

    public double DateAccuracy => DatedPages == 0 ? 0 : (double)DatesCorrect / DatedPages;

    public double PagesPerSecond => ExtractionTime.TotalSeconds <= 0 ? 0 : Results.Count / ExtractionTime.TotalSeconds;

    /// <summary>Pages per second of processor time (one thread extracts; GC and JIT threads are included).</summary>
    public double PagesPerCpuSecond => ExtractionCpuTime.TotalSeconds <= 0 ? 0 : Results.Count / ExtractionCpuTime.TotalSeconds;

    public int Errors => Results.Count(r => r.Error is not null);
}
