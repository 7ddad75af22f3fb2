using Dossier.Corpus.Entities;

namespace Dossier.Web.Api.Dto;

/// <summary>
/// Entity mentions grouped across articles as the per-article stages gave them (<see cref="MentionGroup"/>): by the id
/// an article's entity stage resolved them to, else by type and name; its most frequent name and type, every name (most
/// frequent first), how many mentions, and the articles that have them (ordinal id order). The entities resolved across
/// articles are <see cref="CorpusEntityItem"/>.
/// </summary>
public sealed record EntityItem(string Key, string? Entity, string Name, string Type, IReadOnlyList<string> Names, int Mentions, IReadOnlyList<string> Articles)
{
    internal static EntityItem Of(MentionGroup g) => new(g.Key, g.Entity, g.Name, g.Type, g.Names, g.Mentions, g.Articles);
}
