using System.Diagnostics;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Benchmarks;

/// <summary>
/// Runs a pipeline over documents on a given number of threads and measures throughput (articles, words and
/// characters per second, in total and per stage), the CPU time used (per stage, by the threads that ran it, and by
/// the whole process) and the process's peak working set.
/// </summary>
public sealed class PipelineBenchmark
{
    private readonly Pipeline.Pipeline pipeline;

    public PipelineBenchmark(Pipeline.Pipeline pipeline) => this.pipeline = pipeline;

    /// <summary>Raised after each document, with the count done so far.</summary>
    public event Action<int>? Progress;

    public BenchmarkResult Run(IReadOnlyList<(string Id, string Text, DateOnly? Published)> articles, int threads)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var timings = new StageTimings();
        long words = articles.Sum(a => (long)CountWords(a.Text));
        long chars = articles.Sum(a => (long)a.Text.Length);
        int done = 0;
        int failed = 0;
        using var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        Parallel.ForEach(articles, new ParallelOptions { MaxDegreeOfParallelism = threads }, a =>
        {
            var doc = new Document(a.Id, a.Text, new ArticleMetadata { Source = a.Id, Published = a.Published });
            if (!pipeline.Process(doc, timings))
            {
                Interlocked.Increment(ref failed);
            }

            Progress?.Invoke(Interlocked.Increment(ref done));
        });
        clock.Stop();
        process.Refresh();
        var wall = timings.Totals;
        var cpu = timings.CpuTotals;
        return new BenchmarkResult(articles.Count, words, chars, clock.Elapsed, process.TotalProcessorTime - cpuBefore, threads, failed,
            [.. pipeline.Stages.Select(s => new StageTime(s.Name, wall.GetValueOrDefault(s.Name), cpu.GetValueOrDefault(s.Name)))],
            process.PeakWorkingSet64);
    }

    /// <summary>Words as the benchmarks count them: runs of non-white-space characters.</summary>
    public static int CountWords(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int words = 0;
        bool inWord = false;
        foreach (char c in text)
        {
            bool letter = !char.IsWhiteSpace(c);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }
}
