using Npgsql;

namespace Dossier.Storage.Postgres.Tests;

/// <summary>
/// A fresh database for one test class on the server named by DOSSIER_TEST_POSTGRES, dropped afterwards; each store a
/// test opens gets its own schema in it. Without the variable every test FAILS (never skips), so that a missing server
/// can never look green.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string Variable = "DOSSIER_TEST_POSTGRES";

    private readonly string admin;
    private int schemas;

    public PostgresServer()
    {
        admin = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"{Variable} is not set: these tests need a PostgreSQL server. Run 'export {Variable}=\"$(.ci/postgres-start)\"' from the repository root (it installs, starts and prints one), then run the tests again.");
        Database = "dossier_test_" + Guid.NewGuid().ToString("N")[..12];
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var cmd = new NpgsqlCommand($"CREATE DATABASE {Database}", connection);
        cmd.ExecuteNonQuery();
        ConnectionString = new NpgsqlConnectionStringBuilder(admin) { Database = Database }.ConnectionString;
    }

    /// <summary>The test class's database.</summary>
    public string Database { get; }

    /// <summary>A connection string for the class's database (its public schema).</summary>
    public string ConnectionString { get; }

    /// <summary>A connection string for a new, empty schema of the class's database.</summary>
    public string NewSchema()
    {
        string schema = "t" + Interlocked.Increment(ref schemas).ToString(System.Globalization.CultureInfo.InvariantCulture) + "_" + Guid.NewGuid().ToString("N")[..8];
        using (var connection = new NpgsqlConnection(ConnectionString))
        {
            connection.Open();
            using var cmd = new NpgsqlCommand($"CREATE SCHEMA {schema}", connection);
            cmd.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    /// <summary>
    /// Drops the class's database. <c>WITH (FORCE)</c> ends the tests' own connections, but not a server process of
    /// another role, such as an autovacuum worker that happens to be in the database (insufficient privilege, 42501):
    /// the drop is then tried again once it has gone, for up to ten seconds.
    /// </summary>
    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(admin);
        connection.Open();
        using var cmd = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)", connection);
        for (int attempt = 1; ; attempt++)
        {
            try
            {
                cmd.ExecuteNonQuery();
                return;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InsufficientPrivilege && attempt < 20)
            {
                Thread.Sleep(500);
            }
        }
    }
}
