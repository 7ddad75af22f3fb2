using Npgsql;
using NpgsqlTypes;

namespace Dossier.Storage.Postgres;

public sealed partial class PostgresArticleStore
{
    /// <summary>
    /// Stages the new snapshot in a temporary table of a connection the writer holds (so workers building at once
    /// never see each other's items), copied in batches; the commit locks <c>corpus_items</c>, replaces its rows with
    /// the staged ones in one transaction, and drops the staging.
    /// </summary>
    private sealed class CorpusWriter : StagedCorpusWriter
    {
        private readonly NpgsqlConnection connection;

        public CorpusWriter(NpgsqlConnection connection)
        {
            this.connection = connection;
            try
            {
                Run("DROP TABLE IF EXISTS pg_temp.corpus_items_next; CREATE TEMP TABLE corpus_items_next (kind text NOT NULL, id text NOT NULL, json jsonb NOT NULL, PRIMARY KEY (kind, id))");
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        protected override void Stage(IReadOnlyList<StagedItem> items)
        {
            using var import = connection.BeginBinaryImport("COPY pg_temp.corpus_items_next (kind, id, json) FROM STDIN (FORMAT BINARY)");
            foreach (var item in items)
            {
                import.StartRow();
                import.Write(item.Kind, NpgsqlDbType.Text);
                import.Write(item.Id, NpgsqlDbType.Text);
                import.Write(item.Text, NpgsqlDbType.Jsonb);
            }

            import.Complete();
        }

        protected override void Read(IReadOnlyList<string> kinds, Action<string, string, string> item)
        {
            using var cmd = new NpgsqlCommand("SELECT id, json::text FROM pg_temp.corpus_items_next WHERE kind = @k ORDER BY id COLLATE \"C\"", connection);
            CorpusItemQuery.Run(cmd, cmd.Parameters.Add("k", NpgsqlDbType.Text), kinds, item);
        }

        protected override void Unstage(string kind)
        {
            using var cmd = new NpgsqlCommand("DELETE FROM pg_temp.corpus_items_next WHERE kind = @k", connection);
            cmd.Parameters.AddWithValue("k", kind);
            cmd.ExecuteNonQuery();
        }

        protected override void Replace()
        {
            using (var tx = connection.BeginTransaction())
            {
                using var cmd = new NpgsqlCommand("""
                    LOCK TABLE corpus_items IN EXCLUSIVE MODE;
                    DELETE FROM corpus_items;
                    INSERT INTO corpus_items (kind, id, json) SELECT kind, id, json FROM pg_temp.corpus_items_next;
                    """, connection, tx);
                cmd.ExecuteNonQuery();
                tx.Commit();
            }

            Abandon();
        }

        protected override void Abandon()
        {
            try
            {
                Run("DROP TABLE IF EXISTS pg_temp.corpus_items_next");
            }
            finally
            {
                connection.Dispose();
            }
        }

        private void Run(string sql)
        {
            using var cmd = new NpgsqlCommand(sql, connection);
            cmd.ExecuteNonQuery();
        }
    }
}
