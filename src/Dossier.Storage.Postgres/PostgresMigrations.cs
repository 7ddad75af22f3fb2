namespace Dossier.Storage.Postgres;

/// <summary>
/// The schema, as numbered migrations applied in order under an advisory lock (several workers may start at once),
/// each in its own transaction. Never edit a shipped migration: add one.
/// </summary>
/// <remarks>
/// Every article table is keyed by <c>article_id</c> first so that Citus can distribute them all on it and co-locate
/// an article's rows on one shard (docs/scaling.md). Tables live in the first schema of the connection's search path.
/// </remarks>
internal static class PostgresMigrations
{
    /// <summary>The advisory lock key that serialises migrations ("dossier" in ASCII, as a number).</summary>
    public const long LockKey = 0x646F7373696572;

    public static readonly IReadOnlyList<(int Version, string Sql)> All =
    [
        (1, """
            CREATE TABLE articles (
                id text NOT NULL,
                version integer NOT NULL,
                source text NOT NULL,
                content_hash text NOT NULL,
                is_current boolean NOT NULL,
                title text, outlet text, url text,
                published date, published_from date, published_to date,
                dateline text, byline text, wire text, language text,
                captions jsonb NOT NULL DEFAULT '[]',
                body text NOT NULL,
                ingested_at timestamptz NOT NULL,
                PRIMARY KEY (id, version)
            );
            -- One current version per source and per article; the save path also takes an advisory lock per source.
            -- (On Citus only the second can stay: a unique index must hold the distribution column, docs/scaling.md.)
            CREATE UNIQUE INDEX articles_current_source ON articles (source) WHERE is_current;
            CREATE UNIQUE INDEX articles_current_id ON articles (id) WHERE is_current;
            CREATE INDEX articles_current_published ON articles ((COALESCE(published, published_to))) WHERE is_current;
            CREATE TABLE sentences (
                article_id text NOT NULL,
                version integer NOT NULL,
                idx integer NOT NULL,
                start integer NOT NULL,
                "end" integer NOT NULL,
                text text NOT NULL,
                -- Built by Dossier's own tokenizer (letters and digits, lower case, diacritics folded), so that search
                -- means the same as in the SQLite store whatever the server's locale and text search configuration.
                tsv tsvector NOT NULL,
                is_current boolean NOT NULL,
                PRIMARY KEY (article_id, version, idx),
                FOREIGN KEY (article_id, version) REFERENCES articles (id, version) ON DELETE CASCADE
            );
            CREATE INDEX sentences_current_tsv ON sentences USING gin (tsv) WHERE is_current;
            CREATE TABLE annotations (
                article_id text NOT NULL,
                version integer NOT NULL,
                json jsonb NOT NULL,
                PRIMARY KEY (article_id, version),
                FOREIGN KEY (article_id, version) REFERENCES articles (id, version) ON DELETE CASCADE
            );
            CREATE TABLE diagnostics (
                article_id text NOT NULL,
                version integer NOT NULL,
                seq integer NOT NULL,
                code text NOT NULL,
                stage text NOT NULL,
                message text NOT NULL,
                PRIMARY KEY (article_id, version, seq),
                FOREIGN KEY (article_id, version) REFERENCES articles (id, version) ON DELETE CASCADE
            );
            -- What landed, for corpus stages that run incrementally. Each change carries the id of the transaction that
            -- wrote it; a consumer's cursor is a transaction id below which every writer has finished, so a change that
            -- commits late (a lower seq committing after a higher one) is never skipped (PostgresChangeFeed).
            CREATE TABLE article_changes (
                seq bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                article_id text NOT NULL,
                version integer NOT NULL,
                xid xid8 NOT NULL DEFAULT pg_current_xact_id(),
                changed_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE INDEX article_changes_xid ON article_changes (xid);
            CREATE TABLE corpus_cursors (
                consumer text PRIMARY KEY,
                upto xid8 NOT NULL
            );
            -- The work queue: one row per input; a worker holds a job while its lease lasts and renews it by heartbeat.
            CREATE TABLE jobs (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                source text NOT NULL,
                content_hash text NOT NULL,
                format text NOT NULL,
                given jsonb NOT NULL,
                text text NOT NULL,
                state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
                attempts integer NOT NULL DEFAULT 0,
                lease_owner text,
                lease_until timestamptz,
                enqueued_at timestamptz NOT NULL DEFAULT now(),
                finished_at timestamptz,
                article_id text,
                outcome text,
                error text,
                UNIQUE (source, content_hash)
            );
            CREATE INDEX jobs_waiting ON jobs (id) WHERE state IN ('queued', 'running');
            """),
        (2, """
            CREATE TABLE corpus_items (
                kind text NOT NULL,
                id text NOT NULL,
                json jsonb NOT NULL,
                PRIMARY KEY (kind, id)
            );
            """),
        (3, """
            CREATE TABLE entity_decisions (
                seq bigserial PRIMARY KEY,
                at timestamptz NOT NULL,
                json jsonb NOT NULL
            );
            """),
        (4, """
            -- Each stored version's events in their own rows (written at save time), so that a timeline reads the
            -- events of the articles in its window without reading each article's whole annotation JSON.
            CREATE TABLE events (
                article_id text NOT NULL,
                version integer NOT NULL,
                idx integer NOT NULL,
                date text,
                json jsonb NOT NULL,
                PRIMARY KEY (article_id, version, idx),
                FOREIGN KEY (article_id, version) REFERENCES articles (id, version) ON DELETE CASCADE
            );
            INSERT INTO events (article_id, version, idx, date, json)
                SELECT n.article_id, n.version, e.idx - 1, e.value ->> 'date', e.value
                FROM annotations n, jsonb_array_elements(n.json -> 'events') WITH ORDINALITY AS e(value, idx);
            -- The order sentences were stored in: search ranks only the newest matches (SearchBounds), as SQLite's
            -- FTS5 row ids do. Existing rows are numbered in the order of their articles' saves, as near as known.
            ALTER TABLE sentences ADD COLUMN seq bigint;
            CREATE SEQUENCE sentences_seq OWNED BY sentences.seq;
            UPDATE sentences s SET seq = o.n FROM (
                SELECT x.article_id, x.version, x.idx, row_number() OVER (ORDER BY a.ingested_at, x.article_id, x.version, x.idx) AS n
                FROM sentences x JOIN articles a ON a.id = x.article_id AND a.version = x.version) o
            WHERE s.article_id = o.article_id AND s.version = o.version AND s.idx = o.idx;
            SELECT setval('sentences_seq', COALESCE((SELECT MAX(seq) FROM sentences), 0) + 1, false);
            ALTER TABLE sentences ALTER COLUMN seq SET DEFAULT nextval('sentences_seq'), ALTER COLUMN seq SET NOT NULL;
            """),
        (5, """
            -- Each current article's corpus record (ArticleCorpusRecordCodec): what the corpus stages need of it, so a
            -- rebuild reads a few KB per article instead of loading its document. A cache: kept by the rebuild for the
            -- articles it had to load, under the build that encoded it (producer); one per article.
            CREATE TABLE corpus_records (
                article_id text NOT NULL PRIMARY KEY,
                version integer NOT NULL,
                producer text NOT NULL,
                data bytea NOT NULL,
                FOREIGN KEY (article_id, version) REFERENCES articles (id, version) ON DELETE CASCADE
            );
            """),
        (6, """
            -- Each current article's quotes in their own rows (written at save time, replaced with each new version),
            -- with what a listing shows and filters on and the article's place in the articles' order (day, source),
            -- so that /api/quotes and /quotes read a page of rows instead of every article's annotations. Only quotes
            -- whose span lies in the body (saves count UTF-16 units, as the documents do; this fill counts characters,
            -- which differs only in a body with characters beyond the Basic Multilingual Plane).
            CREATE TABLE quotes (
                article_id text NOT NULL,
                idx integer NOT NULL,
                version integer NOT NULL,
                day date,
                source text NOT NULL,
                start integer NOT NULL,
                "end" integer NOT NULL,
                text text NOT NULL,
                kind text NOT NULL,
                speaker text, speaker_entity text, verb text, verb_class text, outlet text, published text,
                PRIMARY KEY (article_id, idx),
                FOREIGN KEY (article_id, version) REFERENCES articles (id, version) ON DELETE CASCADE
            );
            CREATE INDEX quotes_in_order ON quotes (day NULLS LAST, source COLLATE "C", idx);
            CREATE INDEX quotes_by_speaker ON quotes ((COALESCE(speaker, U&'\FFFF') COLLATE "C"), outlet COLLATE "C" NULLS FIRST,
                day NULLS LAST, source COLLATE "C", idx);
            INSERT INTO quotes (article_id, idx, version, day, source, start, "end", text, kind, speaker, speaker_entity, verb,
                verb_class, outlet, published)
            SELECT a.id, q.idx - 1, a.version, COALESCE(a.published, a.published_to), a.source,
                (q.value ->> 'start')::integer, (q.value ->> 'end')::integer, q.value ->> 'text', q.value ->> 'kind',
                CASE WHEN (q.value -> 'speaker' ->> 'start')::integer >= 0
                    AND (q.value -> 'speaker' ->> 'end')::integer >= (q.value -> 'speaker' ->> 'start')::integer
                    AND (q.value -> 'speaker' ->> 'end')::integer <= length(a.body)
                    THEN q.value -> 'speaker' ->> 'text' END,
                q.value -> 'speaker' ->> 'entity', q.value ->> 'verb', q.value ->> 'verb_class', COALESCE(a.outlet, a.wire),
                to_char(a.published, 'YYYY-MM-DD')
            FROM articles a JOIN annotations n ON n.article_id = a.id AND n.version = a.version,
                jsonb_array_elements(n.json -> 'quotes') WITH ORDINALITY AS q(value, idx)
            WHERE a.is_current AND (q.value ->> 'start')::integer >= 0 AND (q.value ->> 'end')::integer >= (q.value ->> 'start')::integer
                AND (q.value ->> 'end')::integer <= length(a.body);
            """),
        (7, """
            -- Each current article's events in listing rows (written at save time, replaced with each new version):
            -- what /api/events and /events show and the order they list them in (date, undated last, then the
            -- articles' order), so that a page is read, not every article's annotations; each event's actors in rows of
            -- their own for the actor filter. Filled from the stored events (migration 4) of current versions whose
            -- trigger lies in the body (counted in characters here, in UTF-16 units by saves: see migration 6); the
            -- unit is the event's sentence, else the stored unit (sentence or line) that holds the trigger's start.
            CREATE TABLE event_list (
                article_id text NOT NULL,
                idx integer NOT NULL,
                version integer NOT NULL,
                date_key text NOT NULL,
                day date,
                source text NOT NULL,
                code text NOT NULL,
                label text NOT NULL,
                modality text NOT NULL,
                date text,
                trigger_start integer NOT NULL,
                trigger_end integer NOT NULL,
                trigger_text text NOT NULL,
                evidence_start integer NOT NULL,
                evidence_end integer NOT NULL,
                sources jsonb NOT NULL,
                targets jsonb NOT NULL,
                outlet text,
                PRIMARY KEY (article_id, idx),
                FOREIGN KEY (article_id, version) REFERENCES articles (id, version) ON DELETE CASCADE
            );
            CREATE TABLE event_actors (article_id text NOT NULL, idx integer NOT NULL, text text NOT NULL, entity text, code text);
            INSERT INTO event_list (article_id, idx, version, date_key, day, source, code, label, modality, date, trigger_start,
                trigger_end, trigger_text, evidence_start, evidence_end, sources, targets, outlet)
            SELECT v.article_id, v.idx, v.version, COALESCE(v.date, '9999'), v.day, v.source, v.code, v.label, v.modality, v.date,
                v.ts, v.te, v.tt,
                COALESCE(
                    (SELECT s.start FROM sentences s WHERE s.article_id = v.article_id AND s.version = v.version AND v.sentence >= 0 AND s.idx = v.sentence),
                    (SELECT s.start FROM sentences s WHERE s.article_id = v.article_id AND s.version = v.version AND s.start <= v.ts AND v.ts < s."end" ORDER BY s.idx LIMIT 1),
                    v.ts),
                COALESCE(
                    (SELECT s."end" FROM sentences s WHERE s.article_id = v.article_id AND s.version = v.version AND v.sentence >= 0 AND s.idx = v.sentence),
                    (SELECT s."end" FROM sentences s WHERE s.article_id = v.article_id AND s.version = v.version AND s.start <= v.ts AND v.ts < s."end" ORDER BY s.idx LIMIT 1),
                    v.te),
                (SELECT COALESCE(jsonb_agg(jsonb_build_object('text', x ->> 'text', 'entity', x -> 'entity', 'code', x -> 'code') ORDER BY o), '[]'::jsonb)
                    FROM jsonb_array_elements(v.json -> 'sources') WITH ORDINALITY AS t(x, o)),
                (SELECT COALESCE(jsonb_agg(jsonb_build_object('text', x ->> 'text', 'entity', x -> 'entity', 'code', x -> 'code') ORDER BY o), '[]'::jsonb)
                    FROM jsonb_array_elements(v.json -> 'targets') WITH ORDINALITY AS t(x, o)),
                v.outlet
            FROM (
                SELECT ev.article_id, ev.idx, ev.version, ev.json, ev.json ->> 'date' AS date,
                    COALESCE(a.published, a.published_to) AS day, a.source, COALESCE(a.outlet, a.wire) AS outlet,
                    ev.json ->> 'code' AS code, ev.json ->> 'label' AS label, ev.json ->> 'modality' AS modality,
                    COALESCE((ev.json ->> 'sentence')::integer, -1) AS sentence,
                    (ev.json -> 'trigger' ->> 'start')::integer AS ts, (ev.json -> 'trigger' ->> 'end')::integer AS te,
                    ev.json -> 'trigger' ->> 'text' AS tt, length(a.body) AS body_length
                FROM events ev JOIN articles a ON a.id = ev.article_id AND a.version = ev.version
                WHERE a.is_current) v
            WHERE v.ts >= 0 AND v.te >= v.ts AND v.te <= v.body_length;
            INSERT INTO event_actors (article_id, idx, text, entity, code)
            SELECT l.article_id, l.idx, x ->> 'text', x ->> 'entity', x ->> 'code'
            FROM event_list l, jsonb_array_elements(l.sources || l.targets) AS x;
            CREATE INDEX event_list_in_order ON event_list (date_key COLLATE "C", day NULLS LAST, source COLLATE "C", idx);
            CREATE INDEX event_actors_article ON event_actors (article_id, idx);
            CREATE INDEX event_actors_entity ON event_actors (entity);
            CREATE INDEX event_actors_code ON event_actors (code);
            """),
        // An entity's page reads its quotes by their speaker's entity.
        (8, """
            CREATE INDEX IF NOT EXISTS quotes_speaker_entity ON quotes (speaker_entity);
            """),
        // One speaker's entity (an entity's page) in the articles' order: its first page is read from this index in
        // order, not sorted from every quote of the entity.
        (9, """
            CREATE INDEX IF NOT EXISTS quotes_speaker_entity_in_order ON quotes (speaker_entity, day NULLS LAST, source COLLATE "C", idx);
            """),
        // A search ranks the newest matching sentences: for a common word, walking the current sentences newest first
        // and stopping at the bound reads a few hundred rows, where the text index finds every match and sorts them
        // (1.5 s for a word in 15 % of 1,050,000 sentences). The planner picks either way by the word's frequency.
        (10, """
            CREATE INDEX IF NOT EXISTS sentences_current_seq ON sentences (seq) WHERE is_current;
            """),
    ];
}
