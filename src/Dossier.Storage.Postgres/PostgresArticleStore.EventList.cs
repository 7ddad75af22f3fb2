using Dossier.Model;
using Npgsql;
using NpgsqlTypes;

namespace Dossier.Storage.Postgres;

/// <summary>
/// The events of current articles as the listings show them, one row each (table <c>event_list</c>, migration 7),
/// with their actors in <c>event_actors</c>: written with each saved version (the rows of the version it replaces are
/// deleted), read a page at a time by <see cref="ListEvents"/>.
/// </summary>
public sealed partial class PostgresArticleStore
{
    /// <summary>As <see cref="IArticleStore.ListEvents"/>; an actor's words are compared ignoring case as <see cref="ListQuotes"/> compares a speaker's.</summary>
    public EventPage ListEvents(EventFilter filter, int skip, int take)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        var query = new ListingQuery(dataSource);
        if (filter.Code is { } code)
        {
            query.Where("starts_with(code, @code)", "code", code);
        }

        if (filter.Modality is { } modality)
        {
            query.Where("modality = @modality", "modality", modality);
        }

        if (filter.Actor is { } actor)
        {
            query.Where("""
                (article_id, idx) IN (SELECT article_id, idx FROM event_actors
                    WHERE strpos(lower(text), lower(@actor)) > 0 OR code = @actor OR entity = @actor)
                """, "actor", actor);
        }

        if (filter.Article is { } article)
        {
            query.Where("article_id = @article", "article", article);
        }

        int total = query.Count("event_list");
        if (take == 0 || skip >= total)
        {
            return new EventPage([], total);
        }

        // The reporting unit's words are cut from the article's body here, in UTF-16 units as the offsets count.
        using var cmd = query.Command($"""
            SELECT l.article_id, l.idx, l.code, l.label, l.trigger_start, l.trigger_end, l.trigger_text, l.evidence_start, l.evidence_end,
                   l.date, l.modality, l.sources::text, l.targets::text, l.outlet, a.body
            FROM (SELECT * FROM event_list {query}
                  ORDER BY date_key COLLATE "C", day NULLS LAST, source COLLATE "C", idx LIMIT @take OFFSET @skip) l
            JOIN articles a ON a.id = l.article_id AND a.version = l.version
            ORDER BY l.date_key COLLATE "C", l.day NULLS LAST, l.source COLLATE "C", l.idx
            """);
        cmd.Parameters.AddWithValue("take", take);
        cmd.Parameters.AddWithValue("skip", skip);
        var events = new List<ListedEvent>(Math.Min(take, total - skip));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            int es = r.GetInt32(7), ee = r.GetInt32(8);
            events.Add(new ListedEvent(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetString(3), r.GetInt32(4), r.GetInt32(5), r.GetString(6),
                es, ee, r.GetString(14)[es..ee], r.IsDBNull(9) ? null : r.GetString(9), r.GetString(10),
                ListedEvent.ReadActors(r.GetString(11)), ListedEvent.ReadActors(r.GetString(12)), r.IsDBNull(13) ? null : r.GetString(13)));
        }

        return new EventPage(events, total);
    }

    /// <summary>Adds the statements that write a saved version's event rows and actors (arrays unnested on the server).</summary>
    private static void AddEventList(NpgsqlBatch batch, ArticleRecord article, Document doc)
    {
        var events = EventListing.Of(article, doc).ToList();
        if (events.Count == 0)
        {
            return;
        }

        var insert = new NpgsqlBatchCommand("""
            INSERT INTO event_list (article_id, idx, version, date_key, day, source, code, label, modality, date, trigger_start,
                trigger_end, trigger_text, evidence_start, evidence_end, sources, targets, outlet)
            SELECT @id, e.idx, @v, e.key, @day, @source, e.code, e.label, e.modality, e.date, e.ts, e.te, e.tt, e.es, e.ee,
                e.sources::jsonb, e.targets::jsonb, @outlet
            FROM unnest(@idxs, @keys, @codes, @labels, @modalities, @dates, @tss, @tes, @tts, @ess, @ees, @sources, @targets)
                AS e(idx, key, code, label, modality, date, ts, te, tt, es, ee, sources, targets)
            """);
        var p = insert.Parameters;
        p.AddWithValue("id", article.Id);
        p.AddWithValue("v", article.Version);
        p.AddWithValue("day", NpgsqlDbType.Date, (object?)ArticleOrder.Day(article.Metadata) ?? DBNull.Value);
        p.AddWithValue("source", article.Source);
        p.AddWithValue("outlet", NpgsqlDbType.Text, (object?)Corpus.StoryListing.Outlet(article) ?? DBNull.Value);
        p.AddWithValue("idxs", events.Select(e => e.Index).ToArray());
        p.AddWithValue("keys", events.Select(e => ListedEvent.DateKey(e.Date)).ToArray());
        p.AddWithValue("codes", events.Select(e => e.Code).ToArray());
        p.AddWithValue("labels", events.Select(e => e.Label).ToArray());
        p.AddWithValue("modalities", events.Select(e => e.Modality).ToArray());
        p.AddWithValue("dates", NpgsqlDbType.Array | NpgsqlDbType.Text, events.Select(e => e.Date).ToArray());
        p.AddWithValue("tss", events.Select(e => e.TriggerStart).ToArray());
        p.AddWithValue("tes", events.Select(e => e.TriggerEnd).ToArray());
        p.AddWithValue("tts", events.Select(e => e.TriggerText).ToArray());
        p.AddWithValue("ess", events.Select(e => e.EvidenceStart).ToArray());
        p.AddWithValue("ees", events.Select(e => e.EvidenceEnd).ToArray());
        p.AddWithValue("sources", events.Select(e => ListedEvent.ActorsJson(e.Sources)).ToArray());
        p.AddWithValue("targets", events.Select(e => ListedEvent.ActorsJson(e.Targets)).ToArray());
        batch.BatchCommands.Add(insert);

        var actors = events.SelectMany(e => e.Sources.Concat(e.Targets).Select(x => (e.Index, Actor: x))).ToList();
        if (actors.Count == 0)
        {
            return;
        }

        var actorRows = new NpgsqlBatchCommand("""
            INSERT INTO event_actors (article_id, idx, text, entity, code)
            SELECT @id, x.idx, x.text, x.entity, x.code FROM unnest(@idxs, @texts, @entities, @codes) AS x(idx, text, entity, code)
            """);
        var q = actorRows.Parameters;
        q.AddWithValue("id", article.Id);
        q.AddWithValue("idxs", actors.Select(a => a.Index).ToArray());
        q.AddWithValue("texts", actors.Select(a => a.Actor.Text).ToArray());
        q.AddWithValue("entities", NpgsqlDbType.Array | NpgsqlDbType.Text, actors.Select(a => a.Actor.Entity).ToArray());
        q.AddWithValue("codes", NpgsqlDbType.Array | NpgsqlDbType.Text, actors.Select(a => a.Actor.Code).ToArray());
        batch.BatchCommands.Add(actorRows);
    }
}
