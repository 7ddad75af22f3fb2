using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>What the quote and event listings share: their filters as one command's conditions, the count, and how a filtered page is read.</summary>
public sealed partial class SqliteArticleStore
{
    /// <summary>An article's day in a listing row: its <see cref="ArticleOrder.Day"/>, undated as "9999" (last), as <see cref="ListArticles()"/> orders it.</summary>
    private static string ListedDay(ArticleRecord article) => Iso(ArticleOrder.Day(article.Metadata)) ?? "9999";

    /// <summary>Adds what a save changed to the kept numbers of quote and event rows (migration 11), in the save's transaction.</summary>
    private void CountListed(int quotes, int events)
    {
        Execute(connection, "UPDATE listing_counts SET n = n + $d WHERE name = 'quotes'", ("$d", quotes));
        Execute(connection, "UPDATE listing_counts SET n = n + $d WHERE name = 'event_list'", ("$d", events));
    }

    /// <summary>A listing's conditions and their parameters on one command, and how many rows they keep.</summary>
    private sealed class ListingQuery(SqliteCommand command)
    {
        private readonly StringBuilder where = new("WHERE 1 = 1");

        public SqliteCommand Command => command;

        /// <summary>Whether any condition was added.</summary>
        public bool Filtered { get; private set; }

        /// <summary>Adds a condition that reads the parameter <paramref name="name"/>, bound to <paramref name="value"/>.</summary>
        public void Where(string condition, string name, string value)
        {
            where.Append(" AND ").Append(condition);
            command.Parameters.AddWithValue(name, value);
            Filtered = true;
        }

        /// <summary>
        /// Adds the condition that starts a page at an anchor's row (<see cref="Anchor"/>); not a filter: the rows were
        /// counted before it. Columns that are never null are compared as one row value, which SQLite seeks in the
        /// index; with a column that may be null (<paramref name="nullable"/>), which a row value cannot be compared
        /// with, the rows from the anchor's first column on are sought and the rest compared column by column, a null
        /// before any value as the index orders it.
        /// </summary>
        public void Seek(string[] columns, object[] key, IReadOnlySet<string>? nullable = null)
        {
            string Anchor(int i) => "$anchor" + i.ToString(CultureInfo.InvariantCulture);
            for (int i = 0; i < key.Length; i++)
            {
                command.Parameters.AddWithValue(Anchor(i), key[i] ?? DBNull.Value);
            }

            if (nullable is not { Count: > 0 })
            {
                where.Append(" AND (").Append(string.Join(", ", columns)).Append(", rowid) >= (")
                    .Append(string.Join(", ", key.Select((_, i) => Anchor(i)))).Append(')');
                return;
            }

            var all = columns.Append("rowid").ToArray();
            string From(int i)
            {
                string c = all[i], v = Anchor(i);
                if (i == all.Length - 1)
                {
                    return $"{c} >= {v}";
                }

                return nullable.Contains(c)
                    ? $"((({c} > {v}) OR ({v} IS NULL AND {c} IS NOT NULL)) OR ({c} IS {v} AND {From(i + 1)}))"
                    : $"({c} > {v} OR ({c} = {v} AND {From(i + 1)}))";
            }

            where.Append(" AND ").Append(all[0]).Append(" >= ").Append(Anchor(0)).Append(" AND ").Append(From(0));
        }

        /// <summary>How many rows of <paramref name="table"/> the conditions keep: without any, the number kept for the table (not a count of its rows).</summary>
        public int Count(string table)
        {
            command.CommandText = Filtered ? $"SELECT count(*) FROM {table} {where}" : $"SELECT n FROM listing_counts WHERE name = '{table}'";
            return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        public override string ToString() => where.ToString();
    }

