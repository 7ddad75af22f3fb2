using System.Net.Sockets;
using Npgsql;

namespace Dossier.Storage.Postgres;

/// <summary>Opens a pooled data source for a connection string and brings the schema up to date.</summary>
internal static class PostgresDatabase
{
    public static NpgsqlDataSource Open(string db)
    {
        string connectionString = PostgresConnectionString.Normalize(db);
        var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            Migrate(dataSource);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException)
        {
            dataSource.Dispose();
            throw new InvalidOperationException(
                $"DOS1003: cannot use the PostgreSQL store {PostgresConnectionString.Redact(db)}: {ex.Message}. Is the server running (.ci/postgres-start starts one) and may this role create tables?", ex);
        }

        return dataSource;
    }

    public static int SchemaVersion(NpgsqlDataSource dataSource)
    {
        using var cmd = dataSource.CreateCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version");
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Migrate(NpgsqlDataSource dataSource)
    {
        using var connection = dataSource.OpenConnection();
        // A cheap check first, so that many workers starting together do not queue on the lock.
        using (var exists = new NpgsqlCommand("SELECT to_regclass('schema_version') IS NOT NULL", connection))
        {
            if (exists.ExecuteScalar() is true)
            {
                using var latest = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection);
                if (Convert.ToInt32(latest.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) >= PostgresMigrations.All.Max(m => m.Version))
                {
                    return;
                }
            }
        }

        using var tx = connection.BeginTransaction();
        Execute(connection, "SELECT pg_advisory_xact_lock(@key)", ("key", PostgresMigrations.LockKey));
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        int current;
        using (var cmd = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM schema_version", connection))
        {
            current = Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        // All pending migrations in the one transaction that holds the lock: PostgreSQL's DDL is transactional, so
        // a failure leaves the schema as it was.
        foreach (var (version, sql) in PostgresMigrations.All.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            Execute(connection, sql);
            Execute(connection, "INSERT INTO schema_version (version) VALUES (@v)", ("v", version));
        }

        tx.Commit();
    }

    private static void Execute(NpgsqlConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var cmd = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        cmd.ExecuteNonQuery();
    }
}
