using Dossier.Model;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>
/// The quotes of current articles, one row each (table <c>quotes</c>, migration 8): written with each saved version
/// (the rows of the version it replaces are deleted), read a page at a time by <see cref="ListQuotes"/>; the distinct
/// speakers, outlets and verbs they hold are kept in <c>quote_terms</c> for the filters (migration 9).
/// </summary>
public sealed partial class SqliteArticleStore
{
    /// <summary>
    /// Makes the SQL functions the quote rows need available on a connection: <c>dossier_in_body(text, start, end)</c>,
    /// whether a span lies in a text counted in UTF-16 units as the documents count it (migration 8), and
    /// <c>dossier_contains(value, part)</c>, <see cref="QuoteFilter.Contains"/> (SQLite's own <c>lower</c> folds ASCII only).
    /// </summary>
    private static void RegisterQuoteFunctions(SqliteConnection connection)
    {
        connection.CreateFunction("dossier_in_body", (string? text, long? start, long? end) =>
            text is not null && start is long s && end is long e && s >= 0 && e >= s && e <= text.Length, isDeterministic: true);
        connection.CreateFunction("dossier_contains", (string? value, string? part) =>
            part is not null && QuoteFilter.Contains(value, part), isDeterministic: true);
    }

    public QuotePage ListQuotes(QuoteFilter filter, QuoteOrder order, int skip, int take)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        using var cmd = connection.CreateCommand();
        var query = new ListingQuery(cmd);

        // A word filter reads the quotes of the distinct words (quote_terms) that contain it, through the column's index.
        if (filter.Speaker is { } speaker)
        {
            query.Where("(speaker IN (SELECT value FROM quote_terms WHERE field = 'speaker' AND dossier_contains(value, $speaker)) OR speaker_entity = $speaker)", "$speaker", speaker);
        }

        if (filter.Outlet is { } outlet)
        {
            query.Where("outlet IN (SELECT value FROM quote_terms WHERE field = 'outlet' AND dossier_contains(value, $outlet))", "$outlet", outlet);
        }

        if (filter.Verb is { } verb)
        {
            query.Where("(verb IN (SELECT value FROM quote_terms WHERE field = 'verb' AND dossier_contains(value, $verb)) OR verb_class = $verb)", "$verb", verb);
        }

        if (filter.Article is { } article)
        {
            query.Where("article_id = $article", "$article", article);
        }

        // One entity (an entity's page, most often) is compared whole, so that its quotes are read in the articles'
        // order from the index quotes_speaker_entity_in_order (migration 13); several are a list.
        bool oneEntity = filter.SpeakerEntities is { Count: 1 };
        if (oneEntity)
        {
            query.Where("speaker_entity = $entity", "$entity", filter.SpeakerEntities!.First());
        }
        else if (filter.SpeakerEntitiesJson is { } entities)
        {
            query.Where("speaker_entity IN (SELECT value FROM json_each($entities))", "$entities", entities);
        }

        int total = query.Count("quotes");
        if (take == 0 || skip >= total)
        {
            return new QuotePage([], total);
        }

        // The orders of the indexes quotes_in_order and quotes_by_speaker (BINARY, that is by code point).
        string[] orderBy = order == QuoteOrder.Speaker ? ["COALESCE(speaker, char(65535))", "outlet", "day", "source", "idx"] : ["day", "source", "idx"];
        string index = order == QuoteOrder.Speaker ? "quotes_by_speaker" : "quotes_in_order";
        // The speaker order's outlet may be null: its anchors are compared column by column.
        var page = Page("quotes", index, query, total, skip, take, orderBy,
            orderedByFilter: oneEntity && order == QuoteOrder.Article && filter.Speaker is null && filter.Outlet is null && filter.Verb is null && filter.Article is null,
            nullable: order == QuoteOrder.Speaker ? NullableOutlet : null);
        cmd.CommandText = $"SELECT {QuoteListing.Columns} FROM quotes {page.IndexedBy} {query} ORDER BY {page.OrderBy(orderBy)} LIMIT $take OFFSET $skip";
        cmd.Parameters.AddWithValue("$take", page.Take);
        cmd.Parameters.AddWithValue("$skip", page.Skip);
        var quotes = new List<ListedQuote>(Math.Min(take, total - skip));
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            quotes.Add(QuoteListing.Read(r));
        }

        return new QuotePage(page.InOrder(quotes), total);
    }

    private static readonly HashSet<string> NullableOutlet = new(["outlet"], StringComparer.Ordinal);

    /// <summary>Writes a saved version's quote rows (the article's earlier rows are gone: <see cref="Save"/> deleted them); how many.</summary>
    private int InsertQuotes(ArticleRecord article, Document doc)
    {
        int written = 0;
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            INSERT INTO quotes (version, day, source, {QuoteListing.Columns})
            VALUES ($version, $day, $source, $id, $idx, $start, $end, $text, $kind, $speaker, $entity, $verb, $class, $outlet, $published)
            """;
        cmd.Parameters.AddWithValue("$version", article.Version);
        cmd.Parameters.AddWithValue("$day", ListedDay(article));
        cmd.Parameters.AddWithValue("$source", article.Source);
        var values = new[] { "$id", "$idx", "$start", "$end", "$text", "$kind", "$speaker", "$entity", "$verb", "$class", "$outlet", "$published" }
            .Select(name => cmd.Parameters.AddWithValue(name, DBNull.Value)).ToArray();
        var terms = new HashSet<(string, string)>();
        foreach (var q in QuoteListing.Of(article, doc))
        {
            object?[] row = [q.Article, q.Index, q.Start, q.End, q.Text, q.Kind, q.Speaker, q.SpeakerEntity, q.Verb, q.VerbClass, q.Outlet, q.Published];
            for (int i = 0; i < row.Length; i++)
            {
                values[i].Value = row[i] ?? DBNull.Value;
            }

            written += cmd.ExecuteNonQuery();
            AddTerm(terms, "speaker", q.Speaker);
            AddTerm(terms, "outlet", q.Outlet);
            AddTerm(terms, "verb", q.Verb);
        }

        using var insertTerm = connection.CreateCommand();
        insertTerm.CommandText = "INSERT OR IGNORE INTO quote_terms (field, value) VALUES ($field, $value)";
        var field = insertTerm.Parameters.AddWithValue("$field", string.Empty);
        var value = insertTerm.Parameters.AddWithValue("$value", string.Empty);
        foreach (var (f, v) in terms)
        {
            (field.Value, value.Value) = (f, v);
            insertTerm.ExecuteNonQuery();
        }

        return written;

        static void AddTerm(HashSet<(string, string)> terms, string field, string? value)
        {
            if (value is not null)
            {
                terms.Add((field, value));
            }
        }
    }
}
