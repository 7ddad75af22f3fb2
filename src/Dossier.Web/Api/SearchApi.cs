using Dossier.Web.Api.Dto;
using Dossier.Web.Http;
using Dossier.Web.Storage;

namespace Dossier.Web.Api;

/// <summary><c>/api/search?q=</c>: full-text search over the sentences of current articles, best first.</summary>
internal static class SearchApi
{
    public const int MaxHits = 1000;

    public static RouteGroupBuilder MapSearchApi(this RouteGroupBuilder api)
    {
        api.MapGet("/search", Search).WithTags("Search").WithName("Search")
            .WithSummary("Sentences matching every word of q (words match as prefixes; \"quoted phrases\" stay phrases); paged.")
            .Produces<Paged<SearchItem>>().ProducesProblem(400);
        return api;
    }

    private static IResult Search(HttpContext context, DocumentCache corpus, string? q)
    {
        if (PageRequest.Parse(context, out var problem) is not { } page)
        {
            return problem!;
        }

        if (string.IsNullOrWhiteSpace(q) || q.Length > 500)
        {
            return Problems.Result(context, 400, "DOS1113", "Bad search", "give the words to search for as q (1 to 500 characters), e.g. /api/search?q=Astana.");
        }

        return Results.Ok(page.Apply(Hits(corpus, q), context.Request));
    }

    internal static List<SearchItem> Hits(DocumentCache corpus, string q)
    {
        var titles = new Dictionary<string, string?>(StringComparer.Ordinal);
        return [.. corpus.Store.Search(q, MaxHits).Select(h =>
        {
            if (!titles.TryGetValue(h.ArticleId, out string? title))
            {
                title = titles[h.ArticleId] = corpus.Article(h.ArticleId)?.Metadata.Title;
            }

            return new SearchItem(new SpanItem(h.ArticleId, h.Start, h.End, h.Text, Html.Url.Evidence(h.ArticleId, h.Start, h.End)), title, h.Rank);
        })];
    }
}
