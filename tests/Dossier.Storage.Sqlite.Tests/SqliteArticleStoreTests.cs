using Dossier.Storage.Conformance;
using Dossier.Storage.Sqlite;

namespace Dossier.Storage.Sqlite.Tests;

/// <summary>The store conformance suite against SQLite, plus what is SQLite's own (files, WAL, migrations).</summary>
public sealed class SqliteArticleStoreTests : ArticleStoreConformanceTests, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-sqlite-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    protected override IArticleStore OpenStore() => SqliteArticleStore.Open(Path.Combine(folder, "test.db"));

    protected override IArticleStore Reopen(IArticleStore store) => SqliteArticleStore.Open(((SqliteArticleStore)store).Path);

    [Fact]
    public void A_new_database_is_migrated_to_the_latest_schema_and_uses_WAL()
    {
        using var store = (SqliteArticleStore)OpenStore();

        Assert.True(store.SchemaVersion >= 1);
        Assert.True(File.Exists(Path.Combine(folder, "test.db-wal")) || File.Exists(Path.Combine(folder, "test.db")));
        using var again = SqliteArticleStore.Open(store.Path);
        Assert.Equal(store.SchemaVersion, again.SchemaVersion);
    }

    [Fact]
    public void A_file_that_is_not_a_database_gets_a_clear_error()
    {
        string path = Path.Combine(folder, "notes.db");
        File.WriteAllText(path, "these are my notes, not a database, and they are long enough to have a header");

        var ex = Assert.Throws<InvalidDataException>(() => SqliteArticleStore.Open(path));
        Assert.Contains("DOS0802", ex.Message, StringComparison.Ordinal);
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Jalali", "\"Jalali\"*")]
    [InlineData("\"not the case\" Jalali", "\"not the case\" AND \"Jalali\"*")]
    [InlineData("NEAR(a b)", "\"NEARa\"* AND \"b\"*")]
    public void Queries_become_safe_FTS5_expressions(string query, string expected)
    {
        Assert.Equal(expected, SqliteArticleStore.ToFtsQuery(query));
    }
}
