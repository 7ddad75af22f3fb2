using Dossier.Entities.Kb;

namespace Dossier.Claims;

/// <summary>
/// The country an entity id stands for: <c>ent:IRN</c>, <c>ent:gov:IRN</c> and <c>ent:place:IRN:tehran</c> name Iran
/// in their id; a person's country comes from the actor knowledge base. Organisations have none.
/// </summary>
public static class EntityCountries
{
    private static readonly Lazy<ActorKnowledgeBase> Kb = new(() => ActorKnowledgeBase.Load());

    /// <summary>The ISO 3166-1 alpha-3 code of the entity's country, or null.</summary>
    public static string? Of(string? entityId)
    {
        if (entityId is null || !entityId.StartsWith("ent:", StringComparison.Ordinal))
        {
            return null;
        }

        string[] parts = entityId.Split(':');
        if (parts.Length == 2 && IsIso3(parts[1]))
        {
            return parts[1];
        }

        return parts.Length switch
        {
            >= 3 when parts[1] == "person" => Kb.Value.PersonById(entityId)?.Country is { Length: 3 } c ? c : null,
            >= 4 when parts[1] == "place" && IsIso3(parts[2]) => parts[2],
            3 when parts[1] is not ("org" or "place" or "misc" or "norp" or "person") && IsIso3(parts[2]) => parts[2],
            _ => null,
        };
    }

    /// <summary>The country's name in the knowledge base ("Iran"), or the code itself.</summary>
    public static string Name(string iso3) => Kb.Value.Countries.TryGetValue(iso3, out var c) ? c.Name : iso3;

    /// <summary>
    /// The key a party or participant is compared by: the country for anything that stands for one (a state, its
    /// government, its capital, its officials), else the entity id itself (an organisation, a bloc).
    /// </summary>
    public static string? Key(string? entityId) => Of(entityId) ?? (entityId is not null && (entityId.StartsWith("ent:org:", StringComparison.Ordinal) || entityId.StartsWith("ent:person:", StringComparison.Ordinal)) ? entityId : null);

    /// <summary>The entity id a key stands for: <c>IRN</c> becomes <c>ent:IRN</c>.</summary>
    public static string IdOf(string key) => key.StartsWith("ent:", StringComparison.Ordinal) ? key : "ent:" + key;

    private static bool IsIso3(string s) => s.Length == 3 && s.All(char.IsAsciiLetterUpper);
}
