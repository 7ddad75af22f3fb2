using System.Text.Json;
using Dossier.Web.Http;

namespace Dossier.Web.Api;

/// <summary>
/// Writes JSON with the library's contract writers (claims, agreements, events, dyads keep exactly the shape the
/// export and the CLI give them), as one object or as a page <c>{"items", "page", "page_size", "total", "next"}</c>.
/// The default encoder escapes &lt; and &gt;, so article text can never become markup in a browser.
/// </summary>
internal static class JsonPage
{
    public static IResult Page<T>(HttpContext context, PageRequest page, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> write)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(write);
        var paged = page.Apply(items, context.Request);
        return One(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("items");
            foreach (var item in paged.Items)
            {
                write(w, item);
            }

            w.WriteEndArray();
            w.WriteNumber("page", paged.Page);
            w.WriteNumber("page_size", paged.PageSize);
            w.WriteNumber("total", paged.Total);
            if (paged.Next is { } next)
            {
                w.WriteString("next", next);
            }
            else
            {
                w.WriteNull("next");
            }

            w.WriteEndObject();
        });
    }

    public static IResult One(Action<Utf8JsonWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            write(w);
        }

        return Results.Bytes(stream.ToArray(), "application/json; charset=utf-8");
    }
}
