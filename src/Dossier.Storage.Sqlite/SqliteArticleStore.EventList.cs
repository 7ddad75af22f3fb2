using Dossier.Model;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// The events of current articles as the listings show them, one row each (table <c>event_list</c>, migration 10),
/// with their actors in <c>event_actors</c> and the distinct words naming actors in <c>event_terms</c>: written with
/// each saved version (the rows of the version it replaces are deleted), read a page at a time by <see cref="ListEvents"/>.
/// </summary>
public sealed partial class SqliteArticleStore
{
    public EventPage ListEvents(EventFilter filter, int skip, int take)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        using var cmd = connection.CreateCommand();
        var query = new ListingQuery(cmd);
        if (filter.Code is { } code)
        {
            // A prefix as a range of the index event_list_code (codes are compared by code point, as ordinal does for them).
            query.Where("code >= $code AND code < $code || char(1114111)", "$code", code);
        }

        if (filter.Modality is { } modality)
        {
            query.Where("modality = $modality", "$modality", modality);
        }

        if (filter.Actor is { } actor)
        {
            query.Where("""
                (article_id, idx) IN (SELECT article_id, idx FROM event_actors
                    WHERE text IN (SELECT value FROM event_terms WHERE dossier_contains(value, $actor)) OR code = $actor OR entity = $actor)
                """, "$actor", actor);
        }

        if (filter.Article is { } article)
        {
            query.Where("article_id = $article", "$article", article);
        }

        int total = query.Count("event_list");
        if (take == 0 || skip >= total)
        {
            return new EventPage([], total);
        }

        var page = Page("event_list", "event_list_in_order", query, total, skip, take, ["date_key", "day", "source", "idx"]);
        cmd.CommandText = $"""
            SELECT article_id, version, idx, code, label, trigger_start, trigger_end, trigger_text, evidence_start, evidence_end,
                   date, modality, sources, targets, outlet
            FROM event_list {page.IndexedBy}
            {query} ORDER BY {page.OrderBy(["date_key", "day", "source", "idx"])} LIMIT $take OFFSET $skip
            """;
        cmd.Parameters.AddWithValue("$take", page.Take);
        cmd.Parameters.AddWithValue("$skip", page.Skip);
        var rows = new List<(string Article, int Version, Func<string, ListedEvent> Make)>();
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                string id = r.GetString(0);
                int idx = r.GetInt32(2);
                string c = r.GetString(3), label = r.GetString(4), triggerText = r.GetString(7);
                int ts = r.GetInt32(5), te = r.GetInt32(6), es = r.GetInt32(8), ee = r.GetInt32(9);
                string? date = r.IsDBNull(10) ? null : r.GetString(10);
                string mod = r.GetString(11);
                var sources = ListedEvent.ReadActors(r.GetString(12));
                var targets = ListedEvent.ReadActors(r.GetString(13));
                string? outlet = r.IsDBNull(14) ? null : r.GetString(14);
                rows.Add((id, r.GetInt32(1), body => new ListedEvent(id, idx, c, label, ts, te, triggerText, es, ee, body[es..ee], date, mod, sources, targets, outlet)));
            }
        }

        // The reporting units' words come from the bodies of the page's articles.
        var bodies = new Dictionary<(string, int), string>();
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT body FROM articles WHERE id = $id AND version = $v";
        var pid = read.Parameters.AddWithValue("$id", string.Empty);
        var pv = read.Parameters.AddWithValue("$v", 0);
        foreach (var (id, version, _) in rows)
        {
            if (!bodies.ContainsKey((id, version)))
            {
                (pid.Value, pv.Value) = (id, version);
                bodies[(id, version)] = (string)read.ExecuteScalar()!;
            }
        }

        return new EventPage([.. page.InOrder(rows).Select(row => row.Make(bodies[(row.Article, row.Version)]))], total);
    }

    /// <summary>Writes a saved version's event rows, actors and actor words (the article's earlier rows are gone: <see cref="Save"/> deleted them); how many events.</summary>
    private int InsertEventList(ArticleRecord article, Document doc)
    {
        int written = 0;
        using var cmd = connection.CreateCommand();
        cmd.CommandText = """
            INSERT INTO event_list (article_id, idx, version, date_key, day, source, code, label, modality, date, trigger_start,
                trigger_end, trigger_text, evidence_start, evidence_end, sources, targets, outlet)
            VALUES ($id, $idx, $version, $key, $day, $source, $code, $label, $modality, $date, $ts, $te, $tt, $es, $ee, $sources, $targets, $outlet)
            """;
        cmd.Parameters.AddWithValue("$id", article.Id);
        cmd.Parameters.AddWithValue("$version", article.Version);
        cmd.Parameters.AddWithValue("$day", ListedDay(article));
        cmd.Parameters.AddWithValue("$source", article.Source);
        cmd.Parameters.AddWithValue("$outlet", (object?)Corpus.StoryListing.Outlet(article) ?? DBNull.Value);
        var values = new[] { "$idx", "$key", "$code", "$label", "$modality", "$date", "$ts", "$te", "$tt", "$es", "$ee", "$sources", "$targets" }
            .Select(name => cmd.Parameters.AddWithValue(name, DBNull.Value)).ToArray();
        using var actorCmd = connection.CreateCommand();
        actorCmd.CommandText = """
            INSERT INTO event_actors (article_id, idx, text, entity, code) VALUES ($id, $idx, $text, $entity, $code);
            INSERT OR IGNORE INTO event_terms (value) VALUES ($text);
            """;
        actorCmd.Parameters.AddWithValue("$id", article.Id);
        var actorValues = new[] { "$idx", "$text", "$entity", "$code" }.Select(name => actorCmd.Parameters.AddWithValue(name, DBNull.Value)).ToArray();
        foreach (var e in EventListing.Of(article, doc))
        {
            object?[] row =
            [
                e.Index, ListedEvent.DateKey(e.Date), e.Code, e.Label, e.Modality, e.Date, e.TriggerStart, e.TriggerEnd, e.TriggerText,
                e.EvidenceStart, e.EvidenceEnd, ListedEvent.ActorsJson(e.Sources), ListedEvent.ActorsJson(e.Targets),
            ];
            for (int i = 0; i < row.Length; i++)
            {
                values[i].Value = row[i] ?? DBNull.Value;
            }

            written += cmd.ExecuteNonQuery();
            foreach (var x in e.Sources.Concat(e.Targets))
            {
                object?[] actor = [e.Index, x.Text, x.Entity, x.Code];
                for (int i = 0; i < actor.Length; i++)
                {
                    actorValues[i].Value = actor[i] ?? DBNull.Value;
                }

                actorCmd.ExecuteNonQuery();
            }
        }

        return written;
    }
}
