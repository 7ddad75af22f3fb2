namespace Dossier.Storage.Sqlite;

/// <summary>
/// The schema, as numbered migrations applied in order, each in its own transaction. A database records the highest
/// version applied in <c>schema_version</c>; opening it applies what is missing. Never edit a shipped migration: add one.
/// </summary>
internal static class Migrations
{
    public static readonly IReadOnlyList<(int Version, string Sql)> All =
    [
        (1, """
            CREATE TABLE articles (
                id TEXT NOT NULL,
                version INTEGER NOT NULL,
                source TEXT NOT NULL,
                content_hash TEXT NOT NULL,
                is_current INTEGER NOT NULL,
                title TEXT, outlet TEXT, url TEXT,
                published TEXT, published_from TEXT, published_to TEXT,
                dateline TEXT, byline TEXT, wire TEXT, language TEXT,
                captions TEXT NOT NULL DEFAULT '[]',
                body TEXT NOT NULL,
                ingested_at TEXT NOT NULL,
                PRIMARY KEY (id, version)
            );
            CREATE INDEX articles_source ON articles (source, is_current);
            CREATE TABLE sentences (
                article_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                idx INTEGER NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                PRIMARY KEY (article_id, version, idx),
                FOREIGN KEY (article_id, version) REFERENCES articles (id, version) ON DELETE CASCADE
            );
            CREATE VIRTUAL TABLE sentence_text USING fts5 (
                text, article_id UNINDEXED, version UNINDEXED, idx UNINDEXED,
                tokenize = 'unicode61 remove_diacritics 2'
            );
            CREATE TABLE annotations (
                article_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                json TEXT NOT NULL,
                PRIMARY KEY (article_id, version),
                FOREIGN KEY (article_id, version) REFERENCES articles (id, version) ON DELETE CASCADE
            );
            CREATE TABLE diagnostics (
                article_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                code TEXT NOT NULL,
                stage TEXT NOT NULL,
                message TEXT NOT NULL,
                FOREIGN KEY (article_id, version) REFERENCES articles (id, version) ON DELETE CASCADE
            );
            CREATE INDEX diagnostics_article ON diagnostics (article_id, version);
            """),
        (2, """
            CREATE TABLE corpus_items (
                kind TEXT NOT NULL,
                id TEXT NOT NULL,
                json TEXT NOT NULL,
                PRIMARY KEY (kind, id)
            );
            """),
        (3, """
            CREATE TABLE entity_decisions (
                seq INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                json TEXT NOT NULL
            );
            """),
        (4, """
            -- The timeline reads current articles by their effective publication date: an index on exactly the
            -- expression the queries use, over current versions only, that also holds what a timeline shows of an
            -- article (an article's row holds its body: reading rows would cost a page or more per article).
            CREATE INDEX articles_current_published ON articles (COALESCE(published, published_to), source, id, version, title, published, published_to)
                WHERE is_current = 1;
            -- Each stored version's events in their own rows (written at save time), so that a timeline reads the
            -- events of the articles in its window without parsing each article's whole annotation JSON.
            CREATE TABLE events (
                article_id TEXT NOT NULL,
                version INTEGER NOT NULL,
                idx INTEGER NOT NULL,
                date TEXT,
                json TEXT NOT NULL,
                PRIMARY KEY (article_id, version, idx),
                FOREIGN KEY (article_id, version) REFERENCES articles (id, version) ON DELETE CASCADE
            );
            INSERT INTO events (article_id, version, idx, date, json)
                SELECT n.article_id, n.version, e.key, json_extract(e.value, '$.date'), e.value
                FROM annotations n, json_each(n.json, '$.events') e;
            """),
        (5, """
            -- Every word the sentences hold, so that a search turns a prefix into the words it stands for: FTS5 reads a
            -- prefix by merging the whole index of every word it covers, at a cost that grows with the store, where
            -- the words themselves are read newest first and only as far as needed. Filled from the index itself.
            CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID;
            CREATE VIRTUAL TABLE temp.sentence_vocab USING fts5vocab(main, sentence_text, 'row');
            INSERT INTO search_terms (term) SELECT term FROM temp.sentence_vocab;
            DROP TABLE temp.sentence_vocab;
            """),
        (6, """
            -- The pairs of consecutive words of each sentence, one token each (PhrasePairs), under the sentence's rowid:
            -- a phrase is then read newest first from its pairs' lists instead of from every sentence that holds its
            -- words. Contentless (the text is in sentence_text), rowids only (no positions). Filled from the sentences.
            CREATE VIRTUAL TABLE sentence_pairs USING fts5 (pairs, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii');
            INSERT INTO sentence_pairs (rowid, pairs) SELECT rowid, dossier_pairs(text) FROM sentence_text;
            """),
        (7, """
            -- Each current article's corpus record (ArticleCorpusRecordCodec): what the corpus stages need of it, so a
            -- rebuild reads a few KB per article instead of loading its document. A cache: kept by the rebuild for the
            -- articles it had to load, under the build that encoded it (producer); one per article.
            CREATE TABLE corpus_records (
                article_id TEXT NOT NULL PRIMARY KEY,
                version INTEGER NOT NULL,
                producer TEXT NOT NULL,
                data BLOB NOT NULL,
                FOREIGN KEY (article_id, version) REFERENCES articles (id, version) ON DELETE CASCADE
            );
            """),
        (8, """
            -- Each current article's quotes in their own rows (written at save time, replaced with each new version),
            -- with what a listing shows and filters on and the article's place in the articles' order (day, source),
            -- so that /api/quotes and /quotes read a page of rows instead of every article's annotations. Only quotes
            -- whose span lies in the body (dossier_in_body counts UTF-16 units, as the documents do).
            CREATE TABLE quotes (
                article_id TEXT NOT NULL,
                idx INTEGER NOT NULL,
                version INTEGER NOT NULL,
                day TEXT NOT NULL,
                source TEXT NOT NULL,
                start INTEGER NOT NULL,
                "end" INTEGER NOT NULL,
                text TEXT NOT NULL,
                kind TEXT NOT NULL,
                speaker TEXT, speaker_entity TEXT, verb TEXT, verb_class TEXT, outlet TEXT, published TEXT,
                PRIMARY KEY (article_id, idx),
                FOREIGN KEY (article_id, version) REFERENCES articles (id, version) ON DELETE CASCADE
            );
            CREATE INDEX quotes_in_order ON quotes (day, source, idx);
            CREATE INDEX quotes_by_speaker ON quotes (COALESCE(speaker, char(65535)), outlet, day, source, idx);
            INSERT INTO quotes (article_id, idx, version, day, source, start, "end", text, kind, speaker, speaker_entity, verb,
                verb_class, outlet, published)
            SELECT a.id, q.key, a.version, COALESCE(a.published, a.published_to, '9999'), a.source,
                json_extract(q.value, '$.start'), json_extract(q.value, '$.end'), json_extract(q.value, '$.text'),
                json_extract(q.value, '$.kind'),
                CASE WHEN dossier_in_body(a.body, json_extract(q.value, '$.speaker.start'), json_extract(q.value, '$.speaker.end'))
                    THEN json_extract(q.value, '$.speaker.text') END,
                json_extract(q.value, '$.speaker.entity'), json_extract(q.value, '$.verb'), json_extract(q.value, '$.verb_class'),
                COALESCE(a.outlet, a.wire), a.published
            FROM articles a JOIN annotations n ON n.article_id = a.id AND n.version = a.version, json_each(n.json, '$.quotes') q
            WHERE a.is_current = 1
                AND dossier_in_body(a.body, json_extract(q.value, '$.start'), json_extract(q.value, '$.end'));
            """),
        (9, """
            -- The words a quote listing filters on, each once (speakers, outlets, verbs), and an index on each of those
            -- columns: a filter finds the words that contain what was asked for among the distinct ones, then reads the
            -- quotes of those words through the index, instead of comparing every quote's words. Kept as quotes are
            -- saved; a word whose quotes were replaced stays and finds none.
            CREATE TABLE quote_terms (field TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (field, value)) WITHOUT ROWID;
            INSERT INTO quote_terms (field, value) SELECT DISTINCT 'speaker', speaker FROM quotes WHERE speaker IS NOT NULL;
            INSERT INTO quote_terms (field, value) SELECT DISTINCT 'outlet', outlet FROM quotes WHERE outlet IS NOT NULL;
            INSERT INTO quote_terms (field, value) SELECT DISTINCT 'verb', verb FROM quotes WHERE verb IS NOT NULL;
            CREATE INDEX quotes_speaker ON quotes (speaker);
            CREATE INDEX quotes_speaker_entity ON quotes (speaker_entity);
            CREATE INDEX quotes_outlet ON quotes (outlet);
            CREATE INDEX quotes_verb ON quotes (verb);
            CREATE INDEX quotes_verb_class ON quotes (verb_class);
            """),
        (10, """
            -- Each current article's events in listing rows (written at save time, replaced with each new version):
            -- what /api/events and /events show (code, label, trigger, the unit that reports the event, date, modality,
            -- actors, outlet) and the order they list them in (date, undated last, then the articles' order), so that a
            -- page is read, not every article's annotations. Each event's actors in rows of their own for the actor
            -- filter, and the distinct words that name actors, which that filter compares instead of every actor's.
            -- Filled from the stored events (migration 4) of current versions whose trigger lies in the body; the unit
            -- is the event's sentence, else the stored unit (sentence or line) that holds the trigger's start.
            CREATE TABLE event_list (
                article_id TEXT NOT NULL,
                idx INTEGER NOT NULL,
                version INTEGER NOT NULL,
                date_key TEXT NOT NULL,
                day TEXT NOT NULL,
                source TEXT NOT NULL,
                code TEXT NOT NULL,
                label TEXT NOT NULL,
                modality TEXT NOT NULL,
                date TEXT,
                trigger_start INTEGER NOT NULL,
                trigger_end INTEGER NOT NULL,
                trigger_text TEXT NOT NULL,
                evidence_start INTEGER NOT NULL,
                evidence_end INTEGER NOT NULL,
                sources TEXT NOT NULL,
                targets TEXT NOT NULL,
                outlet TEXT,
                PRIMARY KEY (article_id, idx),
                FOREIGN KEY (article_id, version) REFERENCES articles (id, version) ON DELETE CASCADE
            );
            CREATE TABLE event_actors (article_id TEXT NOT NULL, idx INTEGER NOT NULL, text TEXT NOT NULL, entity TEXT, code TEXT);
            CREATE TABLE event_terms (value TEXT PRIMARY KEY) WITHOUT ROWID;
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
                (SELECT json_group_array(json_object('text', json_extract(x.value, '$.text'), 'entity', json_extract(x.value, '$.entity'), 'code', json_extract(x.value, '$.code')))
                    FROM json_each(v.json, '$.sources') x),
                (SELECT json_group_array(json_object('text', json_extract(x.value, '$.text'), 'entity', json_extract(x.value, '$.entity'), 'code', json_extract(x.value, '$.code')))
                    FROM json_each(v.json, '$.targets') x),
                v.outlet
            FROM (
                SELECT ev.article_id, ev.idx, ev.version, ev.json, json_extract(ev.json, '$.date') AS date,
                    COALESCE(a.published, a.published_to, '9999') AS day, a.source, COALESCE(a.outlet, a.wire) AS outlet,
                    json_extract(ev.json, '$.code') AS code, json_extract(ev.json, '$.label') AS label,
                    json_extract(ev.json, '$.modality') AS modality, COALESCE(json_extract(ev.json, '$.sentence'), -1) AS sentence,
                    json_extract(ev.json, '$.trigger.start') AS ts, json_extract(ev.json, '$.trigger.end') AS te,
                    json_extract(ev.json, '$.trigger.text') AS tt, a.body
                FROM events ev JOIN articles a ON a.id = ev.article_id AND a.version = ev.version
                WHERE a.is_current = 1) v
            WHERE dossier_in_body(v.body, v.ts, v.te);
            INSERT INTO event_actors (article_id, idx, text, entity, code)
            SELECT l.article_id, l.idx, json_extract(x.value, '$.text'), json_extract(x.value, '$.entity'), json_extract(x.value, '$.code')
            FROM event_list l, json_each(l.sources) x
            UNION ALL
            SELECT l.article_id, l.idx, json_extract(x.value, '$.text'), json_extract(x.value, '$.entity'), json_extract(x.value, '$.code')
            FROM event_list l, json_each(l.targets) x;
            INSERT OR IGNORE INTO event_terms (value) SELECT text FROM event_actors;
            CREATE INDEX event_list_in_order ON event_list (date_key, day, source, idx);
            CREATE INDEX event_list_code ON event_list (code);
            CREATE INDEX event_actors_article ON event_actors (article_id, idx);
            CREATE INDEX event_actors_text ON event_actors (text, article_id, idx);
            CREATE INDEX event_actors_entity ON event_actors (entity, article_id, idx);
            CREATE INDEX event_actors_code ON event_actors (code, article_id, idx);
            """),
        (11, """
            -- How many quote and event rows there are, kept by each save: the unfiltered listings' totals are read, not
            -- counted (counting scans an index of millions of rows).
            CREATE TABLE listing_counts (name TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
            INSERT INTO listing_counts (name, n) SELECT 'quotes', count(*) FROM quotes;
            INSERT INTO listing_counts (name, n) SELECT 'event_list', count(*) FROM event_list;
            """),
        (12, """
            -- The modality filter of the event listing, alone or with a code, counts through an index, not by reading
            -- every event row.
            CREATE INDEX event_list_modality ON event_list (modality, code);
            """),
        (13, """
            -- The quotes of one speaker's entity (an entity's page) in the articles' order: their first page is read
            -- from this index in order, not sorted from every quote of the entity.
            CREATE INDEX IF NOT EXISTS quotes_speaker_entity_in_order ON quotes (speaker_entity, day, source, idx);
            """),
    ];
}
