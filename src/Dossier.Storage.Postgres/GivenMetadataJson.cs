using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Dossier.Model;

namespace Dossier.Storage.Postgres;

/// <summary>The metadata a source gave with an input, as the JSON a queued job keeps.</summary>
internal static class GivenMetadataJson
{
    public static string Write(ArticleMetadata m)
    {
        var o = new JsonObject
        {
            ["source"] = m.Source,
            ["title"] = m.Title,
            ["outlet"] = m.Outlet,
            ["url"] = m.Url,
            ["published"] = m.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["dateline"] = m.Dateline,
            ["byline"] = m.Byline,
            ["wire"] = m.Wire,
            ["language"] = m.Language,
            ["captions"] = new JsonArray([.. m.Captions.Select(c => (JsonNode?)JsonValue.Create(c))]),
        };
        return o.ToJsonString();
    }

    public static ArticleMetadata Read(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var r = doc.RootElement;
        return new ArticleMetadata
        {
            Source = Str(r, "source"),
            Title = Str(r, "title"),
            Outlet = Str(r, "outlet"),
            Url = Str(r, "url"),
            Published = Str(r, "published") is { } p ? DateOnly.ParseExact(p, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            Dateline = Str(r, "dateline"),
            Byline = Str(r, "byline"),
            Wire = Str(r, "wire"),
            Language = Str(r, "language"),
            Captions = r.TryGetProperty("captions", out var c) && c.ValueKind == JsonValueKind.Array
                ? [.. c.EnumerateArray().Select(e => e.GetString() ?? string.Empty)]
                : [],
        };
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
