using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Dossier.Storage.Sqlite;

/// <summary>How a search finds the matching sentences it ranks: the newest <c>n</c>, through FTS5 or the pair index.</summary>
public sealed partial class SqliteArticleStore
{
    /// <summary>
    /// Sentences of the pair index read (each one's text, to check it) beyond the first batch before a search gives the
    /// rest of its query to FTS5: only a query with a common phrase beside a rarer word reads many that fail the check.
    /// </summary>
    private const int PairChecks = 1_000;

    /// <summary>
    /// The newest <paramref name="n"/> sentences that match, newest first, with their words. A query with a phrase of
    /// ASCII words reads its candidates from the pair index (<see cref="PhrasePairs"/>) and checks each one's words;
    /// the sentences that match are the ones FTS5 returns, found without walking every sentence that holds the
    /// phrase's words.
    /// </summary>
    private List<SearchCandidate> Candidates(SearchQuery parsed, string fts, int n)
    {
        var found = new List<SearchCandidate>();
        long below = long.MaxValue;
        if (PhrasePairs.Query(parsed) is { } pairs)
        {
            using var batch = connection.CreateCommand();
            batch.CommandText = "SELECT rowid FROM sentence_pairs WHERE sentence_pairs MATCH $p AND rowid < $below ORDER BY rowid DESC LIMIT $n";
            batch.Parameters.AddWithValue("$p", pairs);
            var from = batch.Parameters.Add("$below", SqliteType.Integer);
            batch.Parameters.AddWithValue("$n", n);

            // One statement reads a batch of candidates (FTS5 looks each rowid up): 200 statements of one row cost more.
            using var read = connection.CreateCommand();
            read.CommandText = "SELECT rowid, article_id, version, idx, text FROM sentence_text WHERE rowid IN (SELECT value FROM json_each($rows)) ORDER BY rowid DESC";
            var list = read.Parameters.Add("$rows", SqliteType.Text);
            for (int checks = 0; checks < PairChecks + n;)
            {
                from.Value = below;
                var rows = new List<long>(n);
                using (var r = batch.ExecuteReader())
                {
                    while (r.Read())
                    {
                        rows.Add(r.GetInt64(0));
                    }
                }

                if (rows.Count == 0)
                {
                    // Every sentence with the phrases' pairs was read: no other sentence can match.
                    return found;
                }

                list.Value = "[" + string.Join(',', rows.Select(x => x.ToString(CultureInfo.InvariantCulture))) + "]";
                using (var r = read.ExecuteReader())
                {
                    while (r.Read())
                    {
                        checks++;
                        if (PhrasePairs.Matches(parsed, r.GetString(4)))
                        {
                            found.Add(SearchCandidate.Of(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4)));
                            if (found.Count == n)
                            {
                                return found;
                            }
                        }
                    }
                }

                below = rows[^1];
            }
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT rowid, article_id, version, idx, text FROM sentence_text WHERE sentence_text MATCH $q AND rowid < $below ORDER BY rowid DESC LIMIT $n";
        cmd.Parameters.AddWithValue("$q", fts);
        cmd.Parameters.AddWithValue("$below", below);
        cmd.Parameters.AddWithValue("$n", n - found.Count);
        using (var r = cmd.ExecuteReader())
        {
            while (r.Read())
            {
                found.Add(SearchCandidate.Of(r.GetInt64(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetString(4)));
            }
        }

        return found;
    }
}
