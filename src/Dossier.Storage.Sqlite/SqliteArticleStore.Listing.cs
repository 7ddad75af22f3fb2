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
    /// page is then read in the reverse order and turned round (<see cref="PageRead.InOrder{T}"/>), so that no page
    /// walks more than half the listing. A filtered listing's matches are walked (<c>INDEXED BY</c> the index in the
    /// listing's order) when they are dense enough that walking costs less than sorting every match would (the rows
    /// walked are about the rows the walk passes × rows / matches, the rows sorted the matches); else nothing, and
    /// SQLite reads the matches through the filters' indexes and sorts them. Every way gives the same page: the order
    /// ends with the row id, which the index holds after its columns. The rows are estimated by the largest row id.
    /// </summary>
    private PageRead Page(string table, string index, ListingQuery query, int total, int skip, int take)
    {
        int shown = Math.Min(take, total - skip);
        bool backward = total - skip < skip + shown;
        var walked = backward ? new PageRead(string.Empty, true, total - skip - shown, shown) : new PageRead(string.Empty, false, skip, take);
        if (!query.Filtered)
        {
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
