using Dossier.Storage;
using Npgsql;

namespace Dossier.Storage.Postgres;

/// <summary>
/// The work queue in PostgreSQL: jobs are claimed with <c>FOR UPDATE SKIP LOCKED</c> (workers never wait on each other
/// nor take the same job while its lease lasts), leases are renewed by heartbeat, and a job whose lease has run out is
/// claimed again. All times are the server's, so the workers' clocks do not matter.
/// </summary>
public sealed class PostgresWorkQueue : IWorkQueue
{
    private const int EnqueueChunk = 500;
    private readonly NpgsqlDataSource dataSource;

    private PostgresWorkQueue(NpgsqlDataSource dataSource) => this.dataSource = dataSource;

    /// <summary>Connects and brings the schema up to date (the queue lives beside the articles).</summary>
    public static PostgresWorkQueue Open(string db) => new(PostgresDatabase.Open(db));

    public int Enqueue(IEnumerable<WorkItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        int added = 0;
        foreach (var chunk in items.Chunk(EnqueueChunk))
        {
            using var cmd = dataSource.CreateCommand("""
                INSERT INTO jobs (source, content_hash, format, given, text)
                SELECT s, h, f, g::jsonb, t FROM unnest(@sources, @hashes, @formats, @given, @texts) AS i(s, h, f, g, t)
                ON CONFLICT (source, content_hash) DO NOTHING
                """);
            cmd.Parameters.AddWithValue("sources", chunk.Select(i => i.Source).ToArray());
            cmd.Parameters.AddWithValue("hashes", chunk.Select(i => i.ContentHash).ToArray());
            cmd.Parameters.AddWithValue("formats", chunk.Select(i => i.Format).ToArray());
            cmd.Parameters.AddWithValue("given", chunk.Select(i => GivenMetadataJson.Write(i.Given)).ToArray());
            cmd.Parameters.AddWithValue("texts", chunk.Select(i => i.Text).ToArray());
            added += cmd.ExecuteNonQuery();
        }

        return added;
    }

    public IReadOnlyList<ClaimedJob> Claim(string owner, int max, TimeSpan lease)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        using var cmd = dataSource.CreateCommand("""
            UPDATE jobs j SET state = 'running', lease_owner = @owner, lease_until = now() + @lease, attempts = j.attempts + 1
            FROM (SELECT id FROM jobs
                  WHERE state = 'queued' OR (state = 'running' AND lease_until < now())
                  ORDER BY id LIMIT @max FOR UPDATE SKIP LOCKED) c
            WHERE j.id = c.id
            RETURNING j.id, j.source, j.text, j.given::text, j.content_hash, j.format, j.attempts
            """);
        cmd.Parameters.AddWithValue("owner", owner);
        cmd.Parameters.AddWithValue("lease", lease);
        cmd.Parameters.AddWithValue("max", max);
        var jobs = new List<ClaimedJob>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            var item = new WorkItem(r.GetString(1), r.GetString(2), GivenMetadataJson.Read(r.GetString(3)), r.GetString(4), r.GetString(5));
            jobs.Add(new ClaimedJob(r.GetInt64(0), item, r.GetInt32(6)));
        }

        jobs.Sort((a, b) => a.Id.CompareTo(b.Id));
        return jobs;
    }

    public int Heartbeat(string owner, TimeSpan lease)
    {
        using var cmd = dataSource.CreateCommand("UPDATE jobs SET lease_until = now() + @lease WHERE lease_owner = @owner AND state = 'running'");
        cmd.Parameters.AddWithValue("owner", owner);
        cmd.Parameters.AddWithValue("lease", lease);
        return cmd.ExecuteNonQuery();
    }

    public void Complete(long jobId, string articleId, SaveOutcome outcome)
    {
        // Whoever finishes a job marks it done, even if its lease passed to another worker meanwhile: the article is
        // stored either way, and the other worker's save of the same content changes nothing. The input text is
        // dropped (the store holds the article); source and hash stay, so the same input is not queued again.
        using var cmd = dataSource.CreateCommand("""
            UPDATE jobs SET state = 'done', finished_at = now(), article_id = @article, outcome = @outcome, lease_owner = NULL,
                lease_until = NULL, error = NULL, text = ''
            WHERE id = @id AND state <> 'done'
            """);
        cmd.Parameters.AddWithValue("id", jobId);
        cmd.Parameters.AddWithValue("article", articleId);
        cmd.Parameters.AddWithValue("outcome", outcome.ToString().ToLowerInvariant());
        cmd.ExecuteNonQuery();
    }

    public void Fail(string owner, long jobId, string error, bool retry)
    {
        using var cmd = dataSource.CreateCommand("""
            UPDATE jobs SET state = CASE WHEN @retry THEN 'queued' ELSE 'failed' END, error = @error, lease_owner = NULL,
                lease_until = NULL, finished_at = CASE WHEN @retry THEN NULL ELSE now() END
            WHERE id = @id AND lease_owner = @owner AND state = 'running'
            """);
        cmd.Parameters.AddWithValue("id", jobId);
        cmd.Parameters.AddWithValue("owner", owner);
        cmd.Parameters.AddWithValue("error", error);
        cmd.Parameters.AddWithValue("retry", retry);
        cmd.ExecuteNonQuery();
    }

    public int Release(string owner, IEnumerable<long> jobIds)
    {
        using var cmd = dataSource.CreateCommand("""
            UPDATE jobs SET state = 'queued', lease_owner = NULL, lease_until = NULL, attempts = GREATEST(attempts - 1, 0)
            WHERE id = ANY(@ids) AND lease_owner = @owner AND state = 'running'
            """);
        cmd.Parameters.AddWithValue("ids", jobIds.ToArray());
        cmd.Parameters.AddWithValue("owner", owner);
        return cmd.ExecuteNonQuery();
    }

    public QueueCounts Counts()
    {
        using var cmd = dataSource.CreateCommand("""
            SELECT count(*) FILTER (WHERE state = 'queued'), count(*) FILTER (WHERE state = 'running'),
                   count(*) FILTER (WHERE state = 'done'), count(*) FILTER (WHERE state = 'failed')
            FROM jobs
            """);
        using var r = cmd.ExecuteReader();
        r.Read();
        return new QueueCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3));
    }

    public void Dispose() => dataSource.Dispose();
}
