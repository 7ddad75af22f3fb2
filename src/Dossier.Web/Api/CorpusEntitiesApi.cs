using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Web.Api.Dto;
using Dossier.Web.Http;
using Dossier.Web.Storage;

namespace Dossier.Web.Api;

/// <summary><c>/api/corpus/entities</c>: entities resolved across articles by the corpus stage, with the analysts' decisions applied.</summary>
internal static class CorpusEntitiesApi
{
    public static RouteGroupBuilder MapCorpusEntitiesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/corpus/entities").WithTags("Entities");
        g.MapGet("/", List).WithName("ListCorpusEntities")
            .WithSummary("Entities across articles (most mentioned first): names, aliases, country, actor code, roles with dates; filters: type, name (part of a name or alias), country; paged.")
            .Produces<Paged<CorpusEntityItem>>().ProducesProblem(400);
        g.MapGet("/{id}", Get).WithName("GetCorpusEntity")
            .WithSummary("One entity with its roles and every mention (article and offsets).")
            .Produces<CorpusEntity>().ProducesProblem(404);
        return api;
    }

    /// <summary>Entities in the order the Entities page shows them: most mentioned first, then by name.</summary>
    internal static IEnumerable<CorpusEntity> Ordered(IEnumerable<CorpusEntity> entities) =>
        entities.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Id, StringComparer.Ordinal);

    /// <summary>Whether an entity matches the type, name and country filters.</summary>
    internal static bool Matches(CorpusEntity e, string? type, string? name, string? country) =>
        (type is null || string.Equals(e.Type, type, StringComparison.OrdinalIgnoreCase))
        && (name is null || ArticlesApi.Contains(e.Name, name) || e.Aliases.Any(a => ArticlesApi.Contains(a, name)))
        && (country is null || string.Equals(e.Country, country, StringComparison.OrdinalIgnoreCase));

    private static IResult List(HttpContext context, DocumentCache store, string? type, string? name, string? country)
    {
        if (PageRequest.Parse(context, out var problem) is not { } page)
        {
            return problem!;
        }

        var items = Ordered(store.Corpus(CorpusParts.Entities).Entities).Where(e => Matches(e, type, name, country)).Select(CorpusEntityItem.From).ToList();
        return Results.Ok(page.Apply(items, context.Request));
    }

    private static IResult Get(HttpContext context, DocumentCache store, string id) =>
        EntityDecisionApplier.Find(store.Corpus(CorpusParts.Entities).Entities, id) is { } e
            ? Results.Ok(e)
            : Problems.NoSuch(context, "DOS1139", "entity", id, "/api/corpus/entities");
}
