using Dossier.Model;
using Npgsql;

namespace Dossier.Storage.Postgres;

/// <summary>Reads an article row (the columns of <see cref="PostgresArticleStore"/>'s queries, in order) into a record.</summary>
internal static class ArticleRows
{
    public static ArticleRecord Read(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetInt32(1), r.GetString(3), Metadata(r), r.GetString(15), r.GetFieldValue<DateTimeOffset>(16));

    /// <summary>A row's metadata (the columns' order up to the body: <see cref="ArticleReads.Metadata"/>), its dates stored as dates.</summary>
    public static ArticleMetadata Metadata(NpgsqlDataReader r) => ArticleReads.Metadata(r, Date);

    private static DateOnly? Date(System.Data.Common.DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
}
