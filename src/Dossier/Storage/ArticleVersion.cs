using System.Data.Common;

namespace Dossier.Storage;

/// <summary>Which stored version of an article: its id and version number, without its body or metadata.</summary>
public readonly record struct ArticleVersion(string Id, int Version)
{
    /// <summary>
    /// Reads rows of (id, version) into a list in ordinal id order. Sorted here, not in SQL: the contract orders ids as
    /// <see cref="StringComparer.Ordinal"/> does (UTF-16 code units), whatever the database's collation or byte order.
    /// </summary>
    public static List<ArticleVersion> ReadAll(DbDataReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var list = new List<ArticleVersion>();
        while (reader.Read())
        {
            list.Add(new ArticleVersion(reader.GetString(0), reader.GetInt32(1)));
        }

        list.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return list;
    }
}
