using Dossier.Corpus;
using Dossier.Model;

namespace Dossier.Tests.Corpus.Entities;

/// <summary>Builds small articles whose entities are already resolved within the article, for the corpus stage.</summary>
internal static class CorpusArticles
{
    /// <summary>
    /// An article whose text is the given names joined by " and "; each name is a mention of an entity
    /// (id, best name, type, country, role title) as the within-article stage would have left it.
    /// </summary>
    public static CorpusArticle Of(string id, params (string Id, string Name, string Type, string? Country, string? Role)[] entities)
    {
        string text = string.Join(" and ", entities.Select(e => e.Name));
        var doc = new Document(id, text);
        int offset = 0;
        var spans = new List<TextSpan>();
        foreach (var e in entities)
        {
            doc.Entities.Add(new EntityMention(offset, offset + e.Name.Length, e.Type, e.Id));
            spans.Add(new TextSpan(offset, offset + e.Name.Length));
            offset += e.Name.Length + " and ".Length;
        }

        foreach (var group in entities.Select((e, i) => (e, Span: spans[i])).GroupBy(x => x.e.Id, StringComparer.Ordinal))
        {
            var first = group.First().e;
            doc.ResolvedEntities.Add(new ResolvedEntity(first.Id, group.OrderByDescending(g => g.e.Name.Length).First().e.Name, first.Type)
            {
                Country = first.Country,
                Aliases = group.Select(g => g.e.Name).Distinct(StringComparer.Ordinal).ToList(),
                Roles = group.Where(g => g.e.Role is not null)
                    .Select(g => new EntityRole(g.e.Role!, g.e.Country, "GOV", "2024-07", null, "text") { Evidence = g.Span })
                    .ToList(),
            });
        }

        return new CorpusArticle(id, doc);
    }

    public static (string, string, string, string?, string?) Person(string name, string? country = null, string? role = null) =>
        ("ent:person:" + Dossier.Entities.Kb.NameNormalizer.Slug(name), name, "PERSON", country, role);
}
