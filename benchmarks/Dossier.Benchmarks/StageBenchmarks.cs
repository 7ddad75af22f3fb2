using BenchmarkDotNet.Attributes;
using Dossier.Model;
using Dossier.Pipeline;

namespace Dossier.Benchmarks.Stages;

/// <summary>
/// Each default per-article stage alone on the Timeline17 sample: the documents are annotated up to the stage once,
/// copied before every iteration, and the benchmark runs only the stage on the copies.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private IStage stage = null!;
    private Document[] prepared = [];
    private Document[] work = [];

    /// <summary>Every default stage, or only those named in $DOSSIER_BENCH_STAGES (comma-separated), e.g. "parser,tagger".</summary>
    public static IEnumerable<string> StageNames =>
        DefaultPipeline.Stages().Select(s => s.Name).Where(n => Environment.GetEnvironmentVariable("DOSSIER_BENCH_STAGES") is not { Length: > 0 } only
            || only.Split(',', StringSplitOptions.TrimEntries).Contains(n, StringComparer.Ordinal));

    [ParamsSource(nameof(StageNames))]
    public string Stage { get; set; } = "tokenizer";

    [GlobalSetup]
    public void Setup()
    {
        var stages = DefaultPipeline.Stages();
        int index = stages.Select(s => s.Name).ToList().IndexOf(Stage);
        stage = stages[index];
        var before = new PipelineBuilder();
        foreach (var s in stages.Take(index))
        {
            before.Use(s);
        }

        var pipeline = before.Build();
        prepared = [.. BenchText.Articles()];
        foreach (var doc in prepared)
        {
            pipeline.Process(doc);
        }

        WordsPerSecondColumn.Register(WordsPerSecondColumn.Key(nameof(Run), Stage), BenchText.Words);
    }

    [IterationSetup]
    public void Copy() => work = [.. prepared.Select(DocumentCopy.Of)];

    [Benchmark]
    public int Run()
    {
        int n = 0;
        foreach (var doc in work)
        {
            stage.Process(doc);
            n += doc.Tokens.Count;
        }

        return n;
    }
}
