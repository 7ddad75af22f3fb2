using System.Globalization;
using System.Text.Json;
using Dossier.Contracts;
using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Model;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, schema migrations on open, one transaction per article, FTS5 over
/// sentences of current versions.
/// </summary>
public sealed partial class SqliteArticleStore : IArticleStore, IEntityDecisionStore
{
    private readonly SqliteConnection connection;

    private SqliteArticleStore(SqliteConnection connection) => this.connection = connection;

    public string Path { get; private init; } = string.Empty;

    /// <summary>The schema version the store had when this opened it, if opening brought it up to date; null when it was new or already current.</summary>
    public int? MigratedFrom { get; private init; }

    /// <summary>Opens (creating if needed) the database at <paramref name="path"/> and brings its schema up to date.</summary>
    public static SqliteArticleStore Open(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        string? dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (dir is not null && !Directory.Exists(dir))
        {
            throw new DirectoryNotFoundException($"DOS0801: the folder of the database {path} does not exist.");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        int? migratedFrom;
        try
        {
            connection.Open();
            // A 32 MB page cache (the default is 2 MB): the interior pages of the FTS5 index and of the tables that a
            // search and a timeline descend stay in memory in a store of many gigabytes.
            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -32768;");
            PhrasePairs.Register(connection);
            RegisterQuoteFunctions(connection);
            migratedFrom = Migrate(connection, path);
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new InvalidDataException($"DOS0802: {path} is not a Dossier database or cannot be opened: {ex.Message}", ex);
        }

        return new SqliteArticleStore(connection) { Path = path, MigratedFrom = migratedFrom };
    }

    public int SchemaVersion => Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);

    public ArticleRecord? FindBySource(string source) =>
        QueryArticles("WHERE source = $key AND is_current = 1", ("$key", source)).FirstOrDefault();

    public SaveOutcome Save(ArticleRecord article, Document annotated)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(annotated);
        using var tx = connection.BeginTransaction();
        var current = QueryArticles("WHERE source = $key AND is_current = 1", ("$key", article.Source)).FirstOrDefault();
        if (current is not null && string.Equals(current.ContentHash, article.ContentHash, StringComparison.Ordinal))
        {
            return SaveOutcome.Unchanged;
        }

        string id = current?.Id ?? article.Id;
        int version = current is null ? 1 : Versions(current.Id).Max(v => v.Version) + 1;
        int quotes = 0, events = 0;
        if (current is not null)
        {
            Execute(connection, "UPDATE articles SET is_current = 0 WHERE id = $id", ("$id", id));
            Execute(connection, "DELETE FROM sentence_pairs WHERE rowid IN (SELECT rowid FROM sentence_text WHERE article_id = $id)", ("$id", id));
            Execute(connection, "DELETE FROM sentence_text WHERE article_id = $id", ("$id", id));
            quotes -= Execute(connection, "DELETE FROM quotes WHERE article_id = $id", ("$id", id));
            events -= Execute(connection, "DELETE FROM event_list WHERE article_id = $id", ("$id", id));
            Execute(connection, "DELETE FROM event_actors WHERE article_id = $id", ("$id", id));
        }

