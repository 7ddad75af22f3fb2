namespace Dossier.Model;

/// <summary>
/// An entity an article mentions, resolved within the article: a stable id (<c>ent:IRN</c>, <c>ent:gov:RUS</c>,
/// <c>ent:org:SCO</c>, <c>ent:person:dmitry-peskov</c>), its best name and the other names used, its country and
/// CAMEO-style actor code, and the roles the text or the knowledge base gives it.
/// </summary>
public sealed record ResolvedEntity(string Id, string Name, string Type)
{
    /// <summary>ISO 3166-1 alpha-3 code of the entity's country, when known.</summary>
    public string? Country { get; init; }

    /// <summary>CAMEO-style actor code: country plus sector (<c>IRNGOV</c>, <c>RUSMIL</c>), or an IGO code.</summary>
    public string? Code { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    public IReadOnlyList<EntityRole> Roles { get; init; } = [];

    /// <summary>Whether the knowledge base knows the entity (rather than only the text).</summary>
    public bool InKnowledgeBase { get; init; }
}
