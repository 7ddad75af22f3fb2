using System.Globalization;
using Npgsql;

namespace Dossier.Storage.Postgres;

/// <summary>
/// Recognises a PostgreSQL store in what <c>--db</c> or <c>$DOSSIER_DB</c> holds and turns it into an Npgsql
/// connection string: a URL (<c>postgres://user:password@host:5432/db?sslmode=require</c>, also <c>postgresql://</c>)
/// or a keyword string (<c>Host=...;Username=...;Database=...</c>).
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>True when <paramref name="db"/> names a PostgreSQL server rather than a SQLite file.</summary>
    public static bool IsPostgres(string? db) =>
        db is not null && (db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
                           db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) ||
                           db.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) ||
                           db.StartsWith("Server=", StringComparison.OrdinalIgnoreCase));

    /// <summary>The Npgsql form of a URL or keyword connection string.</summary>
    public static string Normalize(string db)
    {
        ArgumentException.ThrowIfNullOrEmpty(db);
        if (!db.Contains("://", StringComparison.Ordinal))
        {
            return new NpgsqlConnectionStringBuilder(db).ConnectionString;
        }

        if (!Uri.TryCreate(db, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new ArgumentException($"DOS1001: '{Redact(db)}' is not a PostgreSQL URL; write postgres://user:password@host:5432/database");
        }

        var b = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (uri.Port > 0)
        {
            b.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            string[] user = uri.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(user[0]);
            if (user.Length == 2)
            {
                b.Password = Uri.UnescapeDataString(user[1]);
            }
        }

        string database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            b.Database = database;
        }

        foreach (string pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            string[] kv = pair.Split('=', 2);
            string key = Uri.UnescapeDataString(kv[0]);
            string value = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : string.Empty;
            switch (key.ToLowerInvariant())
            {
                case "sslmode":
                    b.SslMode = Enum.Parse<SslMode>(value.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
                    break;
                case "application_name":
                    b.ApplicationName = value;
                    break;
                case "search_path":
                    b.SearchPath = value;
                    break;
                case "connect_timeout":
                    b.Timeout = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                default:
                    throw new ArgumentException($"DOS1002: the PostgreSQL URL parameter '{key}' is not supported; use sslmode, application_name, search_path or connect_timeout, or a Host=...;Database=... connection string");
            }
        }

        return b.ConnectionString;
    }

    /// <summary>The connection string with its password hidden, for messages.</summary>
    public static string Redact(string db)
    {
        if (db.Contains("://", StringComparison.Ordinal))
        {
            int at = db.IndexOf('@', StringComparison.Ordinal);
            int scheme = db.IndexOf("://", StringComparison.Ordinal) + 3;
            int colon = at > 0 ? db.IndexOf(':', scheme) : -1;
            return colon > 0 && colon < at ? db[..(colon + 1)] + "***" + db[at..] : db;
        }

        try
        {
            var b = new NpgsqlConnectionStringBuilder(db);
            if (b.Password is not null)
            {
                b.Password = "***";
            }

            return b.ConnectionString;
        }
        catch (ArgumentException)
        {
            return "(connection string)";
        }
    }
}
