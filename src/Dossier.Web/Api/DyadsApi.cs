using Dossier.Contracts;
using Dossier.Corpus.Dyads;
using Dossier.Web.Api.Dto;
using Dossier.Web.Http;
using Dossier.Web.Storage;

namespace Dossier.Web.Api;

/// <summary><c>/api/dyads</c>: the pairs of countries that act on each other, and one pair's trend month by month (from merged events).</summary>
internal static class DyadsApi
{
    public static RouteGroupBuilder MapDyadsApi(this RouteGroupBuilder api)
    {
        api.MapGet("/dyads", List).WithTags("Dyads").WithName("ListDyads")
            .WithSummary("Pairs of countries acting on each other in month-dated merged events, with month and event counts; filter: actor (a country code in the pair); paged.")
            .Produces<Paged<DyadPairItem>>().ProducesProblem(400);
        api.MapGet("/dyads/{a}/{b}", Trend).WithTags("Dyads").WithName("GetDyad")
            .WithSummary("The trend of two actors (country or actor codes, entity ids or names) by month: counts by quad class, mean Goldstein score and the events of each month.")
            .Produces(200, contentType: "application/json").ProducesProblem(400);
        return api;
    }

    /// <summary>A problem when the two actors are the same (a dyad needs two); null when they are fine.</summary>
    internal static IResult? Check(HttpContext context, string a, string b) =>
        string.IsNullOrWhiteSpace(a) || string.IsNullOrWhiteSpace(b) || string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase)
            ? Problems.Result(context, 400, "DOS1141", "Bad dyad", $"a dyad needs two different actors, such as IRN and RUS (got '{a}' and '{b}').")
            : null;

    private static IResult List(HttpContext context, DocumentCache store, string? actor)
    {
        if (PageRequest.Parse(context, out var problem) is not { } page)
        {
            return problem!;
        }

        var items = DyadPairs.Load(store.Store)
            .Where(t => actor is null || string.Equals(t.A, actor, StringComparison.OrdinalIgnoreCase) || string.Equals(t.B, actor, StringComparison.OrdinalIgnoreCase))
            .Select(DyadPairItem.From)
            .OrderByDescending(p => p.Events).ThenBy(p => p.A, StringComparer.Ordinal).ThenBy(p => p.B, StringComparer.Ordinal)
            .ToList();
        return Results.Ok(page.Apply(items, context.Request));
    }

    private static IResult Trend(HttpContext context, DocumentCache store, string a, string b)
    {
        if (Check(context, a, b) is { } problem)
        {
            return problem;
        }

        var trend = DyadTrends.Load(store.Store, a.Trim(), b.Trim());
        return JsonPage.One(w => DyadJsonWriter.Write(w, trend, expandEvents: true));
    }
}
