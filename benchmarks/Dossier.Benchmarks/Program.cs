using BenchmarkDotNet.Running;
using Dossier.Benchmarks.Stages;

// Micro-benchmarks of the per-article stages (never part of the test run). See docs/benchmarks.md.
//   dotnet run -c Release --project benchmarks/Dossier.Benchmarks -- --filter '*'
//   ... -- --filter '*StageBenchmarks*' --stage parser      (BenchmarkDotNet's own options also apply)
// The text is read from $DOSSIER_DATA or ../shared/data (Timeline17 articles, trafilatura's evaluation pages).
BenchmarkSwitcher.FromAssembly(typeof(StageBenchmarks).Assembly).Run(args, BenchConfig.Create());
