using System.Diagnostics;
using Dossier.Storage.Postgres;

namespace Dossier.Storage.Postgres.Tests;

/// <summary>Workers run the corpus stages after articles land: the seeds become one story with every source.</summary>
public sealed class WorkerCorpusTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "Dossier.Cli.dll");

    [Fact]
    public void Two_workers_on_the_seeds_leave_one_story_of_five_articles()
    {
        string db = server.ConnectionString;
        string samples = Path.Combine(FindRoot(), "samples", "iran-russia");
        Assert.Equal(0, Run("enqueue", samples, "--db", db).ExitCode);

        // What the workers print (errors, such as a failed corpus stage, and their summaries) is kept for the messages.
        var printed = new System.Collections.Concurrent.ConcurrentQueue<string>();
        var workers = Enumerable.Range(0, 2).Select(i => Start("worker", "--once", "--quiet", "--batch", "1", "--name", "c" + i, "--db", db)).ToList();
        foreach (var w in workers)
        {
            w.OutputDataReceived += (_, e) => printed.Enqueue(e.Data ?? string.Empty);
            w.ErrorDataReceived += (_, e) => printed.Enqueue(e.Data ?? string.Empty);
            w.BeginOutputReadLine();
            w.BeginErrorReadLine();
        }

        foreach (var w in workers)
        {
            Assert.True(w.WaitForExit(TimeSpan.FromMinutes(3)), "a worker did not finish");
            w.WaitForExit();
            Assert.True(w.ExitCode == 0, "a worker failed: " + string.Join(" | ", printed));
            w.Dispose();
        }

        using var store = PostgresArticleStore.Open(db);
        Assert.Equal(5, store.ListArticles().Count);
        var stories = store.LoadCorpus().Stories;
        Assert.True(stories.Count == 1, $"{stories.Count} stories; the workers printed: " + string.Join(" | ", printed.Where(l => l.Length > 0)));
        var story = stories[0];
        Assert.Equal(5, story.Articles.Count);
        Assert.Equal(new DateOnly(2024, 6, 11), story.First);
    }

    private static (int ExitCode, string Output) Run(params string[] args)
    {
        using var p = Start(args);
        string output = p.StandardError.ReadToEnd() + p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output);
    }

    private static Process Start(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Dll);
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["DOSSIER_DB"] = string.Empty;
        return Process.Start(psi)!;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Dossier.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Dossier.slnx not found above " + AppContext.BaseDirectory);
    }
}
