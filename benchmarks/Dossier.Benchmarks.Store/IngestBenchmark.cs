using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Dossier.Benchmarks.Store;

/// <summary>
/// Ingest throughput: synthetic articles queued with 'dossier enqueue', then N 'dossier worker --once' processes
/// started together; the time from their start until the last one exits (queue drained) gives articles per second.
/// </summary>
internal static class IngestBenchmark
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "Dossier.Cli.dll");

    public static int Run(string db, int articles, int workers, int batch)
    {
        var corpus = new SyntheticCorpus();
        string file = Path.Combine(Path.GetTempPath(), $"dossier-bench-{Environment.ProcessId}.jsonl");
        try
        {
            File.WriteAllLines(file, Enumerable.Range(0, articles).Select(i => JsonSerializer.Serialize(new Dictionary<string, string>
            {
                ["id"] = SyntheticCorpus.Source(i),
                ["text"] = corpus.Text(i),
                ["published"] = SyntheticCorpus.Published(i).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            })));
            using (var enqueue = Start(db, "enqueue", file))
            {
                enqueue.WaitForExit();
                if (enqueue.ExitCode != 0)
                {
                    Console.Error.WriteLine("enqueue failed");
                    return 1;
                }
            }

            var cpuBefore = ChildCpu.Used();
            var watch = Stopwatch.StartNew();
            var processes = Enumerable.Range(0, workers).Select(w => Start(db, "worker", "--once", "--quiet", "--batch", batch.ToString(CultureInfo.InvariantCulture))).ToList();
            processes.ForEach(p => p.WaitForExit());
            double seconds = watch.Elapsed.TotalSeconds;
            double cpuMs = (ChildCpu.Used() - cpuBefore).TotalMilliseconds;
            bool ok = processes.All(p => p.ExitCode == 0);
            processes.ForEach(p => p.Dispose());
            Console.WriteLine(FormattableString.Invariant(
                $"ingest: {articles} articles, {workers} worker(s), batch {batch}: {seconds:0.0} s, {articles / seconds:0} articles/s; worker CPU {cpuMs / articles:0.00} ms/article{(ok ? string.Empty : " (a worker failed)")}"));
            return ok ? 0 : 1;
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static Process Start(string db, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true };
        psi.ArgumentList.Add(Dll);
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.ArgumentList.Add("--db");
        psi.ArgumentList.Add(db);
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        return p;
    }
}
