using Dossier.Storage.Conformance;

namespace Dossier.Storage.Postgres.Tests;

/// <summary>The store conformance suite against PostgreSQL, plus what is PostgreSQL's own (migrations, concurrent saves).</summary>
public sealed class PostgresArticleStoreTests(PostgresServer server) : ArticleStoreConformanceTests, IClassFixture<PostgresServer>
{
    protected override IArticleStore OpenStore() => PostgresArticleStore.Open(server.NewSchema());

    protected override IArticleStore Reopen(IArticleStore store) => PostgresArticleStore.Open(((PostgresArticleStore)store).ConnectionString);

    [Fact]
    public void A_new_database_is_migrated_to_the_latest_schema_and_reopening_changes_nothing()
    {
        using var store = (PostgresArticleStore)OpenStore();

        Assert.True(store.SchemaVersion >= 1);
        using var again = PostgresArticleStore.Open(store.ConnectionString);
        Assert.Equal(store.SchemaVersion, again.SchemaVersion);
    }

    [Fact]
    public void Stores_opened_at_once_on_a_new_schema_migrate_it_once()
    {
        string schema = server.NewSchema();

        var stores = Enumerable.Range(0, 6).AsParallel().Select(_ => PostgresArticleStore.Open(schema)).ToList();
        Assert.All(stores, s => Assert.Equal(stores[0].SchemaVersion, s.SchemaVersion));
        stores.ForEach(s => s.Dispose());
    }

    [Fact]
    public void The_same_article_saved_by_many_connections_at_once_is_stored_once()
    {
        string schema = server.NewSchema();
        var (record, doc) = Article("a1", "x.txt", "The talks were suspended in June.", "h1");

        var outcomes = Enumerable.Range(0, 8).AsParallel().WithDegreeOfParallelism(8).Select(_ =>
        {
            using var store = PostgresArticleStore.Open(schema);
            return store.Save(record, doc);
        }).ToList();

        Assert.Equal(1, outcomes.Count(o => o == SaveOutcome.Inserted));
        Assert.Equal(7, outcomes.Count(o => o == SaveOutcome.Unchanged));
        using var check = PostgresArticleStore.Open(schema);
        Assert.Single(check.Versions("a1"));
        Assert.Single(check.Search("suspended"));
    }

    [Fact]
    public void Search_folds_case_and_accents_like_the_SQLite_store()
    {
        using var store = OpenStore();
        var (r, d) = Article("a1", "x.txt", "Le président Macron a parlé à Téhéran.", "h");
        store.Save(r, d);

        Assert.Single(store.Search("PRESIDENT teheran"));
        Assert.Single(store.Search("\"a parle\""));
        Assert.Equal("Le [président] Macron a parlé à Téhéran.", Assert.Single(store.Search("presid")).Snippet);
    }
}
