using Dossier.Model;
using Dossier.Storage.Conformance;
using Npgsql;

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

    [Fact]
    public void Saved_events_get_rows_of_their_own_and_a_store_from_before_migration_4_is_back_filled()
    {
        string schema = server.NewSchema();
        using (var store = PostgresArticleStore.Open(schema))
        {
            var (record, doc) = Article("a1", "x.txt", "Mokhber and Putin met on Thursday in Astana. Peskov said so.", "h1");
            doc.Events.Add(new EventMention("040", "Consult", new TextSpan(18, 21), "asserted") { Date = "2024-07-04", Sentence = 0 });
            doc.Events.Add(new EventMention("010", "Make statement", new TextSpan(52, 56), "asserted") { Sentence = 1 });
            store.Save(record, doc);
            Assert.Equal(EventRows(schema), [(0, "2024-07-04", "Consult"), (1, null, "Make statement")]);
        }

        // As a store written before migration 4: no events table, no sentence order (and none of the later tables).
        Sql(schema, "DROP TABLE event_list; DROP TABLE event_actors; DROP TABLE quotes; DROP TABLE corpus_records; DROP TABLE events; ALTER TABLE sentences DROP COLUMN seq; DELETE FROM schema_version WHERE version >= 4");
        using (var reopened = PostgresArticleStore.Open(schema))
        {
            Assert.Equal(EventRows(schema), [(0, "2024-07-04", "Consult"), (1, null, "Make statement")]);
            var (r2, d2) = Article("a2", "y.txt", "Peskov spoke again.", "h2");
            reopened.Save(r2, d2);
            Assert.Equal(2, reopened.Search("peskov").Count);
        }
    }

    [Fact]
    public void A_store_from_before_migration_6_gets_its_quote_rows_from_the_stored_annotations()
    {
        string schema = server.NewSchema();
        QuotePage before;
        using (var store = PostgresArticleStore.Open(schema))
        {
            foreach (var (record, doc) in QuotedArticles())
            {
                store.Save(record, doc);
            }

            before = store.ListQuotes(new QuoteFilter(), QuoteOrder.Article, 0, 100);
            Assert.Equal(7, before.Total);
        }

        Sql(schema, "DROP TABLE quotes; DROP TABLE event_list; DROP TABLE event_actors; DELETE FROM schema_version WHERE version >= 6");
        using var reopened = PostgresArticleStore.Open(schema);
        var after = reopened.ListQuotes(new QuoteFilter(), QuoteOrder.Article, 0, 100);
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.Quotes, after.Quotes);
        Assert.Equal(QuoteListing.FromDocuments(reopened, new QuoteFilter(), QuoteOrder.Speaker, 0, 100).Quotes,
            reopened.ListQuotes(new QuoteFilter(), QuoteOrder.Speaker, 0, 100).Quotes);
    }

    [Fact]
    public void A_store_from_before_migration_7_gets_its_event_rows_from_the_stored_events()
    {
        string schema = server.NewSchema();
        string before;
        using (var store = PostgresArticleStore.Open(schema))
        {
            foreach (var (record, doc) in EventedArticles())
            {
                store.Save(record, doc);
            }

            var listed = store.ListEvents(new EventFilter(), 0, 100);
            Assert.Equal(5, listed.Total);
            before = Show(listed.Events);
        }

        Sql(schema, "DROP TABLE event_list; DROP TABLE event_actors; DELETE FROM schema_version WHERE version >= 7");
        using var reopened = PostgresArticleStore.Open(schema);
        Assert.Equal(before, Show(reopened.ListEvents(new EventFilter(), 0, 100).Events));
        foreach (var filter in new EventFilter[] { new(Actor: "mokh"), new(Actor: "RUSGOV"), new(Code: "04", Modality: "reported") })
        {
            var expected = EventListing.FromDocuments(reopened, filter, 0, 100);
            Assert.NotEmpty(expected.Events);
            Assert.Equal(Show(expected.Events), Show(reopened.ListEvents(filter, 0, 100).Events));
        }
    }

    private static List<(int Idx, string? Date, string Label)> EventRows(string schema)
    {
        using var c = new NpgsqlConnection(schema);
        c.Open();
        using var cmd = new NpgsqlCommand("SELECT idx, date, json ->> 'label' FROM events WHERE article_id = 'a1' AND version = 1 ORDER BY idx", c);
        var rows = new List<(int, string?, string)>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows.Add((r.GetInt32(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2)));
        }

        return rows;
    }

    private static void Sql(string schema, string sql)
    {
        using var c = new NpgsqlConnection(schema);
        c.Open();
        using var cmd = new NpgsqlCommand(sql, c);
        cmd.ExecuteNonQuery();
    }
}