        var saved = article with { Id = id, Version = version };
        InsertArticle(saved);
        InsertAnnotations(id, version, annotated);
        quotes += InsertQuotes(saved, annotated);
        events += InsertEventList(saved, annotated);
        CountListed(quotes, events);
        tx.Commit();
        return current is null ? SaveOutcome.Inserted : SaveOutcome.NewVersion;
    }

    public IReadOnlyList<ArticleRecord> ListArticles() =>
        QueryArticles("WHERE is_current = 1 ORDER BY COALESCE(published, published_to, '9999') , source");

    public IReadOnlyList<ArticleRecord> ListArticles(int skip, int take)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        // Dated articles, then undated ones, each range read in the order of the index articles_current_published
        // (ordering by the expression ListArticles() sorts on would sort every current row, body included, per page).
        var page = QueryArticles(
            "WHERE is_current = 1 AND COALESCE(published, published_to) IS NOT NULL ORDER BY COALESCE(published, published_to), source LIMIT $take OFFSET $skip",
            ("$take", take), ("$skip", skip));
        if (page.Count < take)
        {
            using var cmd = connection.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM articles WHERE is_current = 1 AND COALESCE(published, published_to) IS NOT NULL";
            long dated = Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            page.AddRange(QueryArticles(
                "WHERE is_current = 1 AND COALESCE(published, published_to) IS NULL ORDER BY source LIMIT $take OFFSET $skip",
                ("$take", take - page.Count), ("$skip", Math.Max(0, skip - dated))));
        }

        return page;
    }

    public int CountArticles()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT count(*) FROM articles WHERE is_current = 1";
        return Convert.ToInt32(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public IReadOnlyList<ArticleVersion> CurrentVersions()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT id, version FROM articles WHERE is_current = 1";
        using var r = cmd.ExecuteReader();
        return ArticleVersion.ReadAll(r);
    }

    public ArticleRecord? FindArticle(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var exact = QueryArticles("WHERE is_current = 1 AND (id = $key OR source = $key)", ("$key", key));
        if (exact.Count > 0)
        {
            return exact[0];
        }

        // Only sources containing the key can end in it: their ids and sources are read (from the index
        // articles_current_published, not the rows with their bodies), the exact file-name rule applied, and the one
        // match read whole.
        var byName = new List<string>();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "SELECT id, source FROM articles WHERE is_current = 1 AND instr(source, $key) > 0";
            cmd.Parameters.AddWithValue("$key", key);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                if (SourceNames.Names(r.GetString(1), key))
                {
                    byName.Add(r.GetString(0));
                }
            }
        }

        return byName.Count == 1 ? QueryArticles("WHERE is_current = 1 AND id = $key", ("$key", byName[0])).FirstOrDefault() : null;
    }

    public IReadOnlyList<ArticleHead> ArticleHeads(IReadOnlyCollection<string> ids) => ArticleReads.HeadsInOrder(ids, distinct =>
    {
        // The columns before the body only: a row's body (and what follows it) is mostly in overflow pages, not read.
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT id, version, source, content_hash, title, outlet, url, published, published_from, published_to,
                   dateline, byline, wire, language, captions
            FROM articles WHERE is_current = 1 AND id IN (SELECT value FROM json_each($ids))
            """;
        cmd.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(distinct));
        var heads = new List<ArticleHead>(distinct.Count);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            heads.Add(new ArticleHead(r.GetString(0), r.GetInt32(1), Metadata(r)));
        }

        return heads;
    });

    public IReadOnlyList<string?> BodySpans(IReadOnlyList<ArticleSpan> spans) => ArticleReads.Spans(spans, asked =>
    {
        // Each span's article's body up to the span's end, counted in code points (never fewer UTF-16 units).
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT CAST(j.key AS INTEGER), substr(a.body, 1, json_extract(j.value, '$[1]'))
            FROM json_each($spans) j JOIN articles a ON a.id = json_extract(j.value, '$[0]') AND a.is_current = 1
            """;
        cmd.Parameters.AddWithValue("$spans", JsonSerializer.Serialize(asked.Select(s => new object[] { s.Article, Math.Max(0, s.End) })));
        var found = new List<(int, string)>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            found.Add((r.GetInt32(0), r.GetString(1)));
        }

        return found;
    });

    public IReadOnlyList<ArticleRecord> Versions(string articleId) =>
        QueryArticles("WHERE id = $key ORDER BY version", ("$key", articleId));

    public AnnotationCounts CountAnnotations(ArticleRecord article) =>
        AnnotationJson(article) is { } json ? AnnotationCounts.Read(json) : default;

    public Document LoadDocument(ArticleRecord article)
    {
        if (AnnotationJson(article) is not { } json)
        {
            return new Document(article.Id, article.Body, article.Metadata);
        }

        using var parsed = JsonDocument.Parse(json);
        return DocumentJsonReader.Read(parsed.RootElement, article.Body, article.Metadata);
    }

    /// <summary>
    /// A stored version's annotation JSON as the UTF-8 bytes SQLite keeps, or null when it has none: parsed from them,
    /// not read as a string, which would be a second, twice as large copy (≈ 330 KB for an average article, on the
    /// large-object heap), one per document the corpus rebuild reads.
    /// </summary>
    private byte[]? AnnotationJson(ArticleRecord article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT json FROM annotations WHERE article_id = $id AND version = $v";
        cmd.Parameters.AddWithValue("$id", article.Id);
        cmd.Parameters.AddWithValue("$v", article.Version);
        using var reader = cmd.ExecuteReader();
        return reader.Read() && !reader.IsDBNull(0) ? reader.GetFieldValue<byte[]>(0) : null;
    }

    /// <summary>
    /// Ranks only the <see cref="SearchBounds.Candidates"/> matching sentences stored last (the newest), so that a search
    /// costs the same whatever the store's size: FTS5 finds them newest first and stops there; they are ranked here
    /// (<see cref="SearchQuery.Score"/>: bm25 would count every match in the store for its word weights), and only the
    /// hits returned get a snippet.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, int limit = 20) => Search(query, limit, snippets: true);

    /// <summary>
    /// <see cref="Search(string, int)"/> without snippets: each hit's place is read from its sentence's row without
    /// FTS5's snippet, which runs the query again for each hit (≈ 0.3 ms a hit at 100,000
    /// articles: 400 hits took 70–180 ms with snippets).
    /// </summary>
    public IReadOnlyList<SearchHit> FindSentences(string query, int limit = 20) => Search(query, limit, snippets: false);

    private List<SearchHit> Search(string query, int limit, bool snippets)
    {
        ArgumentNullException.ThrowIfNull(query);
        var parsed = SearchQuery.Parse(query);
        if (parsed.IsEmpty || limit < 1)
        {
            return [];
        }

        string fts = ToFtsQuery(parsed, TermsStartingWith);

        var candidates = Candidates(parsed, fts, SearchBounds.For(limit));
        if (candidates.Count == 0)
        {
            return [];
        }

        // Lower is better, as with FTS5's bm25; ties by place in the corpus, as the PostgreSQL store breaks them.
        double average = candidates.Average(c => c.Terms.Count);
        var best = candidates
            .Select(c => (Candidate: c, Rank: -parsed.Score(c.Terms, average)))
            .OrderBy(c => c.Rank).ThenBy(c => c.Candidate.Article, StringComparer.Ordinal).ThenBy(c => c.Candidate.Idx)
            .Take(limit).ToList();

        // The same row either way; only a snippet needs the query matched again.
        using var hit = connection.CreateCommand();
        hit.CommandText = $"""
            SELECT s.start, s."end", {(snippets ? "snippet(sentence_text, 0, '[', ']', '…', 24)" : "''")}
            FROM sentence_text t JOIN sentences s ON s.article_id = t.article_id AND s.version = t.version AND s.idx = t.idx
            WHERE {(snippets ? "sentence_text MATCH $q AND " : string.Empty)}t.rowid = $row
            """;
        if (snippets)
        {
            hit.Parameters.AddWithValue("$q", fts);
        }

        var row = hit.Parameters.Add("$row", SqliteType.Integer);
        var hits = new List<SearchHit>(best.Count);
        foreach (var (c, rank) in best)
        {
            row.Value = c.Row;
            using var r = hit.ExecuteReader();
            if (r.Read())
            {
                hits.Add(new SearchHit(c.Article, c.Version, c.Idx, r.GetInt32(0), r.GetInt32(1), c.Text, r.GetString(2), rank));
            }
        }

        return hits;
    }

    public IReadOnlyList<StoredDiagnostic> Diagnostics()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            SELECT d.article_id, d.version, d.code, d.stage, d.message FROM diagnostics d
            JOIN articles a ON a.id = d.article_id AND a.version = d.version AND a.is_current = 1
            ORDER BY d.article_id, d.rowid
            """;
        var list = new List<StoredDiagnostic>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new StoredDiagnostic(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetString(4)));
        }

        return list;
    }

    public byte[]? CorpusRecord(ArticleVersion article, string producer) => RecordBytes(article, producer, null);

    /// <summary>
    /// The record's first bytes, cut by SQLite (<c>substr</c>): a record of the longest articles is hundreds of
    /// kilobytes, and carrying it whole into a .NET array cost ≈ 0.3 ms where reading its start costs a few microseconds.
    /// </summary>
    public byte[]? CorpusRecordStart(ArticleVersion article, string producer, int length) => RecordBytes(article, producer, Math.Max(0, length));

    /// <summary>A kept record's bytes, all of them or its first <paramref name="length"/>.</summary>
    private byte[]? RecordBytes(ArticleVersion article, string producer, int? length)
    {
        ArgumentNullException.ThrowIfNull(producer);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {(length is null ? "data" : "substr(data, 1, $n)")} FROM corpus_records WHERE article_id = $id AND version = $v AND producer = $p";
        cmd.Parameters.AddWithValue("$id", article.Id);
        cmd.Parameters.AddWithValue("$v", article.Version);
        cmd.Parameters.AddWithValue("$p", producer);
        if (length is int n)
        {
            cmd.Parameters.AddWithValue("$n", n);
        }

        return cmd.ExecuteScalar() as byte[];
    }

    public void SaveCorpusRecords(string producer, IReadOnlyList<CorpusRecordBlob> records)
    {
        ArgumentNullException.ThrowIfNull(producer);
        ArgumentNullException.ThrowIfNull(records);
        using var tx = connection.BeginTransaction();
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = "INSERT OR REPLACE INTO corpus_records (article_id, version, producer, data) VALUES ($id, $v, $p, $d)";
            var id = cmd.Parameters.Add("$id", SqliteType.Text);
            var v = cmd.Parameters.Add("$v", SqliteType.Integer);
            cmd.Parameters.AddWithValue("$p", producer);
            var d = cmd.Parameters.Add("$d", SqliteType.Blob);
            foreach (var record in records)
            {
                (id.Value, v.Value, d.Value) = (record.Article.Id, record.Article.Version, record.Data);
                cmd.ExecuteNonQuery();
            }
        }

        tx.Commit();
    }

    public string? CorpusItem(string kind, string id)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT json FROM corpus_items WHERE kind = $k AND id = $i";
        cmd.Parameters.AddWithValue("$k", kind);
        cmd.Parameters.AddWithValue("$i", id);
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

        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT id, json FROM corpus_items WHERE kind = $k AND id IN (SELECT value FROM json_each($ids))";
        cmd.Parameters.AddWithValue("$k", kind);
        cmd.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(ids.Distinct(StringComparer.Ordinal)));
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
        // A deferred transaction reads every kind from the state the first read sees (write-ahead log).
        using var tx = connection.BeginTransaction(deferred: true);
        using var cmd = connection.CreateCommand();
        cmd.Transaction = tx;
        // Ids compare as their UTF-8 bytes (the BINARY collation); the empty string precedes every id.
        cmd.CommandText = "SELECT id, json FROM corpus_items WHERE kind = $k AND id >= $f ORDER BY id LIMIT $n";
        cmd.Parameters.AddWithValue("$n", limit ?? -1);
        cmd.Parameters.AddWithValue("$f", from ?? string.Empty);
        CorpusItemQuery.Run(cmd, cmd.Parameters.Add("$k", SqliteType.Text), kinds, item);
        tx.Commit();
    }

    public EntityDecision AddEntityDecision(EntityDecision decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var stored = decision with { At = decision.At == default ? DateTimeOffset.UtcNow : decision.At };
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO entity_decisions (at, json) VALUES ($at, $json) RETURNING seq";
        cmd.Parameters.AddWithValue("$at", stored.At.ToString("O", System.Globalization.CultureInfo.InvariantCulture));
        cmd.Parameters.AddWithValue("$json", EntityJson.Serialize(stored with { Sequence = 0 }));
        long seq = Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        return stored with { Sequence = seq };
    }

    public IReadOnlyList<EntityDecision> EntityDecisions()
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT seq, json FROM entity_decisions ORDER BY seq";
        var list = new List<EntityDecision>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(EntityJson.DeserializeDecision(r.GetString(1)) with { Sequence = r.GetInt64(0) });
        }

        return list;
    }

    public void Dispose() => connection.Dispose();

    /// <summary>
    /// Turns what a person types into an FTS5 query: words are matched as prefixes and all must occur; a phrase in
    /// double quotes stays a phrase. The input is read by <see cref="SearchQuery.Parse"/>, as the PostgreSQL store reads
    /// it, so FTS5 operators in it are words, never syntax.
    /// </summary>
    internal static string ToFtsQuery(string query) => ToFtsQuery(SearchQuery.Parse(query), _ => null);

    /// <summary>
    /// As <see cref="ToFtsQuery(string)"/>, with each prefix replaced by the words it stands for when
    /// <paramref name="expand"/> knows them (null: leave it a prefix).
    /// </summary>
    internal static string ToFtsQuery(SearchQuery query, Func<string, IReadOnlyList<string>?> expand)
    {
        var parts = query.Prefixes
            .Select(w => expand(w) is { Count: > 0 } terms ? "(" + string.Join(" OR ", terms.Select(t => "\"" + t + "\"")) + ")" : "\"" + w + "\"*")
            .Concat(query.Phrases.Select(p => "\"" + string.Join(' ', p) + "\""))
            .ToList();
        return parts.Count == 0 ? "\"\"" : string.Join(" AND ", parts);
    }

    /// <summary>
    /// The stored words that start with a (folded) prefix, or null when there are none or more than a query should list:
    /// the prefix then stays a prefix for FTS5, which also finds words the list may lack (it folds the accents of more
    /// scripts than <see cref="SearchTokens"/>, so such a word is listed in a form that starts differently).
    /// </summary>
    private List<string>? TermsStartingWith(string prefix)
    {
        const int Most = 64;
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT term FROM search_terms WHERE term >= $p AND term < $end LIMIT $most";
        cmd.Parameters.AddWithValue("$p", prefix);
        cmd.Parameters.AddWithValue("$end", prefix + char.ConvertFromUtf32(0x10FFFF));
        cmd.Parameters.AddWithValue("$most", Most + 1);
        var terms = new List<string>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            terms.Add(r.GetString(0));
        }

        return terms.Count is 0 or > Most ? null : terms;
    }

    private void InsertArticle(ArticleRecord a)
    {
        var m = a.Metadata;
        Execute(connection, """
            INSERT INTO articles (id, version, source, content_hash, is_current, title, outlet, url, published, published_from,
                published_to, dateline, byline, wire, language, captions, body, ingested_at)
            VALUES ($id, $version, $source, $hash, 1, $title, $outlet, $url, $published, $from, $to, $dateline, $byline, $wire,
                $language, $captions, $body, $ingested)
            """,
            ("$id", a.Id), ("$version", a.Version), ("$source", a.Source), ("$hash", a.ContentHash), ("$title", m.Title),
            ("$outlet", m.Outlet), ("$url", m.Url), ("$published", Iso(m.Published)), ("$from", Iso(m.PublishedRange?.Earliest)),
            ("$to", Iso(m.PublishedRange?.Latest)), ("$dateline", m.Dateline), ("$byline", m.Byline), ("$wire", m.Wire),
            ("$language", m.Language), ("$captions", JsonSerializer.Serialize(m.Captions)), ("$body", a.Body),
            ("$ingested", a.IngestedAt.ToString("O", CultureInfo.InvariantCulture)));
    }

    private void InsertAnnotations(string id, int version, Document doc)
    {
        InsertAnnotationJson(id, version, doc);
        using (var cmd = connection.CreateCommand())
        {
            cmd.CommandText = """
                INSERT INTO sentences (article_id, version, idx, start, "end") VALUES ($id, $v, $i, $s, $e);
                INSERT INTO sentence_text (text, article_id, version, idx) VALUES ($text, $id, $v, $i);
                INSERT INTO sentence_pairs (rowid, pairs) VALUES (last_insert_rowid(), dossier_pairs($text));
                """;
            var pi = cmd.Parameters.Add("$i", SqliteType.Integer);
            var ps = cmd.Parameters.Add("$s", SqliteType.Integer);
            var pe = cmd.Parameters.Add("$e", SqliteType.Integer);
            var pt = cmd.Parameters.Add("$text", SqliteType.Text);
            cmd.Parameters.AddWithValue("$id", id);
            cmd.Parameters.AddWithValue("$v", version);
            var spans = SearchUnits.Of(doc);
            for (int i = 0; i < spans.Count; i++)
            {
                pi.Value = i;
                ps.Value = spans[i].Start;
                pe.Value = spans[i].End;
                pt.Value = doc.Text[spans[i].Start..spans[i].End];
                cmd.ExecuteNonQuery();
            }

            // The words of the sentences, for prefix searches (migration 5).
            using var terms = connection.CreateCommand();
            terms.CommandText = "INSERT OR IGNORE INTO search_terms (term) VALUES ($t)";
            var term = terms.Parameters.Add("$t", SqliteType.Text);
            foreach (string t in spans.SelectMany(s => SearchTokens.Tokenize(doc.Text[s.Start..s.End])).Select(t => t.Term).Distinct(StringComparer.Ordinal))
            {
                term.Value = t;
                terms.ExecuteNonQuery();
            }
        }

        // The events as the annotation JSON has them, one row each, for timelines (migration 4).
        Execute(connection, """
            INSERT INTO events (article_id, version, idx, date, json)
            SELECT n.article_id, n.version, e.key, json_extract(e.value, '$.date'), e.value
            FROM annotations n, json_each(n.json, '$.events') e
            WHERE n.article_id = $id AND n.version = $v
            """, ("$id", id), ("$v", version));

        foreach (var d in doc.Diagnostics)
        {
            Execute(connection, "INSERT INTO diagnostics (article_id, version, code, stage, message) VALUES ($id, $v, $c, $s, $m)",
                ("$id", id), ("$v", version), ("$c", d.Code), ("$s", d.Stage), ("$m", d.Message));
        }
    }

    private List<ArticleRecord> QueryArticles(string where, params (string Name, object? Value)[] parameters)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT id, version, source, content_hash, title, outlet, url, published, published_from, published_to,
                   dateline, byline, wire, language, captions, body, ingested_at
            FROM articles {where}
            """;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        var list = new List<ArticleRecord>();
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            list.Add(new ArticleRecord(r.GetString(0), r.GetInt32(1), r.GetString(3), Metadata(r), r.GetString(15),
                DateTimeOffset.Parse(r.GetString(16), CultureInfo.InvariantCulture)));
        }

        return list;
    }

    /// <summary>An article row's metadata (<see cref="QueryArticles"/>'s columns: <see cref="ArticleReads.Metadata"/>), its dates stored as ISO text.</summary>
    private static ArticleMetadata Metadata(SqliteDataReader r) => ArticleReads.Metadata(r, ParseDate);

    private static DateOnly? ParseDate(System.Data.Common.DbDataReader r, int i) =>
        r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd.ExecuteScalar();
    }

    /// <summary>Runs a statement; how many rows it changed.</summary>
    private static int Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd.ExecuteNonQuery();
    }

    /// <summary>
    /// Applies the migrations the store lacks, each in its own transaction; the version it had, or null when it was new
    /// or current. A store that already held a schema is told about on standard error first: a migration that fills new
    /// tables from the stored articles reads each of them once (schemas 8–10 took 38 minutes over 100,000 articles).
    /// </summary>
    private static int? Migrate(SqliteConnection connection, string path)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL, applied_at TEXT NOT NULL)");
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_version";
        int current = Convert.ToInt32(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        var pending = Migrations.All.Where(m => m.Version > current).OrderBy(m => m.Version).ToList();
        if (pending.Count == 0)
        {
            return null;
        }

        if (current > 0)
        {
            Console.Error.WriteLine(FormattableString.Invariant(
                $"DOS0848: updating the store {path} from schema {current} to {pending[^1].Version}; new tables are filled from the stored articles, once (this can take minutes on a large store)."));
        }

        foreach (var (version, sql) in pending)
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, sql);
            Execute(connection, "INSERT INTO schema_version (version, applied_at) VALUES ($v, $t)", ("$v", version),
                ("$t", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture)));
            tx.Commit();
        }

        return current == 0 ? null : current;
    }
}
