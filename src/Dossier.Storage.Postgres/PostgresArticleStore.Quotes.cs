using Dossier.Model;
using Npgsql;
using NpgsqlTypes;

namespace Dossier.Storage.Postgres;

/// <summary>
/// The quotes of current articles, one row each (table <c>quotes</c>, migration 6): written with each saved version
/// (the rows of the version it replaces are deleted), read a page at a time by <see cref="ListQuotes"/>.
/// </summary>
public sealed partial class PostgresArticleStore
{
    /// <summary>
    /// As <see cref="IArticleStore.ListQuotes"/>. Words are compared ignoring case by the server's <c>lower</c>, which
    /// follows the database's locale: for letters beyond ASCII it may fold case differently from .NET's ordinal rule.
    /// </summary>
    public QuotePage ListQuotes(QuoteFilter filter, QuoteOrder order, int skip, int take)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        var query = new ListingQuery(dataSource);
        if (filter.Speaker is { } speaker)
        {
            query.Where("(strpos(lower(speaker), lower(@speaker)) > 0 OR speaker_entity = @speaker)", "speaker", speaker);
        }

        if (filter.Outlet is { } outlet)
        {
            query.Where("strpos(lower(outlet), lower(@outlet)) > 0", "outlet", outlet);
        }

        if (filter.Verb is { } verb)
        {
            query.Where("(strpos(lower(verb), lower(@verb)) > 0 OR verb_class = @verb)", "verb", verb);
        }

        if (filter.Article is { } article)
        {
            query.Where("article_id = @article", "article", article);
        }

        // One entity (an entity's page, most often) is compared whole, so that its quotes can be read in the articles'
        // order from the index quotes_speaker_entity_in_order (migration 9); several are a list.
        if (filter.SpeakerEntities is { Count: 1 } one)
        {
            query.Where("speaker_entity = @entity", "entity", one.First());
        }
        else if (filter.SpeakerEntitiesJson is { } entities)
        {
            query.Where("speaker_entity IN (SELECT jsonb_array_elements_text(@entities::jsonb))", "entities", entities);
        }

        int total = query.Count("quotes");
        if (take == 0 || skip >= total)
        {
            return new QuotePage([], total);
        }

        // The orders of the indexes quotes_in_order and quotes_by_speaker (collation "C": by code point).
        string orderBy = order == QuoteOrder.Speaker
            ? "COALESCE(speaker, U&'\\FFFF') COLLATE \"C\", outlet COLLATE \"C\" NULLS FIRST, day NULLS LAST, source COLLATE \"C\", idx"
            : "day NULLS LAST, source COLLATE \"C\", idx";
        using var cmd = query.Command($"SELECT {QuoteListing.Columns} FROM quotes {query} ORDER BY {orderBy} LIMIT @take OFFSET @skip");
        cmd.Parameters.AddWithValue("take", take);
        cmd.Parameters.AddWithValue("skip", skip);
        var quotes = new List<ListedQuote>(Math.Min(take, total - skip));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            quotes.Add(QuoteListing.Read(r));
        }

        return new QuotePage(quotes, total);
    }

    /// <summary>Adds the statement that writes a saved version's quote rows, all in one (arrays unnested on the server).</summary>
    private static void AddQuotes(NpgsqlBatch batch, ArticleRecord article, Document doc)
    {
        var quotes = QuoteListing.Of(article, doc).ToList();
        if (quotes.Count == 0)
        {
            return;
        }

        var insert = new NpgsqlBatchCommand($"""
            INSERT INTO quotes (version, day, source, {QuoteListing.Columns})
            SELECT @v, @day, @source, @id, q.idx, q.start, q."end", q.text, q.kind, q.speaker, q.entity, q.verb, q.class, @outlet, @published
            FROM unnest(@idxs, @starts, @ends, @texts, @kinds, @speakers, @entities, @verbs, @classes)
                AS q(idx, start, "end", text, kind, speaker, entity, verb, class)
            """);
        var p = insert.Parameters;
        p.AddWithValue("v", article.Version);
        p.AddWithValue("day", NpgsqlDbType.Date, (object?)ArticleOrder.Day(article.Metadata) ?? DBNull.Value);
        p.AddWithValue("source", article.Source);
        p.AddWithValue("id", article.Id);
        p.AddWithValue("outlet", NpgsqlDbType.Text, (object?)quotes[0].Outlet ?? DBNull.Value);
        p.AddWithValue("published", NpgsqlDbType.Text, (object?)quotes[0].Published ?? DBNull.Value);
        p.AddWithValue("idxs", quotes.Select(q => q.Index).ToArray());
        p.AddWithValue("starts", quotes.Select(q => q.Start).ToArray());
        p.AddWithValue("ends", quotes.Select(q => q.End).ToArray());
        p.AddWithValue("texts", quotes.Select(q => q.Text).ToArray());
        p.AddWithValue("kinds", quotes.Select(q => q.Kind).ToArray());
        p.AddWithValue("speakers", NpgsqlDbType.Array | NpgsqlDbType.Text, quotes.Select(q => q.Speaker).ToArray());
        p.AddWithValue("entities", NpgsqlDbType.Array | NpgsqlDbType.Text, quotes.Select(q => q.SpeakerEntity).ToArray());
        p.AddWithValue("verbs", NpgsqlDbType.Array | NpgsqlDbType.Text, quotes.Select(q => q.Verb).ToArray());
        p.AddWithValue("classes", NpgsqlDbType.Array | NpgsqlDbType.Text, quotes.Select(q => q.VerbClass).ToArray());
        batch.BatchCommands.Add(insert);
    }
}
