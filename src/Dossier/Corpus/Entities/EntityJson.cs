using System.Text.Json;
using System.Text.Json.Serialization;

namespace Dossier.Corpus.Entities;

/// <summary>JSON for corpus entities and decisions as the stores keep them (snake_case, nulls left out).</summary>
public static class EntityJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNameCaseInsensitive = true,
    };

    public static string Serialize(CorpusEntity entity) => JsonSerializer.Serialize(entity, Options);

    /// <summary>The same JSON as <see cref="Serialize(CorpusEntity)"/>, as UTF-8.</summary>
    public static byte[] SerializeToUtf8(CorpusEntity entity) => JsonSerializer.SerializeToUtf8Bytes(entity, Options);

    public static CorpusEntity DeserializeEntity(string json) =>
        JsonSerializer.Deserialize<CorpusEntity>(json, Options) ?? throw new JsonException("DOS0520: an entity item is null.");

    public static string Serialize(EntityDecision decision) => JsonSerializer.Serialize(decision, Options);

    public static EntityDecision DeserializeDecision(string json) =>
        JsonSerializer.Deserialize<EntityDecision>(json, Options) ?? throw new JsonException("DOS0521: a decision item is null.");
}
