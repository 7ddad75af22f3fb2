using System.Text.Json;
using Dossier.Model;
using Npgsql;

namespace Dossier.Storage.Postgres;

/// <summary>Reads an article row (the columns of <see cref="PostgresArticleStore"/>'s queries, in order) into a record.</summary>
internal static class ArticleRows
{
    public static ArticleRecord Read(NpgsqlDataReader r) =>
        new(r.GetString(0), r.GetInt32(1), r.GetString(3), Metadata(r), r.GetString(15), r.GetFieldValue<DateTimeOffset>(16));

    /// <summary>A row's metadata: source at column 2, title to captions at 4 to 14 (the columns' order up to the body).</summary>
    public static ArticleMetadata Metadata(NpgsqlDataReader r)
    {
        DateOnly? from = Date(r, 8);
        DateOnly? to = Date(r, 9);
        return new ArticleMetadata
        {
            Source = r.GetString(2),
            Title = Text(r, 4),
            Outlet = Text(r, 5),
            Url = Text(r, 6),
            Published = Date(r, 7),
            PublishedRange = from is { } f && to is { } t ? new DateRange(f, t) : null,
            Dateline = Text(r, 10),
            Byline = Text(r, 11),
            Wire = Text(r, 12),
            Language = Text(r, 13),
            Captions = JsonSerializer.Deserialize<List<string>>(r.GetString(14)) ?? [],
        };
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateOnly? Date(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetFieldValue<DateOnly>(i);
}
