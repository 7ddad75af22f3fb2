using BenchmarkDotNet.Attributes;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Benchmarks.Stages;

/// <summary>The whole default per-article pipeline on the Timeline17 sample, one thread.</summary>
[MemoryDiagnoser]
public class PipelineBenchmarks
{
    private Pipeline.Pipeline pipeline = null!;
    private IReadOnlyList<Document> work = [];

    [GlobalSetup]
    public void Setup()
    {
        pipeline = DefaultPipeline.Create();
        WordsPerSecondColumn.Register(WordsPerSecondColumn.Key(nameof(Pipeline), null), BenchText.Words);
    }

    [IterationSetup]
    public void Fresh() => work = BenchText.Articles();

    [Benchmark]
    public int Pipeline()
    {
        int failed = 0;
        foreach (var doc in work)
        {
            failed += pipeline.Process(doc) ? 0 : 1;
        }

        return failed;
    }
}
