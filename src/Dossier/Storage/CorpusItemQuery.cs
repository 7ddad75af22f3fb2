using System.Data.Common;

namespace Dossier.Storage;

/// <summary>How both stores answer <see cref="IArticleStore.ReadCorpusItems"/> once their query is prepared.</summary>
public static class CorpusItemQuery
{
    /// <summary>
    /// Runs <paramref name="command"/> (rows of id and JSON, in id order, for the kind in <paramref name="kind"/>) once
    /// per kind of <paramref name="kinds"/>, in that order, handing each row to <paramref name="item"/> as it is read.
    /// </summary>
    /// <param name="command">The prepared query.</param>
    /// <param name="kind">Its parameter for the kind.</param>
    /// <param name="kinds">The kinds to read.</param>
    /// <param name="item">Receives each row as (kind, id, JSON).</param>
    public static void Run(DbCommand command, DbParameter kind, IReadOnlyList<string> kinds, Action<string, string, string> item)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(kinds);
        ArgumentNullException.ThrowIfNull(item);
        foreach (string k in kinds)
        {
            kind.Value = k;
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                item(k, r.GetString(0), r.GetString(1));
            }
        }
    }
}
