using Dossier.Storage;
using Npgsql;

namespace Dossier.Storage.Postgres;

/// <summary>
/// The change feed over <c>article_changes</c>. A consumer's cursor is a transaction id: a drain takes every change
/// written by a transaction older than the oldest one still running (<c>pg_snapshot_xmin</c>), so all of them have
/// finished and none can still appear below the cursor. A per-consumer advisory lock lets one worker drain at a time.
/// </summary>
public sealed class PostgresChangeFeed : IChangeFeed, IDisposable
{
    private readonly NpgsqlDataSource dataSource;

    private PostgresChangeFeed(NpgsqlDataSource dataSource) => this.dataSource = dataSource;

    public static PostgresChangeFeed Open(string db) => new(PostgresDatabase.Open(db));

    public int Drain(string consumer, Action<IReadOnlyList<ArticleChange>> apply)
    {
        ArgumentException.ThrowIfNullOrEmpty(consumer);
        ArgumentNullException.ThrowIfNull(apply);
        using var connection = dataSource.OpenConnection();
        using var tx = connection.BeginTransaction();
        using (var lockCmd = new NpgsqlCommand("SELECT pg_try_advisory_xact_lock(hashtextextended('dossier.corpus:' || @c, 0))", connection))
        {
            lockCmd.Parameters.AddWithValue("c", consumer);
            if (lockCmd.ExecuteScalar() is not true)
            {
                return -1;
            }
        }

        var changes = new List<ArticleChange>();
        string upto;
        using (var read = new NpgsqlCommand("""
            WITH bounds AS (
                SELECT COALESCE((SELECT upto FROM corpus_cursors WHERE consumer = @c), '0'::xid8) AS lo,
                       pg_snapshot_xmin(pg_current_snapshot()) AS hi)
            SELECT b.hi::text, c.seq, c.article_id, c.version
            FROM bounds b LEFT JOIN article_changes c ON c.xid >= b.lo AND c.xid < b.hi
            ORDER BY c.xid, c.seq
            """, connection))
        {
            read.Parameters.AddWithValue("c", consumer);
            using var r = read.ExecuteReader();
            upto = "0";
            while (r.Read())
            {
                upto = r.GetString(0);
                if (!r.IsDBNull(1))
                {
                    changes.Add(new ArticleChange(r.GetInt64(1), r.GetString(2), r.GetInt32(3)));
                }
            }
        }

        if (changes.Count > 0)
        {
            apply(changes);
        }

        using (var move = new NpgsqlCommand("""
            INSERT INTO corpus_cursors (consumer, upto) VALUES (@c, @upto::xid8)
            ON CONFLICT (consumer) DO UPDATE SET upto = EXCLUDED.upto
            """, connection))
        {
            move.Parameters.AddWithValue("c", consumer);
            move.Parameters.AddWithValue("upto", upto);
            move.ExecuteNonQuery();
        }

        tx.Commit();
        return changes.Count;
    }

    public void Dispose() => dataSource.Dispose();
}
