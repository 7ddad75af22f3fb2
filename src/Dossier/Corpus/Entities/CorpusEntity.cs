namespace Dossier.Corpus.Entities;

/// <summary>
/// One entity across the stored articles: the per-article entities that name the same person, organisation or place
/// folded together, with every name used, the roles the articles and the knowledge base give it, and every mention.
/// </summary>
public sealed record CorpusEntity(string Id, string Name, string Type)
{
    public string? Country { get; init; }

    /// <summary>CAMEO-style actor code (<c>IRNGOV</c>), when an article gave one.</summary>
    public string? Code { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The per-article entity ids folded into this one (its own id included), for decisions that name them.</summary>
    public IReadOnlyList<string> MemberIds { get; init; } = [];

    public IReadOnlyList<CorpusEntityRole> Roles { get; init; } = [];

    public IReadOnlyList<CorpusMention> Mentions { get; init; } = [];

    public bool InKnowledgeBase { get; init; }

    /// <summary>The articles that mention it, in order.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<string> Articles => Mentions.Select(m => m.Article).Distinct(StringComparer.Ordinal);
}
