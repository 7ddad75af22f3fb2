using Dossier.Corpus.Entities;

namespace Dossier.Web.Api.Dto;

/// <summary>An entity resolved across articles (analysts' decisions applied): names, country, actor code, roles and counts.</summary>
public sealed record CorpusEntityItem(string Id, string Name, string Type, string? Country, string? Code, IReadOnlyList<string> Aliases,
    IReadOnlyList<CorpusEntityRole> Roles, int Mentions, IReadOnlyList<string> Articles, bool InKnowledgeBase, string Page)
{
    internal static CorpusEntityItem From(ListedEntity e, EntityDetail detail) =>
        new(e.Id, e.Name, e.Type, e.Country, e.Code, e.Aliases, detail.Roles, e.Mentions, detail.Articles, e.InKnowledgeBase, Html.Url.Path("entities", e.Id));
}
