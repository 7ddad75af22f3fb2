using Dossier.Contracts;
using Dossier.Corpus;
using Dossier.Storage;
using Dossier.Web.Api.Dto;
using Dossier.Web.Http;
using Dossier.Web.Storage;
using Dossier.Web.Views;

namespace Dossier.Web.Api;

/// <summary><c>/api/stories</c> and <c>/api/timeline</c>: the stories, the timeline of merged events and one merged event, as the corpus stages left them.</summary>
internal static class StoriesApi
{
    public static RouteGroupBuilder MapStoriesApi(this RouteGroupBuilder api)
    {
        api.MapGet("/stories", List).WithTags("Stories").WithName("ListStories")
            .WithSummary("Stories (articles clustered by the corpus stage), most articles first; filters: outlet, title, from, to (YYYY-MM-DD); paged.")
            .Produces<Paged<StoryItem>>().ProducesProblem(400);
        api.MapGet("/stories/{id}", Get).WithTags("Stories").WithName("GetStory").WithSummary("One story.")
            .Produces<StoryItem>().ProducesProblem(404);
        api.MapGet("/timeline", Timeline).WithTags("Timeline").WithName("GetTimeline")
            .WithSummary("The timeline of merged events, one entry per date (contract §3 fields plus range, shape and evidence link); " +
                "filters: story, actor (repeatable: name, entity id, or country/actor code), type (CAMEO prefix), top (N most salient dates); paged.")
            .Produces<Paged<TimelineItem>>().ProducesProblem(400).ProducesProblem(404);
        api.MapGet("/timeline/events/{id}", Event).WithTags("Timeline").WithName("GetMergedEvent")
            .WithSummary("One merged event as contract §2 writes it: every report's evidence sentence, its sources and independent count.")
            .Produces(200, contentType: "application/json").ProducesProblem(404);
        return api;
    }

    private static IResult List(HttpContext context, DocumentCache store, string? outlet, string? title, string? from, string? to)
    {
        if (PageRequest.Parse(context, out var problem) is not { } page)
        {
            return problem!;
        }

        if (!ArticlesApi.TryDate(from, out var fromDay) || !ArticlesApi.TryDate(to, out var toDay))
        {
            return Problems.Result(context, 400, "DOS1112", "Bad date filter", $"from and to must be dates written YYYY-MM-DD (got from={from ?? "∅"}, to={to ?? "∅"}).");
        }

        if (outlet is null && title is null && fromDay is null && toDay is null)
        {
            var slice = StoryList.Page(store, page.Skip, page.PageSize, out int total);
            return Results.Ok(page.Of(slice, total, context.Request));
        }

        var items = StoryList.All(store)
            .Where(s => title is null || ArticlesApi.Contains(s.Title, title))
            .Where(s => fromDay is null || s.Last is null || string.CompareOrdinal(s.Last, ArticleSummary.Iso(fromDay)) >= 0)
            .Where(s => toDay is null || s.First is null || string.CompareOrdinal(s.First, ArticleSummary.Iso(toDay)) <= 0)
            .Where(s => outlet is null || s.Outlets.Any(o => ArticlesApi.Contains(o, outlet)))
            .ToList();
        return Results.Ok(page.Apply(items, context.Request));
    }

    private static IResult Get(HttpContext context, DocumentCache store, string id) =>
        StoryList.Find(store, id) is { } story ? Results.Ok(story) : Problems.NoSuch(context, "DOS1135", "story", id, "/api/stories");

    private static IResult Timeline(HttpContext context, DocumentCache store)
    {
        if (PageRequest.Parse(context, out var problem) is not { } page)
        {
            return problem!;
        }

        if (TimelineFilter.Parse(context, id => store.Store.LoadStory(id) is not null, null, out problem) is not { } filter)
        {
            return problem!;
        }

        var entries = filter.Page(store.Store, page.Skip, page.PageSize, out int total);
        return Results.Ok(page.Of([.. entries.Select(TimelineItem.From)], total, context.Request));
    }

    private static IResult Event(HttpContext context, DocumentCache store, string id)
    {
        if (store.Store.LoadEvent(id) is not { } e)
        {
            return Problems.NoSuch(context, "DOS1136", "merged event", id, "/api/timeline");
        }

        var bodies = e.Articles.Select(store.Article).OfType<Dossier.Storage.ArticleRecord>().ToDictionary(a => a.Id, a => a.Body, StringComparer.Ordinal);
        return JsonPage.One(w => EventJsonWriter.Write(w, e, bodies));
    }
}
