using Dossier.Corpus.Entities;
using Dossier.Storage;
using Dossier.Web.Api.Dto;
using Dossier.Web.Http;
using Dossier.Web.Storage;

namespace Dossier.Web.Api;

/// <summary><c>/api/quotes</c>, <c>/api/events</c>, <c>/api/entities</c>: what the per-article stages found, across articles.</summary>
internal static class AnnotationsApi
{
    public static RouteGroupBuilder MapAnnotationsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/quotes", Quotes).WithTags("Quotes").WithName("ListQuotes")
            .WithSummary("Quotes across articles; filters: speaker, outlet, verb, article; paged.").Produces<Paged<QuoteItem>>().ProducesProblem(400);
        api.MapGet("/events", Events).WithTags("Events").WithName("ListEvents")
            .WithSummary("Events across articles; filters: code (CAMEO prefix), modality, actor, article; paged.").Produces<Paged<EventItem>>().ProducesProblem(400);
        api.MapGet("/entities", Entities).WithTags("Entities").WithName("ListEntities")
            .WithSummary("Entities across articles (by resolved id, else by type and name); filters: type, name; paged.").Produces<Paged<EntityItem>>().ProducesProblem(400);
        return api;
    }

    private static IResult Quotes(HttpContext context, DocumentCache corpus, string? speaker, string? outlet, string? verb, string? article)
    {
        if (PageRequest.Parse(context, out var problem) is not { } page)
        {
            return problem!;
        }

        // A page of the store's quote rows, not every article's document.
        var found = corpus.Store.ListQuotes(new QuoteFilter(speaker, outlet, verb, article), QuoteOrder.Article, page.Skip, page.PageSize);
        return Results.Ok(page.Of([.. found.Quotes.Select(AnnotationViews.Quote)], found.Total, context.Request));
    }

    private static IResult Events(HttpContext context, DocumentCache corpus, string? code, string? modality, string? actor, string? article)
    {
        if (PageRequest.Parse(context, out var problem) is not { } page)
        {
            return problem!;
        }

        // A page of the store's event rows, not every article's document.
        var found = corpus.Store.ListEvents(new EventFilter(code, modality, actor, article), page.Skip, page.PageSize);
        return Results.Ok(page.Of([.. found.Events.Select(AnnotationViews.Event)], found.Total, context.Request));
    }

    private static IResult Entities(HttpContext context, DocumentCache corpus, string? type, string? name)
    {
        if (PageRequest.Parse(context, out var problem) is not { } page)
        {
            return problem!;
        }

        var (items, total) = MentionGroups(corpus, new MentionFilter(type, name), page.Skip, page.PageSize);
        return Results.Ok(page.Of(items, total, context.Request));
    }

    /// <summary>
    /// The <paramref name="take"/> groups of mentions after the first <paramref name="skip"/> that pass
    /// <paramref name="filter"/>, and how many pass: a page of the mention listing the snapshot is saved with, else
    /// (a snapshot saved before it) grouped from every current document.
    /// </summary>
    internal static (IReadOnlyList<EntityItem> Items, int Total) MentionGroups(DocumentCache corpus, MentionFilter filter, int skip, int take)
    {
        if (MentionListing.Page(corpus.Store, filter, skip, take) is { } page)
        {
            return ([.. page.Groups.Select(EntityItem.Of)], page.Total);
        }

        var all = MentionListing.FromDocuments(corpus.All().Select(d => (d.Article.Id, d.Doc))).Where(g => MentionListing.Matches(g, filter)).ToList();
        return ([.. all.Skip(skip).Take(take).Select(EntityItem.Of)], all.Count);
    }
}
