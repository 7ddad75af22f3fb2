using System.Text.Json;
using Dossier.Corpus.Entities;

namespace Dossier.Cli.Commands;

/// <summary>Entities as contract §2 objects (id, name, type, aliases, country, code, roles with evidence) plus mentions.</summary>
internal static class EntityOutput
{
    public static object Contract(CorpusEntity e) => new
    {
        id = e.Id,
        name = e.Name,
        type = e.Type,
        aliases = e.Aliases,
        country = e.Country,
        code = e.Code,
        in_knowledge_base = e.InKnowledgeBase,
        roles = e.Roles.Select(r => new
        {
            title = r.Title,
            of = r.Of,
            sector = r.Sector,
            from = r.From,
            to = r.To,
            source = r.Source,
            evidence = r.Article is null ? [] : new[] { new { article = r.Article, start = r.Start, end = r.End } },
        }),
        articles = e.Articles,
        mentions = e.Mentions.Select(m => new { article = m.Article, start = m.Start, end = m.End, text = m.Text }),
    };

    public static string Json<T>(T value) => JsonSerializer.Serialize(value, JsonOut.Serializer);
}
