using System.Diagnostics;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Benchmarks;

/// <summary>
/// Runs a pipeline over documents on a given number of threads and measures throughput (articles, words and
/// characters per second, in total and per stage) and the process's peak working set.
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
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return new BenchmarkResult(articles.Count, words, chars, clock.Elapsed, threads, failed,
            pipeline.Stages.Select(s => (s.Name, timings.Totals.GetValueOrDefault(s.Name))).ToList(), process.PeakWorkingSet64);
    }

    private static int CountWords(string text)
    {
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

/// <summary>What one benchmark run measured. Stage times are summed over threads (CPU time spent in the stage).</summary>
public sealed record BenchmarkResult(int Articles, long Words, long Characters, TimeSpan Elapsed, int Threads, int Failed,
    IReadOnlyList<(string Stage, TimeSpan Time)> Stages, long PeakWorkingSetBytes)
{
    public double WordsPerSecond => Words / Elapsed.TotalSeconds;

    public double ArticlesPerSecond => Articles / Elapsed.TotalSeconds;
}
