using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Dossier.Benchmarks.Stages;

/// <summary>
/// One short in-process job: each invocation already processes tens of thousands of words, so a few iterations give
/// a stable median, and running in-process avoids BenchmarkDotNet building a second copy of the solution.
/// </summary>
internal static class BenchConfig
{
    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default
            // In-process benchmarks time out after 5 minutes by default; the whole pipeline on a busy machine needs longer.
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromHours(1), logOutput: true))
            .WithWarmupCount(2)
            .WithIterationCount(9)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("short"))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .AddColumn(new WordsPerSecondColumn())
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}
