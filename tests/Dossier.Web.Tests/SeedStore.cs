using Dossier.Ingest;
using Dossier.Ingest.Sources;
using Dossier.Pipeline;
using Dossier.Storage.Sqlite;

namespace Dossier.Web.Tests;

/// <summary>
/// The five seed articles ingested once into a SQLite store (through the same ingest path as the CLI); tests that
/// write get their own copy of it, so the shared one stays as ingested.
/// </summary>
public sealed class SeedStore : IDisposable
{
    private DossierFactory? app;

    public SeedStore()
    {
        Folder = Directory.CreateTempSubdirectory("dossier-web-").FullName;
        using (var store = SqliteArticleStore.Open(Db))
        {
            // The parser's regexes carry a 1 s match timeout, which a heavily loaded machine can exceed; a second pass
            // re-ingests only what failed (stored articles are skipped as unchanged).
            var service = new IngestService(store, DefaultPipeline.Create()) { Workers = 1 };
            var failures = new List<string>();
            for (int attempt = 0; attempt < 3 && store.ListArticles().Count < 5; attempt++)
            {
                failures.AddRange(service.Ingest(new InputReader().Read([RepoPaths.Samples])).Failures.Select(f => f.ToString()));
            }

            if (store.ListArticles().Count != 5)
            {
                throw new InvalidOperationException($"expected the 5 seed articles from {RepoPaths.Samples} to be stored: {string.Join("; ", failures)}");
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public string Folder { get; }

    public string Db => Path.Combine(Folder, "seeds.db");

    /// <summary>The workbench over the seed store, for tests that only read.</summary>
    public DossierFactory App => app ??= new DossierFactory(Db);

    /// <summary>A private copy of the seeded store for a test that writes.</summary>
    public string CopyDb()
    {
        string copy = Path.Combine(Folder, $"copy-{Guid.NewGuid():N}.db");
        File.Copy(Db, copy);
        return copy;
    }

    public void Dispose()
    {
        app?.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}

[CollectionDefinition(Name)]
public sealed class SeedCollection : ICollectionFixture<SeedStore>
{
    public const string Name = "seed store";
}
