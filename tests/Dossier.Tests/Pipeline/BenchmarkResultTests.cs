using Dossier.Benchmarks;

namespace Dossier.Tests.Pipeline;

/// <summary>How repeated benchmark runs are summarized (figure by figure), not how fast anything is.</summary>
public sealed class BenchmarkResultTests
{
    private static BenchmarkResult Run(double wall, double cpu, double parserCpu, long peak, int failed) =>
        new(10, 1000, 6000, TimeSpan.FromSeconds(wall), TimeSpan.FromSeconds(cpu), 1, failed,
            [new StageTime("tokenizer", TimeSpan.FromSeconds(wall / 10), TimeSpan.FromSeconds(cpu / 10)), new StageTime("parser", TimeSpan.FromSeconds(wall / 2), TimeSpan.FromSeconds(parserCpu))],
            peak);

    [Fact]
    public void The_median_of_an_odd_number_of_runs_takes_each_figure_from_its_own_middle_run()
    {
        var median = BenchmarkResult.Median([Run(9, 3, 1.0, 100, 0), Run(5, 4, 3.0, 300, 1), Run(7, 2, 2.0, 200, 0)]);

        Assert.Equal(TimeSpan.FromSeconds(7), median.Elapsed);
        Assert.Equal(TimeSpan.FromSeconds(3), median.ProcessCpu);
        Assert.Equal(TimeSpan.FromSeconds(2.0), median.Stages[1].Cpu);
        Assert.Equal(["tokenizer", "parser"], median.Stages.Select(s => s.Stage));
        Assert.Equal(300, median.PeakWorkingSetBytes);
        Assert.Equal(1, median.Failed);
        Assert.Equal(1000 / 3.0, median.WordsPerCpuSecond, 9);
    }

    [Fact]
    public void The_median_of_an_even_number_of_runs_is_the_mean_of_the_middle_two()
    {
        var median = BenchmarkResult.Median([Run(4, 1, 1, 1, 0), Run(8, 3, 1, 1, 0)]);

        Assert.Equal(TimeSpan.FromSeconds(6), median.Elapsed);
        Assert.Equal(TimeSpan.FromSeconds(2), median.ProcessCpu);
    }

    [Fact]
    public void No_runs_is_an_error_that_says_so()
    {
        var ex = Assert.Throws<ArgumentException>(() => BenchmarkResult.Median([]));
        Assert.StartsWith("DOS0030", ex.Message, StringComparison.Ordinal);
    }
}
