using System.Text.Json;
using Dossier.Contracts;
using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Model;
using Npgsql;
using NpgsqlTypes;

namespace Dossier.Storage.Postgres;

/// <summary>
/// The store for teams and firehoses: PostgreSQL with migrations on open, one transaction per article, and search
/// over the sentences of current versions with tsvector and ranking. Same contract, ordering, search semantics and
/// versioning as the SQLite store; safe to use from several processes at once (saves of one source are serialised
/// by an advisory lock, so two workers saving the same input store it once).
/// </summary>
public sealed partial class PostgresArticleStore : IArticleStore, IEntityDecisionStore
{
    /// <summary>The columns of <see cref="Columns"/> up to the body: what <see cref="ArticleRows.Metadata"/> reads.</summary>
    private const string HeadColumns = """
        id, version, source, content_hash, title, outlet, url, published, published_from, published_to,
        dateline, byline, wire, language, captions::text
        """;

    private const string Columns = HeadColumns + ", body, ingested_at";

    private readonly NpgsqlDataSource dataSource;

    private PostgresArticleStore(NpgsqlDataSource dataSource, string db)
    {
        this.dataSource = dataSource;
        ConnectionString = db;
    }

    /// <summary>The connection string or URL the store was opened with.</summary>
    public string ConnectionString { get; }

    /// <summary>Connects (pooled) and brings the schema up to date; throws DOS1003 with what to do when it cannot.</summary>
    public static PostgresArticleStore Open(string db) => new(PostgresDatabase.Open(db), db);

    public int SchemaVersion => PostgresDatabase.SchemaVersion(dataSource);

    public ArticleRecord? FindBySource(string source)
    {
        using var connection = dataSource.OpenConnection();
        return QueryArticles(connection, "WHERE source = @key AND is_current", ("key", source)).FirstOrDefault();
    }

    public SaveOutcome Save(ArticleRecord article, Document annotated)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(annotated);
        using var connection = dataSource.OpenConnection();
        using var tx = connection.BeginTransaction();

        // Serialise saves of one source across connections and machines: the check below and the insert are then one
        // step. The lock and the check travel in one round trip, as do all the inserts (a worker's time is mostly waits).
        ArticleRecord? current;
        using (var check = new NpgsqlBatch(connection))
        {
            var lockSource = new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(hashtextextended(@source, 0))");
            lockSource.Parameters.AddWithValue("source", article.Source);
            var find = new NpgsqlBatchCommand($"SELECT {Columns} FROM articles WHERE source = @key AND is_current");
            find.Parameters.AddWithValue("key", article.Source);
            check.BatchCommands.Add(lockSource);
            check.BatchCommands.Add(find);
            using var r = check.ExecuteReader();
            r.NextResult();
            current = r.Read() ? ArticleRows.Read(r) : null;
        }

        if (current is not null && string.Equals(current.ContentHash, article.ContentHash, StringComparison.Ordinal))
        {
            return SaveOutcome.Unchanged;
        }

        string id = current?.Id ?? article.Id;
        int version = 1;
        if (current is not null)
        {
            using var retire = new NpgsqlCommand("""
                SELECT MAX(version) FROM articles WHERE id = @id;
                UPDATE articles SET is_current = false WHERE id = @id AND is_current;
                UPDATE sentences SET is_current = false WHERE article_id = @id AND is_current;
                DELETE FROM quotes WHERE article_id = @id;
                DELETE FROM event_list WHERE article_id = @id;
                DELETE FROM event_actors WHERE article_id = @id;
                """, connection);
            retire.Parameters.AddWithValue("id", id);
            version = Convert.ToInt32(retire.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) + 1;
        }

        using (var insert = new NpgsqlBatch(connection))
        {
            var saved = article with { Id = id, Version = version };
            insert.BatchCommands.Add(InsertArticle(saved));
            AddAnnotations(insert, id, version, annotated);
            AddQuotes(insert, saved, annotated);
            AddEventList(insert, saved, annotated);
            var change = new NpgsqlBatchCommand("INSERT INTO article_changes (article_id, version) VALUES (@id, @v)");
            change.Parameters.AddWithValue("id", id);
            change.Parameters.AddWithValue("v", version);
            insert.BatchCommands.Add(change);
            insert.ExecuteNonQuery();
        }

