using System.CommandLine;

namespace Dossier.Cli;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    /// <summary>The store: a SQLite file path (default ./dossier.db, or $DOSSIER_DB).</summary>
    public static Option<string> Db() => new("--db")
    {
        Description = "The store: a SQLite database file (created if missing), or PostgreSQL as postgres://user:password@host/db or Host=...;Database=... Default: $DOSSIER_DB or ./dossier.db.",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable("DOSSIER_DB") is { Length: > 0 } db ? db : "dossier.db",
    };

    public static Option<string> Format(string description, params string[] values)
    {
        var option = new Option<string>("--format") { Description = description, DefaultValueFactory = _ => values[0] };
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
