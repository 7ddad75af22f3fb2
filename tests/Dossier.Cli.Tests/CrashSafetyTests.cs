using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Dossier.Cli.Tests;

public sealed class CrashSafetyTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-crash-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void An_ingest_killed_mid_batch_leaves_only_whole_articles_and_a_rerun_completes_it()
    {
        string input = Path.Combine(folder, "in");
        Directory.CreateDirectory(input);
        for (int i = 0; i < 1500; i++)
        {
            File.WriteAllText(Path.Combine(input, string.Create(CultureInfo.InvariantCulture, $"{i:0000}.txt")),
                string.Create(CultureInfo.InvariantCulture, $"Report {i}\n\nMarch {1 + (i % 28)}, 2024\n\nOfficials in Tehran said on Monday that talks number {i} with Moscow would continue. Moscow agreed.\n"));
        }

        string db = Path.Combine(folder, "kb.db");
        var psi = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string a in new[] { Path.Combine(AppContext.BaseDirectory, "Dossier.Cli.dll"), "ingest", input, "--db", db })
        {
            psi.ArgumentList.Add(a);
        }

        using (var process = Process.Start(psi)!)
        {
            var deadline = Stopwatch.StartNew();
            while (CountArticles(db) < 50 && !process.HasExited && deadline.Elapsed < TimeSpan.FromMinutes(2))
            {
                Thread.Sleep(20);
            }

            Assert.False(process.HasExited, "ingest finished before it could be killed; the test needs more input");
            process.Kill();
            process.WaitForExit();
        }

        int stored = CountArticles(db);
        Assert.InRange(stored, 1, 1499);
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM annotations n WHERE n.article_id = a.id AND n.version = a.version)"));
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.article_id = a.id AND s.version = a.version)"));
        Assert.Equal(0, Scalar(db, "SELECT COUNT(*) FROM annotations n WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE n.article_id = a.id AND n.version = a.version)"));

        var rerun = CliRunner.Run(folder, "ingest", input, "--db", db);

        Assert.True(rerun.ExitCode == 0, rerun.ToString());
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"{1500 - stored} new, 0 new versions, {stored} unchanged, 0 failed"), rerun.Stdout, StringComparison.Ordinal);
        Assert.Equal(1500, CountArticles(db));
    }

    private static int CountArticles(string db) => File.Exists(db) ? Scalar(db, "SELECT COUNT(*) FROM articles") : 0;

    private static int Scalar(string db, string sql)
    {
        try
        {
            using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
            connection.Open();
            using var cmd = connection.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 1 or 5 or 14)
        {
            // The database or its tables may not exist yet while the ingest starts up, or be busy for a moment.
            return 0;
        }
    }
}
