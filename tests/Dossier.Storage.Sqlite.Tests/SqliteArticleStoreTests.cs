using Dossier.Contracts;
using Dossier.Model;
using Dossier.Storage.Conformance;
using Dossier.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite.Tests;

/// <summary>The store conformance suite against SQLite, plus what is SQLite's own (files, WAL, migrations).</summary>
public sealed partial class SqliteArticleStoreTests : ArticleStoreConformanceTests, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("dossier-sqlite-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private int opened;

    /// <summary>A new database each time, as the PostgreSQL suite's new schema: the first is test.db.</summary>
    protected override IArticleStore OpenStore() =>
        SqliteArticleStore.Open(Path.Combine(folder, opened++ == 0 ? "test.db" : $"test-{opened}.db"));

    protected override IArticleStore Reopen(IArticleStore store) => SqliteArticleStore.Open(((SqliteArticleStore)store).Path);

    [Fact]
    public void A_new_database_is_migrated_to_the_latest_schema_and_uses_WAL()
    {
        using var store = (SqliteArticleStore)OpenStore();

        Assert.True(store.SchemaVersion >= 1);
        Assert.Null(store.MigratedFrom);
        Assert.True(File.Exists(Path.Combine(folder, "test.db-wal")) || File.Exists(Path.Combine(folder, "test.db")));
        using var again = SqliteArticleStore.Open(store.Path);
        Assert.Equal(store.SchemaVersion, again.SchemaVersion);
    }

    [Fact]
    public void Saved_events_get_rows_of_their_own_and_a_store_from_before_migration_4_is_back_filled()
    {
        string path;
        using (var store = (SqliteArticleStore)OpenStore())
        {
            path = store.Path;
            var (record, doc) = Article("a1", "x.txt", "Mokhber and Putin met on Thursday in Astana. Peskov said so.", "h1");
            doc.Events.Add(new EventMention("040", "Consult", new TextSpan(18, 21), "asserted") { Date = "2024-07-04", Sentence = 0 });
            doc.Events.Add(new EventMention("010", "Make statement", new TextSpan(52, 56), "asserted") { Sentence = 1 });
            store.Save(record, doc);
            Assert.Equal(EventRows(path), [(0, "2024-07-04", "Consult"), (1, null, "Make statement")]);
        }

        // As a store written before migration 4: no events table, no date index, no list of words, no pair index, no corpus records.
        Sql(path, "DROP TABLE events; DROP INDEX articles_current_published; DROP TABLE search_terms; DROP TABLE sentence_pairs; DROP TABLE corpus_records; DROP TABLE quotes; DROP TABLE quote_terms; DROP TABLE event_list; DROP TABLE event_actors; DROP TABLE event_terms; DROP TABLE listing_counts; DELETE FROM schema_version WHERE version >= 4");
        using (var reopened = SqliteArticleStore.Open(path))
        {
            Assert.Equal(EventRows(path), [(0, "2024-07-04", "Consult"), (1, null, "Make statement")]);
            Assert.Equal("Peskov said so.", Assert.Single(reopened.Search("pesk")).Text);
            Assert.Equal("Mokhber and Putin met on Thursday in Astana.", Assert.Single(reopened.Search("thurs astan")).Text);
        }
    }

    [Fact]
    public void Phrases_are_read_from_the_pair_index_which_a_store_from_before_migration_6_gets_filled_and_new_versions_keep_current()
    {
        string path;
        using (var store = (SqliteArticleStore)OpenStore())
        {
            path = store.Path;
            var (record, doc) = Article("a1", "x.txt", "Mokhber and Putin met in Astana. Peskov said so.", "h1");
            store.Save(record, doc);
        }

        // As a store written before migration 6 (and so before the corpus records of migration 7 and the quotes of 8).
        Sql(path, "DROP TABLE sentence_pairs; DROP TABLE corpus_records; DROP TABLE quotes; DROP TABLE quote_terms; DROP TABLE event_list; DROP TABLE event_actors; DROP TABLE event_terms; DROP TABLE listing_counts; DELETE FROM schema_version WHERE version >= 6");
        using (var reopened = SqliteArticleStore.Open(path))
        {
            Assert.Equal(2, PairRows(path));
            Assert.Equal("Peskov said so.", Assert.Single(reopened.Search("\"peskov said\"")).Text);
            var (v2, d2) = Article("a1", "x.txt", "Mokhber and Putin met in Sochi. Lavrov said so.", "h2");
            reopened.Save(v2, d2);
            Assert.Empty(reopened.Search("\"peskov said\""));
            Assert.Equal("Lavrov said so.", Assert.Single(reopened.Search("\"lavrov said so\"")).Text);
            Assert.Equal(2, PairRows(path));
        }
    }

    [Fact]
    public void A_store_from_before_migration_8_gets_its_quote_rows_from_the_stored_annotations()
    {
        string path;
        QuotePage before;
        using (var store = (SqliteArticleStore)OpenStore())
        {
            path = store.Path;
            foreach (var (record, doc) in QuotedArticles())
            {
                store.Save(record, doc);
            }

            before = store.ListQuotes(new QuoteFilter(), QuoteOrder.Article, 0, 100);
            Assert.Equal(7, before.Total);
        }

        Sql(path, "DROP TABLE quotes; DROP TABLE quote_terms; DROP TABLE event_list; DROP TABLE event_actors; DROP TABLE event_terms; DROP TABLE listing_counts; DELETE FROM schema_version WHERE version >= 8");
        using var reopened = SqliteArticleStore.Open(path);
        Assert.Equal(7, reopened.MigratedFrom);
        using (var again = SqliteArticleStore.Open(path))
        {
            Assert.Null(again.MigratedFrom);
        }

        var after = reopened.ListQuotes(new QuoteFilter(), QuoteOrder.Article, 0, 100);
        Assert.Equal(before.Total, after.Total);
        Assert.Equal(before.Quotes, after.Quotes);
        foreach (var filter in new QuoteFilter[] { new(), new(Speaker: "pesk"), new(Outlet: "GUARD", Verb: "warn"), new(Verb: "deni") })
        {
            var expected = QuoteListing.FromDocuments(reopened, filter, QuoteOrder.Speaker, 0, 100);
            Assert.NotEmpty(expected.Quotes);
            Assert.Equal(expected.Quotes, reopened.ListQuotes(filter, QuoteOrder.Speaker, 0, 100).Quotes);
        }
    }

    [Fact]
    public void A_store_from_before_migration_10_gets_its_event_rows_from_the_stored_events()
    {
        string path;
        string before;
        using (var store = (SqliteArticleStore)OpenStore())
        {
            path = store.Path;
            foreach (var (record, doc) in EventedArticles())
            {
                store.Save(record, doc);
            }

            var listed = store.ListEvents(new EventFilter(), 0, 100);
            Assert.Equal(5, listed.Total);
            before = Show(listed.Events);
        }

        Sql(path, "DROP TABLE event_list; DROP TABLE event_actors; DROP TABLE event_terms; DROP TABLE listing_counts; DELETE FROM schema_version WHERE version >= 10");
        using var reopened = SqliteArticleStore.Open(path);
        Assert.Equal(before, Show(reopened.ListEvents(new EventFilter(), 0, 100).Events));
        foreach (var filter in new EventFilter[] { new(Actor: "mokh"), new(Actor: "RUSGOV"), new(Code: "04", Modality: "reported") })
        {
            var expected = EventListing.FromDocuments(reopened, filter, 0, 100);
            Assert.NotEmpty(expected.Events);
            Assert.Equal(Show(expected.Events), Show(reopened.ListEvents(filter, 0, 100).Events));
        }
    }

    [Fact]
    public void A_common_phrase_beside_a_rare_word_is_found_by_FTS5_once_the_pair_index_has_offered_too_many_sentences_without_it()
    {
        using var store = OpenStore();
        var (old, oldDoc) = Article("a1", "old.txt", "The talks resumed in Vienna. Nothing else.", "h1");
        store.Save(old, oldDoc);
        string common = string.Join(' ', Enumerable.Range(0, 1_500).Select(i => "The talks went on for round " + i + "."));
        var (recent, recentDoc) = Article("a2", "recent.txt", common, "h2");
        store.Save(recent, recentDoc);

        // The pair index offers 1,500 newer sentences with "the talks", none with "vienna"; the old one is still found.
        Assert.Equal("The talks resumed in Vienna.", Assert.Single(store.Search("\"the talks\" vienna")).Text);
        Assert.Equal(["round 7."], store.Search("\"the talks\" \"round 7\"").Select(h => h.Text[^8..]));
    }

    [Fact]
    public void The_timeline_query_reads_current_articles_through_the_date_index()
    {
        using var store = (SqliteArticleStore)OpenStore();
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = store.Path, Pooling = false }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            EXPLAIN QUERY PLAN SELECT id, version, title, published, published_to FROM articles
            WHERE is_current = 1 AND COALESCE(published, published_to) BETWEEN '2024-07-01' AND '2024-07-07'
            ORDER BY COALESCE(published, published_to), source
            """;
        var plan = new List<string>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            plan.Add(r.GetString(3));
        }

        Assert.Contains(plan, p => p.Contains("USING COVERING INDEX articles_current_published", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, p => p.Contains("TEMP B-TREE", StringComparison.Ordinal));
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
    [InlineData("Jalali", "\"jalali\"*")]
    [InlineData("\"not the case\" Jalali", "\"jalali\"* AND \"not the case\"")]
    [InlineData("NEAR(a b)", "\"neara\"* AND \"b\"*")]
    [InlineData("Pezeshkián \"", "\"pezeshkian\"*")]
    [InlineData("\" \" ()", "\"\"")]
    public void Queries_become_safe_FTS5_expressions(string query, string expected)
    {
        Assert.Equal(expected, SqliteArticleStore.ToFtsQuery(query));
    }

    [Fact]
    public void The_annotation_JSON_is_stored_as_text_as_the_contract_writes_it_for_a_large_article_and_a_smaller_one_saved_after_it()
    {
        // The save writes the JSON into a buffer it keeps between saves: a smaller article after a larger one must not
        // carry the larger one's tail, and text beyond ASCII (accents, Cyrillic, curly quotes, an emoji) keeps its bytes.
        using var store = (SqliteArticleStore)OpenStore();
        const string Sentence = "Zarīf met Лавров in Tehran, “it went well” 😀 and Peskov said so. ";
        var (big, bigDoc) = Article("a1", "big.txt", string.Concat(Enumerable.Repeat(Sentence, 300)).TrimEnd(), "h1");
        var (small, smallDoc) = Article("a2", "small.txt", Sentence.TrimEnd(), "h2");
        store.Save(big, bigDoc);
        store.Save(small, smallDoc);

        string bigJson = DocumentJsonWriter.ToJson(bigDoc, includeText: false);
        Assert.True(bigJson.Length > 85_000, "the large article's JSON is a large object");
        Assert.Equal(("text", bigJson), StoredAnnotationJson(store.Path, "a1"));
        Assert.Equal(("text", DocumentJsonWriter.ToJson(smallDoc, includeText: false)), StoredAnnotationJson(store.Path, "a2"));
        Assert.Contains("Лавров", StoredAnnotationJson(store.Path, "a2").Json, StringComparison.Ordinal);
    }

    private static (string Type, string Json) StoredAnnotationJson(string path, string id)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT typeof(json), json FROM annotations WHERE article_id = $id AND version = 1";
        cmd.Parameters.AddWithValue("$id", id);
        using var r = cmd.ExecuteReader();
        Assert.True(r.Read());
        return (r.GetString(0), r.GetString(1));
    }

    private static List<(long Idx, string? Date, string Label)> EventRows(string path) =>
        Rows(path, "SELECT idx, date, json_extract(json, '$.label') FROM events WHERE article_id = 'a1' AND version = 1 ORDER BY idx",
            r => (r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2)));

    private static void Sql(string path, string sql)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static int PairRows(string path) => (int)Rows(path, "SELECT COUNT(*) FROM sentence_pairs", r => r.GetInt64(0)).Single();
}
