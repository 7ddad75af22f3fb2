namespace Dossier.Corpus.Entities;

/// <summary>
/// A role with its dates and source: from an article (with the article and the evidence offsets in its body) or from
/// the knowledge base (no article).
/// </summary>
public sealed record CorpusEntityRole(string Title, string? Of, string? Sector, string? From, string? To, string Source)
{
    public string? Article { get; init; }

    public int? Start { get; init; }

    public int? End { get; init; }
}
