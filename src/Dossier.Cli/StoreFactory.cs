using Dossier.Storage;
using Dossier.Storage.Sqlite;

namespace Dossier.Cli;

/// <summary>Opens the store named by <c>--db</c>.</summary>
internal static class StoreFactory
{
    public static IArticleStore Open(string db) => SqliteArticleStore.Open(db);

    /// <summary>Opens an existing store for reading; a missing file is a usage error, not a new empty database.</summary>
    public static IArticleStore? OpenExisting(string db)
    {
        if (!File.Exists(db))
        {
            Consoles.Error($"{db}: no such database; run 'dossier ingest PATH... --db {db}' first");
            return null;
        }

        return Open(db);
    }
}