    /// <summary>
    /// How a listing's page is read. Walking the index in the listing's order reads the rows up to the page's end; for a
    /// page in the second half, walking it backwards from the end reads fewer (the rows from the page's start), and the
    /// page is then read in the reverse order and turned round (<see cref="PageRead.InOrder{T}"/>). The whole listing
    /// (no filter) in an order with anchors is read from the last anchor before the page (<see cref="Anchor"/>) unless
    /// the walk from the end is shorter than the gap between two anchors. A filtered listing's matches are walked (<c>INDEXED BY</c> the index in the
    /// listing's order) when they are dense enough that walking costs less than sorting every match would (the rows
    /// walked are about the rows the walk passes × rows / matches, the rows sorted the matches); else nothing, and
    /// SQLite reads the matches through the filters' indexes and sorts them. Every way gives the same page: the order
    /// ends with the row id, which the index holds after its columns. The rows are estimated by the largest row id.
    /// </summary>
    /// <param name="anchored">The listing's order columns when the whole listing may be read from an anchor (<see cref="Anchor"/>); the first may not be null.</param>
    /// <param name="nullable">Those of <paramref name="anchored"/> that may be null.</param>
    /// <param name="orderedByFilter">Whether the filter's own index holds its matches in the listing's order: SQLite then reads them in order from it, walked forwards.</param>
    private PageRead Page(string table, string index, ListingQuery query, int total, int skip, int take, string[]? anchored = null, bool orderedByFilter = false, IReadOnlySet<string>? nullable = null)
    {
        if (orderedByFilter)
        {
            return new PageRead(string.Empty, false, skip, take);
        }

        int shown = Math.Min(take, total - skip);
        bool backward = total - skip < skip + shown;
        var walked = backward ? new PageRead(string.Empty, true, total - skip - shown, shown) : new PageRead(string.Empty, false, skip, take);
        if (!query.Filtered)
        {
            // From the last anchor before the page, unless walking there (from the last anchor found, finding the
            // others on the way) passes more rows than walking from the end: near the end of a listing whose
            // anchors were found only part of the way.
            if (anchored is not null && Anchor(table, anchored, skip, nullable, backward ? total - skip : skip) is { } anchor)
            {
                query.Seek(anchored, anchor.Key, nullable);
                return new PageRead(string.Empty, false, skip - anchor.Position, take);
            }

            return walked;
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT COALESCE(max(rowid), 0) FROM {table}";
        double rows = Convert.ToDouble(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
        // A row reached by walking costs about four times one read to be sorted (measured on 10,000 articles: a deep page
        // walked 75,000 rows in 196 ms where sorting 100,000 matches took 80 ms).
        double passed = backward ? total - skip : (double)skip + take;
        return 4 * passed * rows <= (double)total * total ? walked with { IndexedBy = $"INDEXED BY {index}" } : new PageRead(string.Empty, false, skip, take);
    }

    /// <summary>How many rows of a whole listing lie from one anchor to the next (<see cref="Anchor"/>).</summary>
    internal int AnchorEvery { get; set; } = 4096;

    /// <summary>The anchors found so far of each whole listing (by its table and order), with the state of the store they hold for.</summary>
    private readonly Dictionary<string, ListingAnchors> anchors = new(StringComparer.Ordinal);

    /// <summary>
    /// The last anchor at or before <paramref name="skip"/> of a whole listing: the order values and row id of every
    /// <see cref="AnchorEvery"/>th row, found as pages ask for them (each from the one before, so that finding them
    /// walks the index once, as far as the deepest page asked) and kept while the store is as it was (no commit of
    /// another connection, <c>data_version</c>, and no change by this one, <c>total_changes()</c>); a page beyond the
    /// first anchor is read from its row, not walked to from the start. Null before the first anchor, and when reaching
    /// the page from the last anchor found would pass more than <paramref name="walk"/> rows (the page's walk without anchors).
    /// </summary>
    private (object[] Key, int Position)? Anchor(string table, string[] columns, int skip, IReadOnlySet<string>? nullable, int walk)
    {
        int wanted = skip / AnchorEvery;
        if (wanted == 0)
        {
            return null;
        }

        using var state = connection.CreateCommand();
        state.CommandText = "SELECT (SELECT data_version FROM pragma_data_version()), total_changes()";
        (long, long) version;
        using (var r = state.ExecuteReader())
        {
            r.Read();
            version = (r.GetInt64(0), r.GetInt64(1));
        }

        string name = table + ":" + string.Join(",", columns);
        if (!anchors.TryGetValue(name, out var found) || found.Version != version)
        {
            anchors[name] = found = new ListingAnchors(version);
        }

        if (skip - (Math.Min(wanted, found.Keys.Count) * AnchorEvery) > walk)
        {
            return null;
        }

        string order = string.Join(", ", columns) + ", rowid";
        while (found.Keys.Count < wanted)
        {
            // The row AnchorEvery past the last anchor (or the start).
            using var cmd = connection.CreateCommand();
            var query = new ListingQuery(cmd);
            if (found.Keys.Count > 0)
            {
                query.Seek(columns, found.Keys[^1], nullable);
            }

            cmd.CommandText = $"SELECT {order} FROM {table} {query} ORDER BY {order} LIMIT 1 OFFSET $every";
            cmd.Parameters.AddWithValue("$every", AnchorEvery);
            using var r = cmd.ExecuteReader();
            if (!r.Read())
            {
                break;
            }

            var key = new object[columns.Length + 1];
            r.GetValues(key);
            found.Keys.Add(key);
        }

        int reached = Math.Min(wanted, found.Keys.Count);
        return reached == 0 ? null : (found.Keys[reached - 1], reached * AnchorEvery);
    }

    /// <summary>A whole listing's anchors: the order values and row id of rows <see cref="AnchorEvery"/>, 2 × that, … into it, for one state of the store.</summary>
    private sealed record ListingAnchors((long DataVersion, long Changes) Version)
    {
        public List<object[]> Keys { get; } = [];
    }

    /// <summary>How a page is read: the index walked (or none: SQLite chooses), in which direction, and the rows skipped and taken that way.</summary>
    private readonly record struct PageRead(string IndexedBy, bool Backward, int Skip, int Take)
    {
        /// <summary>The ORDER BY terms of the listing's order (its columns, then the row id), reversed when the page is read backwards.</summary>
        public string OrderBy(params string[] columns) => string.Join(Backward ? " DESC, " : ", ", columns.Append("rowid")) + (Backward ? " DESC" : string.Empty);

        /// <summary>The rows read, in the listing's order.</summary>
        public List<T> InOrder<T>(List<T> read)
        {
            if (Backward)
            {
                read.Reverse();
            }

            return read;
        }
    }
}
