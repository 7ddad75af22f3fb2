using Dossier.Corpus.Entities;

namespace Dossier.Web.Api.Dto;

/// <summary>An entity resolved across articles (analysts' decisions applied): names, country, actor code, roles and counts.</summary>
public sealed record CorpusEntityItem(string Id, string Name, string Type, string? Country, string? Code, IReadOnlyList<string> Aliases,
    IReadOnlyList<CorpusEntityRole> Roles, int Mentions, IReadOnlyList<string> Articles, bool InKnowledgeBase, string Page)
{
    internal static CorpusEntityItem From(ListedEntity e) =>
        new(e.Id, e.Name, e.Type, e.Country, e.Code, e.Aliases, e.Roles, e.Mentions, e.Articles, e.InKnowledgeBase, Html.Url.Path("entities", e.Id));
}
