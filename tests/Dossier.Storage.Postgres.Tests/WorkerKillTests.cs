using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dossier.Contracts;
using Dossier.Ingest;
using Dossier.Ingest.Sources;
using Npgsql;

namespace Dossier.Storage.Postgres.Tests;

/// <summary>
/// Real <c>dossier worker</c> processes on one queue, two of them killed with SIGKILL mid-run: the survivors take over
/// the dead workers' jobs when their leases run out, and every article ends stored exactly once with its annotations.
/// </summary>
public sealed class WorkerKillTests(PostgresServer server) : IClassFixture<PostgresServer>
{
    private const int Articles = 2000;
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "Dossier.Cli.dll");
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Process, StringBuilder> ErrorsOf = [];

    [Fact]
    public void Four_workers_two_killed_at_random_points_store_every_article_exactly_once_with_its_annotations()
    {
        string db = server.ConnectionString;
        Assert.True(PostgresConnectionString.IsPostgres(db), db);
        string folder = Directory.CreateTempSubdirectory("dossier-kill-").FullName;
        try
        {
            string input = Path.Combine(folder, "articles.jsonl");
            File.WriteAllLines(input, Enumerable.Range(0, Articles).Select(Line));
            var enqueue = Run(db, "enqueue", input);
            Assert.True(enqueue.ExitCode == 0, enqueue.Output);

            var random = new Random(Environment.TickCount);
            var workers = Enumerable.Range(0, 4).Select(i => Start(db, "worker", "--once", "--lease", "2s", "--batch", "3", "--quiet", "--name", "w" + i)).ToList();
            try
            {
                // Kill at random points of the run: when a random share of the articles is done, so each dies holding work.
                int[] killAt = [random.Next(Articles / 20, Articles / 3), random.Next(Articles / 3, Articles * 2 / 3)];
                foreach (var (worker, at) in workers.Take(2).Zip(killAt))
                {
                    WaitUntil(() => Done(db) >= at || worker.HasExited, TimeSpan.FromMinutes(2));
                    Assert.False(worker.HasExited, $"worker ended before it could be killed at {at} done");
                    worker.Kill();
                    worker.WaitForExit();
                }

                foreach (var survivor in workers.Skip(2))
                {
                    Assert.True(survivor.WaitForExit(TimeSpan.FromMinutes(3)), "a surviving worker did not drain the queue in 3 minutes");
                    Assert.True(survivor.ExitCode == 0, $"exit {survivor.ExitCode}: {Errors(survivor)}");
                }
            }
            finally
            {
                foreach (var w in workers.Where(w => !w.HasExited))
                {
                    w.Kill();
                }

                workers.ForEach(w => w.Dispose());
            }

            AssertStoredExactlyOnce(db, input);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void AssertStoredExactlyOnce(string db, string input)
    {
        using (var connection = new NpgsqlConnection(db))
        {
            connection.Open();
            Assert.Equal(Articles, Scalar(connection, "SELECT count(*) FROM articles"));
            Assert.Equal(Articles, Scalar(connection, "SELECT count(DISTINCT source) FROM articles WHERE is_current AND version = 1"));
            Assert.Equal(Articles, Scalar(connection, "SELECT count(*) FROM annotations"));
            Assert.Equal(Articles, Scalar(connection, "SELECT count(*) FROM jobs WHERE state = 'done'"));
            Assert.Equal(Articles, Scalar(connection, "SELECT count(*) FROM article_changes"));
        }

        // Each stored article holds exactly the annotations the pipeline gives it when run here, on its own.
        using var store = PostgresArticleStore.Open(db);
        var preparer = new ArticlePreparer();
        var pipeline = Dossier.Pipeline.DefaultPipeline.Create();
        var reader = new InputReader();
        var expected = reader.Read([input]).Select(r => r.Input!).ToDictionary(i => i.Source, StringComparer.Ordinal);
        var stored = store.ListArticles();
        Assert.Equal(Articles, stored.Count);
        foreach (var article in stored)
        {
            var original = expected[article.Source];
            var doc = preparer.Prepare(original);
            pipeline.Process(doc);
            Assert.Equal(doc.Text, article.Body);
            Assert.Equal(original.ContentHash, article.ContentHash);
            Assert.Equal(DocumentJsonWriter.ToJson(doc, includeText: false), DocumentJsonWriter.ToJson(store.LoadDocument(article), includeText: false));
            Assert.Single(store.Versions(article.Id));
        }

        Assert.Equal(Articles, store.Search("dossierkilltest", Articles * 2).Select(h => h.ArticleId).Distinct().Count());
    }

    /// <summary>A small synthetic article: a title line, a date line, two paragraphs (JSON Lines, with an id).</summary>
    private static string Line(int i)
    {
        var day = new DateOnly(2024, 1, 1).AddDays(i % 366);
        string text = $"Talks round {i} ends without agreement\n\nTEHRAN, {day:MMMM d, yyyy}\n\n" +
                      $"Negotiators met for round {i} of the dossierkilltest talks on Thursday. Officials said the round was constructive.\n\n" +
                      $"A further meeting is planned within {i % 30 + 1} days, according to the foreign ministry.";
        return JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = "synthetic/" + i.ToString("D4", CultureInfo.InvariantCulture),
            ["text"] = text,
            ["published"] = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
    }

    private static long Done(string db)
    {
        using var connection = new NpgsqlConnection(db);
        connection.Open();
        return Scalar(connection, "SELECT count(*) FROM jobs WHERE state = 'done'");
    }

    private static long Scalar(NpgsqlConnection connection, string sql)
    {
        using var cmd = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static void WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(watch.Elapsed < timeout, "timed out waiting for the workers");
            Thread.Sleep(50);
        }
    }

    private static Process Start(string db, params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Dll);
        foreach (string a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.ArgumentList.Add("--db");
        psi.ArgumentList.Add(db);
        psi.Environment["DOSSIER_DB"] = string.Empty;
        var process = Process.Start(psi)!;

        // Drain the pipes as the process runs, so that it never blocks on a full buffer; keep standard error for messages.
        var errors = new StringBuilder();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            lock (errors)
            {
                errors.AppendLine(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        ErrorsOf.AddOrUpdate(process, errors);
        return process;
    }

    private static (int ExitCode, string Output) Run(string db, params string[] args)
    {
        using var process = Start(db, args);
        process.WaitForExit();
        return (process.ExitCode, Errors(process));
    }

    private static string Errors(Process process)
    {
        var errors = ErrorsOf.GetValue(process, _ => new StringBuilder());
        lock (errors)
        {
            return errors.ToString();
        }
    }
}
