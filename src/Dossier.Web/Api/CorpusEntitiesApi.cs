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

    /// <summary>
    /// A page of the entities that pass <paramref name="filter"/>, in the listing's order, and how many pass: read from
    /// the entity listing the snapshot is saved with, else (a snapshot saved before it) from every entity.
    /// </summary>
    internal static ListedEntityPage Page(DocumentCache store, EntityFilter filter, int skip, int take)
    {
        if (EntityListing.Page(store.Store, filter, skip, take) is { } page)
        {
            return page;
        }

        var all = Passing(store, filter);
        return new ListedEntityPage([.. all.Skip(skip).Take(take).Select(ListedEntity.Of)], all.Count);
    }

    /// <summary>Every entity of a snapshot saved without the entity listing that passes <paramref name="filter"/>, in the listing's order.</summary>
    private static List<CorpusEntity> Passing(DocumentCache store, EntityFilter filter) =>
        [.. EntityListing.Ordered(store.Corpus(CorpusParts.Entities).Entities).Where(e => EntityListing.Matches(e, filter))];

    /// <summary>One entity by its id or a folded-in id (<see cref="EntityDecisionApplier.Find"/>): read alone from the entity listing, else found among every entity.</summary>
    internal static CorpusEntity? Find(DocumentCache store, string id) =>
        EntityListing.Read(store.Store) is not null ? EntityListing.Find(store.Store, id) : EntityDecisionApplier.Find(store.Corpus(CorpusParts.Entities).Entities, id);

    /// <summary>What an entity's page shows of the entity an id names (<see cref="Find"/>): read alone from the entity listing, else made from the entity.</summary>
    internal static EntityHead? Head(DocumentCache store, string id) =>
        EntityListing.Read(store.Store) is not null ? EntityListing.Head(store.Store, id) : Find(store, id) is { } e ? EntityHead.Of(e) : null;

    private static IResult List(HttpContext context, DocumentCache store, string? type, string? name, string? country)
    {
        if (PageRequest.Parse(context, out var problem) is not { } page)
        {
            return problem!;
        }

        var filter = new EntityFilter(type, name, country);
        if (EntityListing.Page(store.Store, filter, page.Skip, page.PageSize) is { } listed)
        {
            // Each listed entity's roles and articles, read alone.
            var items = listed.Entities.Select(e => CorpusEntityItem.From(e, EntityListing.Detail(store.Store, e.Id) ?? new EntityDetail([], []))).ToList();
            return Results.Ok(page.Of(items, listed.Total, context.Request));
        }

        var all = Passing(store, filter);
        return Results.Ok(page.Of([.. all.Skip(page.Skip).Take(page.PageSize).Select(e => CorpusEntityItem.From(ListedEntity.Of(e), EntityDetail.Of(e)))], all.Count, context.Request));
    }

    private static IResult Get(HttpContext context, DocumentCache store, string id) =>
        Find(store, id) is { } e
            ? Results.Ok(e)
            : Problems.NoSuch(context, "DOS1139", "entity", id, "/api/corpus/entities");
}