        tx.Commit();
        return current is null ? SaveOutcome.Inserted : SaveOutcome.NewVersion;
    }

    public IReadOnlyList<ArticleRecord> ListArticles()
    {
        using var connection = dataSource.OpenConnection();

        // COLLATE "C" compares bytes, as SQLite's BINARY collation does, whatever the database's locale.
        return QueryArticles(connection, "WHERE is_current ORDER BY COALESCE(published, published_to) NULLS LAST, source COLLATE \"C\"");
    }

    public IReadOnlyList<ArticleRecord> ListArticles(int skip, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        using var connection = dataSource.OpenConnection();
        return QueryArticles(connection, "WHERE is_current ORDER BY COALESCE(published, published_to) NULLS LAST, source COLLATE \"C\" LIMIT @take OFFSET @skip", ("take", take), ("skip", skip));
    }

    public int CountArticles()
    {
        using var connection = dataSource.OpenConnection();
        using var cmd = new NpgsqlCommand("SELECT count(*) FROM articles WHERE is_current", connection);
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<ArticleVersion> CurrentVersions()
    {
        using var connection = dataSource.OpenConnection();
        using var cmd = new NpgsqlCommand("SELECT id, version FROM articles WHERE is_current", connection);
        using var r = cmd.ExecuteReader();
        return ArticleVersion.ReadAll(r);
    }

    public ArticleRecord? FindArticle(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        using var connection = dataSource.OpenConnection();
        var exact = QueryArticles(connection, "WHERE is_current AND (id = @key OR source = @key) ORDER BY (id = @key) DESC, source COLLATE \"C\"", ("key", key));
        if (exact.Count > 0)
        {
            return exact[0];
        }

        // Only sources containing the key can end in it: filter in the server, then apply the exact file-name rule.
        var byName = QueryArticles(connection, "WHERE is_current AND strpos(source, @key) > 0", ("key", key)).Where(a => SourceNames.Names(a.Source, key)).ToList();
        return byName.Count == 1 ? byName[0] : null;
    }

    public IReadOnlyList<ArticleHead> ArticleHeads(IReadOnlyCollection<string> ids) => ArticleReads.HeadsInOrder(ids, distinct =>
    {
        // The columns before the body only: the body is not read (nor detoasted).
        using var connection = dataSource.OpenConnection();
        using var cmd = new NpgsqlCommand($"SELECT {HeadColumns} FROM articles WHERE is_current AND id = ANY(@ids)", connection);
        cmd.Parameters.AddWithValue("ids", distinct.ToArray());
        var heads = new List<ArticleHead>(distinct.Count);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            heads.Add(new ArticleHead(r.GetString(0), r.GetInt32(1), ArticleRows.Metadata(r)));
        }

        return heads;
    });

    public IReadOnlyList<string?> BodySpans(IReadOnlyList<ArticleSpan> spans) => ArticleReads.Spans(spans, asked =>
    {
        // Each span's article's body up to the span's end, counted in code points (never fewer UTF-16 units).
        using var connection = dataSource.OpenConnection();
        using var cmd = new NpgsqlCommand("""
            SELECT s.n, left(a.body, s.e)
            FROM unnest(@articles, @ends) WITH ORDINALITY AS s(article, e, n) JOIN articles a ON a.id = s.article AND a.is_current
            """, connection);
        cmd.Parameters.AddWithValue("articles", asked.Select(s => s.Article).ToArray());
        cmd.Parameters.AddWithValue("ends", asked.Select(s => Math.Max(0, s.End)).ToArray());
        var found = new List<(int, string)>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            found.Add(((int)r.GetInt64(0) - 1, r.GetString(1)));
        }

        return found;
    });

    public IReadOnlyList<ArticleRecord> Versions(string articleId)
    {
        using var connection = dataSource.OpenConnection();
        return QueryArticles(connection, "WHERE id = @key ORDER BY version", ("key", articleId));
    }

    public AnnotationCounts CountAnnotations(ArticleRecord article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // Counted by the server from the stored jsonb: only three numbers come back.
        using var cmd = dataSource.CreateCommand("""
            SELECT COALESCE(jsonb_array_length(json -> 'entities'), 0), COALESCE(jsonb_array_length(json -> 'quotes'), 0),
                   COALESCE(jsonb_array_length(json -> 'events'), 0)
            FROM annotations WHERE article_id = @id AND version = @v
            """);
        cmd.Parameters.AddWithValue("id", article.Id);
        cmd.Parameters.AddWithValue("v", article.Version);
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? new AnnotationCounts(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2)) : default;
    }

    public Document LoadDocument(ArticleRecord article)
    {
        ArgumentNullException.ThrowIfNull(article);
        // The annotation JSON comes as UTF-8 bytes and is parsed from them: as a string it would be twice their size
        // (≈ 330 KB for an average article, on the large-object heap), one per document the corpus rebuild reads.
        using var cmd = dataSource.CreateCommand("SELECT convert_to(json::text, 'UTF8') FROM annotations WHERE article_id = @id AND version = @v");
        cmd.Parameters.AddWithValue("id", article.Id);
        cmd.Parameters.AddWithValue("v", article.Version);
        if (cmd.ExecuteScalar() is not byte[] json)
        {
            return new Document(article.Id, article.Body, article.Metadata);
        }

        using var parsed = JsonDocument.Parse(json);
        return DocumentJsonReader.Read(parsed.RootElement, article.Body, article.Metadata);
    }

    public IReadOnlyList<SearchHit> Search(string query, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty || limit < 1)
        {
            return [];
        }

        // Only the newest matches are ranked (SearchBounds): ts_rank reads each ranked sentence's vector, so ranking
        // every match would cost in proportion to the store. The rank is negated so that, as with SQLite's bm25, lower
        // is better; ties are broken by place in the corpus.
        using var cmd = dataSource.CreateCommand("""
            SELECT article_id, version, idx, start, "end", text, -ts_rank(tsv, q) AS rank
            FROM (SELECT article_id, version, idx, start, "end", text, tsv FROM sentences, CAST(@q AS tsquery) AS m
                  WHERE is_current AND tsv @@ m ORDER BY seq DESC LIMIT @candidates) c, CAST(@q AS tsquery) AS q
            ORDER BY rank, article_id COLLATE "C", idx
            LIMIT @limit
            """);
        cmd.Parameters.AddWithValue("q", parsed.ToTsQuery());
        cmd.Parameters.AddWithValue("candidates", SearchBounds.For(limit));
        cmd.Parameters.AddWithValue("limit", limit);
        var hits = new List<SearchHit>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string text = r.GetString(5);
            hits.Add(new SearchHit(r.GetString(0), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), text, parsed.Snippet(text), r.GetFloat(6)));
        }

        return hits;
    }

    public IReadOnlyList<StoredDiagnostic> Diagnostics()
    {
        using var cmd = dataSource.CreateCommand("""
            SELECT d.article_id, d.version, d.code, d.stage, d.message FROM diagnostics d
            JOIN articles a ON a.id = d.article_id AND a.version = d.version AND a.is_current
            ORDER BY d.article_id COLLATE "C", d.seq
            """);
        var list = new List<StoredDiagnostic>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new StoredDiagnostic(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetString(4)));
        }

        return list;
    }

    public ICorpusWriter WriteCorpus() => new CorpusWriter(dataSource.OpenConnection());

    public byte[]? CorpusRecord(ArticleVersion article, string producer) => RecordBytes(article, producer, null);

    /// <summary>The record's first bytes, cut by PostgreSQL (<c>substring</c>, which decompresses only the start of a stored value).</summary>
    public byte[]? CorpusRecordStart(ArticleVersion article, string producer, int length) => RecordBytes(article, producer, Math.Max(0, length));

    /// <summary>A kept record's bytes, all of them or its first <paramref name="length"/>.</summary>
    private byte[]? RecordBytes(ArticleVersion article, string producer, int? length)
    {
        ArgumentNullException.ThrowIfNull(producer);
        using var cmd = dataSource.CreateCommand(
            $"SELECT {(length is null ? "data" : "substring(data FROM 1 FOR @n)")} FROM corpus_records WHERE article_id = @id AND version = @v AND producer = @p");
        cmd.Parameters.AddWithValue("id", article.Id);
        cmd.Parameters.AddWithValue("v", article.Version);
        cmd.Parameters.AddWithValue("p", producer);
        if (length is int n)
        {
            cmd.Parameters.AddWithValue("n", n);
        }

        return cmd.ExecuteScalar() as byte[];
    }

    public void SaveCorpusRecords(string producer, IReadOnlyList<CorpusRecordBlob> records)
    {
        ArgumentNullException.ThrowIfNull(producer);
        ArgumentNullException.ThrowIfNull(records);
        using var connection = dataSource.OpenConnection();
        using var tx = connection.BeginTransaction();
        using (var insert = new NpgsqlCommand(
            "INSERT INTO corpus_records (article_id, version, producer, data) VALUES (@id, @v, @p, @d) "
            + "ON CONFLICT (article_id) DO UPDATE SET version = EXCLUDED.version, producer = EXCLUDED.producer, data = EXCLUDED.data", connection, tx))
        {
            var id = insert.Parameters.Add("id", NpgsqlTypes.NpgsqlDbType.Text);
            var v = insert.Parameters.Add("v", NpgsqlTypes.NpgsqlDbType.Integer);
            insert.Parameters.AddWithValue("p", producer);
            var d = insert.Parameters.Add("d", NpgsqlTypes.NpgsqlDbType.Bytea);
            foreach (var record in records)
            {
                (id.Value, v.Value, d.Value) = (record.Article.Id, record.Article.Version, record.Data);
                insert.ExecuteNonQuery();
            }
        }

        tx.Commit();
    }

    public string? CorpusItem(string kind, string id)
    {
        using var cmd = dataSource.CreateCommand("SELECT json::text FROM corpus_items WHERE kind = @k AND id = @i");
        cmd.Parameters.AddWithValue("k", kind);
        cmd.Parameters.AddWithValue("i", id);
        return cmd.ExecuteScalar() as string;
    }

    public IReadOnlyDictionary<string, string> CorpusItems(string kind, IReadOnlyCollection<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var items = new Dictionary<string, string>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return items;
        }

        using var cmd = dataSource.CreateCommand("SELECT id, json::text FROM corpus_items WHERE kind = @k AND id = ANY(@ids)");
        cmd.Parameters.AddWithValue("k", kind);
        cmd.Parameters.AddWithValue("ids", ids.Distinct(StringComparer.Ordinal).ToArray());
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            items.Add(r.GetString(0), r.GetString(1));
        }

        return items;
    }

    public void ReadCorpusItems(IReadOnlyList<string> kinds, Action<string, string, string> item, int? limit = null, string? from = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(limit ?? 0, nameof(limit));
        // Repeatable read: every kind comes from the state the first query sees.
        using var connection = dataSource.OpenConnection();
        using var tx = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
        // LIMIT NULL reads them all.
        using var cmd = new NpgsqlCommand("SELECT id, json::text FROM corpus_items WHERE kind = @k AND id COLLATE \"C\" >= @f ORDER BY id COLLATE \"C\" LIMIT @n", connection, tx);
        cmd.Parameters.Add(new NpgsqlParameter("n", NpgsqlDbType.Bigint) { Value = limit is int n ? (long)n : DBNull.Value });
        cmd.Parameters.Add(new NpgsqlParameter("f", NpgsqlDbType.Text) { Value = from ?? string.Empty });
        CorpusItemQuery.Run(cmd, cmd.Parameters.Add("k", NpgsqlDbType.Text), kinds, item);
        tx.Commit();
    }

    public EntityDecision AddEntityDecision(EntityDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var stored = decision with { At = decision.At == default ? DateTimeOffset.UtcNow : decision.At };
        using var cmd = dataSource.CreateCommand("INSERT INTO entity_decisions (at, json) VALUES (@at, @json::jsonb) RETURNING seq");
        cmd.Parameters.AddWithValue("at", stored.At.ToUniversalTime());
        cmd.Parameters.AddWithValue("json", EntityJson.Serialize(stored with { Sequence = 0 }));
        long seq = Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        return stored with { Sequence = seq };
    }

    public IReadOnlyList<EntityDecision> EntityDecisions()
    {
        using var cmd = dataSource.CreateCommand("SELECT seq, json::text FROM entity_decisions ORDER BY seq");
        var list = new List<EntityDecision>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(EntityJson.DeserializeDecision(r.GetString(1)) with { Sequence = r.GetInt64(0) });
        }

        return list;
    }

    public void Dispose() => dataSource.Dispose();

    private static NpgsqlBatchCommand InsertArticle(ArticleRecord a)
    {
        var m = a.Metadata;
        var cmd = new NpgsqlBatchCommand("""
            INSERT INTO articles (id, version, source, content_hash, is_current, title, outlet, url, published, published_from,
                published_to, dateline, byline, wire, language, captions, body, ingested_at)
            VALUES (@id, @version, @source, @hash, true, @title, @outlet, @url, @published, @from, @to, @dateline, @byline, @wire,
                @language, @captions::jsonb, @body, @ingested)
            """);
        var p = cmd.Parameters;
        p.AddWithValue("id", a.Id);
        p.AddWithValue("version", a.Version);
        p.AddWithValue("source", a.Source);
        p.AddWithValue("hash", a.ContentHash);
        p.AddWithValue("title", NpgsqlDbType.Text, (object?)m.Title ?? DBNull.Value);
        p.AddWithValue("outlet", NpgsqlDbType.Text, (object?)m.Outlet ?? DBNull.Value);
        p.AddWithValue("url", NpgsqlDbType.Text, (object?)m.Url ?? DBNull.Value);
        p.AddWithValue("published", NpgsqlDbType.Date, (object?)m.Published ?? DBNull.Value);
        p.AddWithValue("from", NpgsqlDbType.Date, (object?)m.PublishedRange?.Earliest ?? DBNull.Value);
        p.AddWithValue("to", NpgsqlDbType.Date, (object?)m.PublishedRange?.Latest ?? DBNull.Value);
        p.AddWithValue("dateline", NpgsqlDbType.Text, (object?)m.Dateline ?? DBNull.Value);
        p.AddWithValue("byline", NpgsqlDbType.Text, (object?)m.Byline ?? DBNull.Value);
        p.AddWithValue("wire", NpgsqlDbType.Text, (object?)m.Wire ?? DBNull.Value);
        p.AddWithValue("language", NpgsqlDbType.Text, (object?)m.Language ?? DBNull.Value);
        p.AddWithValue("captions", JsonSerializer.Serialize(m.Captions));
        p.AddWithValue("body", a.Body);

        // timestamptz keeps microseconds in UTC; the offset the caller used is not kept (ingest uses UTC).
        p.AddWithValue("ingested", a.IngestedAt.ToUniversalTime());
        return cmd;
    }

    private static void AddAnnotations(NpgsqlBatch batch, string id, int version, Document doc)
    {
        string json = DocumentJsonWriter.ToJson(doc, includeText: false);
        var spans = SearchUnits.Of(doc);
        var texts = spans.Select(s => doc.Text[s.Start..s.End]).ToArray();
        var annotations = new NpgsqlBatchCommand("INSERT INTO annotations (article_id, version, json) VALUES (@id, @v, @json::jsonb)");
        annotations.Parameters.AddWithValue("id", id);
        annotations.Parameters.AddWithValue("v", version);
        annotations.Parameters.AddWithValue("json", json);
        batch.BatchCommands.Add(annotations);

        // The events as the annotation JSON has them, one row each, for timelines (migration 4).
        var events = new NpgsqlBatchCommand("""
            INSERT INTO events (article_id, version, idx, date, json)
            SELECT @id, @v, e.idx - 1, e.value ->> 'date', e.value
            FROM jsonb_array_elements(CAST(@json AS jsonb) -> 'events') WITH ORDINALITY AS e(value, idx)
            """);
        events.Parameters.AddWithValue("id", id);
        events.Parameters.AddWithValue("v", version);
        events.Parameters.AddWithValue("json", json);
        batch.BatchCommands.Add(events);

        // One statement for all sentences: arrays unnested on the server.
        var sentences = new NpgsqlBatchCommand("""
            INSERT INTO sentences (article_id, version, idx, start, "end", text, tsv, is_current)
            SELECT @id, @v, s.idx - 1, s.start, s."end", s.text, s.tsv::tsvector, true
            FROM unnest(@starts, @ends, @texts, @tsvs) WITH ORDINALITY AS s(start, "end", text, tsv, idx)
            """);
        sentences.Parameters.AddWithValue("id", id);
        sentences.Parameters.AddWithValue("v", version);
        sentences.Parameters.AddWithValue("starts", spans.Select(s => s.Start).ToArray());
        sentences.Parameters.AddWithValue("ends", spans.Select(s => s.End).ToArray());
        sentences.Parameters.AddWithValue("texts", texts);
        sentences.Parameters.AddWithValue("tsvs", texts.Select(SearchTokens.ToTsVector).ToArray());
        batch.BatchCommands.Add(sentences);

        if (doc.Diagnostics.Count > 0)
        {
            var diagnostics = new NpgsqlBatchCommand("""
                INSERT INTO diagnostics (article_id, version, seq, code, stage, message)
                SELECT @id, @v, d.seq, d.code, d.stage, d.message
                FROM unnest(@codes, @stages, @messages) WITH ORDINALITY AS d(code, stage, message, seq)
                """);
            diagnostics.Parameters.AddWithValue("id", id);
            diagnostics.Parameters.AddWithValue("v", version);
            diagnostics.Parameters.AddWithValue("codes", doc.Diagnostics.Select(d => d.Code).ToArray());
            diagnostics.Parameters.AddWithValue("stages", doc.Diagnostics.Select(d => d.Stage).ToArray());
            diagnostics.Parameters.AddWithValue("messages", doc.Diagnostics.Select(d => d.Message).ToArray());
            batch.BatchCommands.Add(diagnostics);
        }
    }

    private static List<ArticleRecord> QueryArticles(NpgsqlConnection connection, string where, params (string Name, object? Value)[] parameters)
    {
        using var cmd = new NpgsqlCommand($"SELECT {Columns} FROM articles {where}", connection);
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var list = new List<ArticleRecord>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(ArticleRows.Read(r));
        }

        return list;
    }
}
