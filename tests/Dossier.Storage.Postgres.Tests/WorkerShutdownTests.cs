using System.Diagnostics;
using System.Globalization;
using Dossier.Model;

namespace Dossier.Storage.Postgres.Tests;

/// <summary>A worker sent SIGTERM finishes the article in hand, gives its other claimed jobs back at once and exits 0.</summary>
public sealed class WorkerShutdownTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "Dossier.Cli.dll");

    [Fact]
    public async Task SIGTERM_gives_claimed_jobs_back_without_waiting_for_the_lease()
    {
        string db = server.ConnectionString;
        using (var queue = PostgresWorkQueue.Open(db))
        {
            queue.Enqueue(Enumerable.Range(0, 400).Select(i =>
            {
                string text = $"Report {i}\n\nSomething happened on day {i}.";
                return new WorkItem($"term/{i}.txt", text, new ArticleMetadata { Source = $"term/{i}.txt" }, "h" + i.ToString(CultureInfo.InvariantCulture));
            }));
        }

        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string a in new[] { Dll, "worker", "--db", db, "--lease", "10m", "--batch", "100", "--quiet" })
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["DOSSIER_DB"] = string.Empty;
        using var worker = Process.Start(psi)!;
        var stdout = worker.StandardOutput.ReadToEndAsync();
        _ = worker.StandardError.ReadToEndAsync();
        using var counts = PostgresWorkQueue.Open(db);
        var watch = Stopwatch.StartNew();
        while (counts.Counts().Done < 5)
        {
            Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), "the worker did not start working");
            Thread.Sleep(20);
        }

        using (var kill = Process.Start("kill", ["-TERM", worker.Id.ToString(CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(worker.WaitForExit(TimeSpan.FromSeconds(60)), "the worker did not stop on SIGTERM");
        Assert.Equal(0, worker.ExitCode);
        Assert.Contains("(stopped)", await stdout, StringComparison.Ordinal);
        var after = counts.Counts();
        Assert.Equal(0, after.Running);
        Assert.Equal(400, after.Done + after.Queued);
        Assert.True(after.Queued > 0, "the worker finished everything before it could be stopped");
    }
}
