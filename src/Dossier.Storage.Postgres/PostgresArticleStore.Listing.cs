using System.Text;
using Npgsql;
using NpgsqlTypes;

namespace Dossier.Storage.Postgres;

/// <summary>What the quote and event listings share: their filters as conditions with parameters, and the count.</summary>
public sealed partial class PostgresArticleStore
{
    /// <summary>A listing's conditions and their parameters, bound to each command that reads them, and how many rows they keep.</summary>
    private sealed class ListingQuery(NpgsqlDataSource dataSource)
    {
        private readonly StringBuilder where = new("WHERE true");
        private readonly List<(string Name, string Value)> parameters = [];

        /// <summary>Adds a condition that reads the parameter <paramref name="name"/>, bound to <paramref name="value"/>.</summary>
        public void Where(string condition, string name, string value)
        {
            where.Append(" AND ").Append(condition);
            parameters.Add((name, value));
        }

        /// <summary>A command of <paramref name="sql"/> with the conditions' parameters bound.</summary>
        public NpgsqlCommand Command(string sql)
        {
            var cmd = dataSource.CreateCommand(sql);
            foreach (var (name, value) in parameters)
            {
                cmd.Parameters.AddWithValue(name, NpgsqlDbType.Text, value);
            }

            return cmd;
        }

        /// <summary>How many rows of <paramref name="table"/> the conditions keep.</summary>
        public int Count(string table)
        {
            using var count = Command($"SELECT count(*) FROM {table} {where}");
            return Convert.ToInt32(count.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        public override string ToString() => where.ToString();
    }
}
