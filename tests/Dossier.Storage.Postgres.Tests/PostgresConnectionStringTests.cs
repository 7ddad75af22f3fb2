namespace Dossier.Storage.Postgres.Tests;

/// <summary>Which --db values select PostgreSQL, and how URLs become Npgsql connection strings (no server needed).</summary>
public sealed class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("postgres://u:p@db.example:5433/news", true)]
    [InlineData("postgresql://u@localhost/news", true)]
    [InlineData("Host=127.0.0.1;Database=news", true)]
    [InlineData("dossier.db", false)]
    [InlineData("./postgres/dossier.db", false)]
    public void Recognises_PostgreSQL_stores(string db, bool expected)
    {
        Assert.Equal(expected, PostgresConnectionString.IsPostgres(db));
    }

    [Fact]
    public void A_URL_becomes_a_keyword_connection_string()
    {
        string cs = PostgresConnectionString.Normalize("postgres://news%20team:s%3Bcret@db.example:5433/news?sslmode=require&application_name=worker");

        var b = new Npgsql.NpgsqlConnectionStringBuilder(cs);
        Assert.Equal(("db.example", 5433, "news team", "s;cret", "news", Npgsql.SslMode.Require, "worker"), (b.Host, b.Port, b.Username, b.Password, b.Database, b.SslMode, b.ApplicationName));
    }

    [Fact]
    public void Unknown_URL_parameters_are_refused_with_a_code()
    {
        var ex = Assert.Throws<ArgumentException>(() => PostgresConnectionString.Normalize("postgres://u@h/db?frobnicate=1"));
        Assert.Contains("DOS1002", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Passwords_are_hidden_in_messages()
    {
        Assert.Equal("postgres://u:***@h/db", PostgresConnectionString.Redact("postgres://u:secret@h/db"));
        Assert.DoesNotContain("secret", PostgresConnectionString.Redact("Host=h;Username=u;Password=secret"), StringComparison.Ordinal);
    }
}
