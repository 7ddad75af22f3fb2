using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

public sealed partial class SqliteArticleStore
{
    public ICorpusWriter WriteCorpus() => new CorpusWriter(connection);

    /// <summary>
    /// Stages the new snapshot in a temporary table of the store's connection (SQLite keeps temporary tables in a
    /// file, not in memory), one table per writer (writers sharing the connection never meet), then replaces
    /// <c>corpus_items</c> with it in one transaction.
    /// </summary>
    private sealed class CorpusWriter : StagedCorpusWriter
    {
        private static int written;

        private readonly SqliteConnection connection;

        private readonly string table = $"temp.corpus_items_next_{Interlocked.Increment(ref written)}";

        public CorpusWriter(SqliteConnection connection)
        {
            this.connection = connection;
            Execute(connection, $"""
                DROP TABLE IF EXISTS {table};
                CREATE TABLE {table} (kind TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (kind, id));
                """);
        }

        protected override void Stage(IReadOnlyList<StagedItem> items)
        {
            using var tx = connection.BeginTransaction();
            using (var cmd = connection.CreateCommand())
            {
                // JSON given as UTF-8 is bound as its bytes and read as text in the database's encoding (UTF-8), so
                // it is not copied into a string and back.
                cmd.CommandText = $"INSERT INTO {table} (kind, id, json) VALUES ($k, $i, COALESCE($j, CAST($b AS TEXT)))";
                var k = cmd.Parameters.Add("$k", SqliteType.Text);
                var i = cmd.Parameters.Add("$i", SqliteType.Text);
                var j = cmd.Parameters.Add("$j", SqliteType.Text);
                var b = cmd.Parameters.Add("$b", SqliteType.Blob);
                foreach (var item in items)
                {
                    (k.Value, i.Value) = (item.Kind, item.Id);
                    j.Value = (object?)item.Json ?? DBNull.Value;
                    b.Value = (object?)item.Utf8Json ?? DBNull.Value;
                    cmd.ExecuteNonQuery();
                }
            }

            tx.Commit();
        }

        protected override void Read(IReadOnlyList<string> kinds, Action<string, string, string> item)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = $"SELECT id, json FROM {table} WHERE kind = $k ORDER BY id";
            CorpusItemQuery.Run(cmd, cmd.Parameters.Add("$k", SqliteType.Text), kinds, item);
        }

        protected override void Unstage(string kind) =>
            Execute(connection, $"DELETE FROM {table} WHERE kind = $k", ("$k", kind));

        protected override void Replace()
        {
            using (var tx = connection.BeginTransaction())
            {
                Execute(connection, $"""
                    DELETE FROM corpus_items;
                    INSERT INTO corpus_items (kind, id, json) SELECT kind, id, json FROM {table};
                    """);
                tx.Commit();
            }

            Abandon();
        }

        protected override void Abandon() => Execute(connection, $"DROP TABLE IF EXISTS {table}");
    }
}
