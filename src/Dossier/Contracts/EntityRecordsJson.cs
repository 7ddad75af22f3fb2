using System.Text.Json;
using Dossier.Model;

namespace Dossier.Contracts;

/// <summary>
/// The §1 field <c>entity_records</c> (added to the contract, which allows new fields): the article's resolved
/// entities with names, aliases, country, actor code and roles (evidence as offsets), written only when the entities
/// stage ran. The store keeps it with the annotations, so the corpus stages see roles and names without re-resolving.
/// </summary>
public static class EntityRecordsJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static void Write(Utf8JsonWriter w, Document doc)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(doc);
        if (doc.ResolvedEntities.Count == 0)
        {
            return;
        }

        w.WritePropertyName("entity_records");
        JsonSerializer.Serialize(w, doc.ResolvedEntities.Select(e => new Record(
            e.Id, e.Name, e.Type, e.Country, e.Code, e.InKnowledgeBase, [.. e.Aliases],
            [.. e.Roles.Select(r => new Role(r.Title, r.Of, r.Sector, r.From, r.To, r.Source, r.Evidence?.Start, r.Evidence?.End))])), Options);
    }

    public static void Read(JsonElement root, Document doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        if (!root.TryGetProperty("entity_records", out var records) || records.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        foreach (var r in records.Deserialize<List<Record>>(Options) ?? [])
        {
            doc.ResolvedEntities.Add(new ResolvedEntity(r.Id, r.Name, r.Type)
            {
                Country = r.Country,
                Code = r.Code,
                InKnowledgeBase = r.InKnowledgeBase,
                Aliases = r.Aliases ?? [],
                Roles = (r.Roles ?? []).Select(x => new EntityRole(x.Title, x.Of, x.Sector, x.From, x.To, x.Source)
                {
                    Evidence = x.Start is int s && x.End is int e ? new TextSpan(s, e) : null,
                }).ToList(),
            });
        }

        doc.Layers.Add(Layer.ResolvedEntities);
    }

    private sealed record Record(string Id, string Name, string Type, string? Country, string? Code, bool InKnowledgeBase, List<string>? Aliases, List<Role>? Roles);

    private sealed record Role(string Title, string? Of, string? Sector, string? From, string? To, string Source, int? Start, int? End);
}
