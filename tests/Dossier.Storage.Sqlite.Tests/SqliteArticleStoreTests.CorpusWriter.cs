using System.Diagnostics;
using Dossier.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite.Tests;

/// <summary>How SQLite stages a snapshot: in a table of the store's file that takes the place of <c>corpus_items</c>.</summary>
public sealed partial class SqliteArticleStoreTests
{
    [Fact]
    public void A_committed_snapshot_takes_the_place_of_corpus_items_keyed_by_kind_and_id_and_no_staging_table_stays()
    {
        using var store = (SqliteArticleStore)OpenStore();
        for (int round = 0; round < 2; round++)
        {
            using (var abandoned = store.WriteCorpus())
            {
                abandoned.Write("unit", "never", "\"u\"");
                Assert.Equal(2, CorpusTables(store.Path).Count);
            }

            using (var writer = store.WriteCorpus())
            {
                // Written out of key order, read back in it, before and after the commit.
                foreach (string id in new[] { "c", "a", "b" })
                {
                    writer.Write("unit", id, $"\"{id}{round}\"");
                }

                var staged = new List<string>();
                writer.ReadStaged(["unit"], (_, id, _) => staged.Add(id));
                Assert.Equal(["a", "b", "c"], staged);
                writer.Write("unit", "d", "\"late\"");
                writer.Commit();
            }

            Assert.Equal(["corpus_items"], CorpusTables(store.Path));
            Assert.Equal($"\"a{round}\"", store.CorpusItem("unit", "a"));
            Assert.Equal("\"late\"", store.CorpusItem("unit", "d"));
            // The columns are migration 2's, and one unique index on (kind, id) keys them (the old one went with its table).
            Assert.Equal([("kind", 1L), ("id", 1L), ("json", 1L)], Rows(store.Path, "SELECT name, \"notnull\" FROM pragma_table_info('corpus_items') ORDER BY cid", r => (r.GetString(0), r.GetInt64(1))));
            string index = Assert.Single(Rows(store.Path, "SELECT name FROM pragma_index_list('corpus_items') WHERE \"unique\" = 1", r => r.GetString(0)));
            Assert.Equal(["kind", "id"], Rows(store.Path, $"SELECT name FROM pragma_index_info('{index}') ORDER BY seqno", r => r.GetString(0)));
            Assert.Single(Rows(store.Path, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'corpus_items'", r => r.GetString(0)));
        }
    }

    [Fact]
    public void A_staging_table_left_by_a_process_that_ended_is_dropped_by_the_next_writer_and_a_running_ones_is_kept()
    {
        using var store = (SqliteArticleStore)OpenStore();
        using var ended = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        ended.WaitForExit();
        using var running = Process.Start(new ProcessStartInfo("sleep", "120") { UseShellExecute = false })!;
        try
        {
            string[] left = [$"corpus_items_next_{ended.Id}_1", $"corpus_items_next_{running.Id}_1", $"corpus_items_next_{Environment.ProcessId}_999999"];
            foreach (string name in left)
            {
                Sql(store.Path, $"CREATE TABLE {name} (kind TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL); INSERT INTO {name} VALUES ('unit', 'x', '\"u\"')");
            }

            using (var writer = store.WriteCorpus())
            {
                var tables = CorpusTables(store.Path);
                Assert.DoesNotContain(left[0], tables);
                Assert.Contains(left[1], tables);
                Assert.DoesNotContain(left[2], tables);
                Assert.Equal(3, tables.Count);
            }

            Assert.Equal(["corpus_items", left[1]], CorpusTables(store.Path));
        }
        finally
        {
            running.Kill();
            running.WaitForExit();
        }
    }

    [Fact]
    public void An_item_written_twice_fails_the_commit_naming_it_and_the_saved_snapshot_stays_whole()
    {
        using var store = (SqliteArticleStore)OpenStore();
        using (var writer = store.WriteCorpus())
        {
            writer.Write("unit", "a", "\"saved\"");
            writer.Commit();
        }

        using (var writer = store.WriteCorpus())
        {
            writer.Write("unit", "b", "\"new\"");
            writer.Write("story", "story:a", "{}");
            writer.Write("story", "story:a", "{}");
            var error = Assert.Throws<InvalidOperationException>(writer.Commit);
            Assert.Contains("story 'story:a' twice", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal("\"saved\"", store.CorpusItem("unit", "a"));
        Assert.Null(store.CorpusItem("unit", "b"));
        Assert.Equal(["corpus_items"], CorpusTables(store.Path));
    }

    private static List<string> CorpusTables(string path) =>
        Rows(path, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'corpus_items%' ORDER BY name", r => r.GetString(0));

    private static List<T> Rows<T>(string path, string sql, Func<SqliteDataReader, T> read)
    {
        using var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        using var r = cmd.ExecuteReader();
        var rows = new List<T>();
        while (r.Read())
        {
            rows.Add(read(r));
        }

        return rows;
    }
}
