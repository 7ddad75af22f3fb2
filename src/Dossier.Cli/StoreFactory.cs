using Dossier.Storage;
using Dossier.Storage.Postgres;
using Dossier.Storage.Sqlite;

namespace Dossier.Cli;

/// <summary>Opens the store named by <c>--db</c>: a PostgreSQL URL or connection string, else a SQLite file.</summary>
internal static class StoreFactory
{
    public static IArticleStore Open(string db) =>
        PostgresConnectionString.IsPostgres(db) ? PostgresArticleStore.Open(db) : SqliteArticleStore.Open(db);

    /// <summary>Opens an existing store for reading; a missing file is a usage error, not a new empty database.</summary>
    public static IArticleStore? OpenExisting(string db)
    {
        if (!PostgresConnectionString.IsPostgres(db) && !File.Exists(db))
        {
            Consoles.Error($"{db}: no such database; run 'dossier ingest PATH... --db {db}' first");
            return null;
        }

        return Open(db);
    }
}
