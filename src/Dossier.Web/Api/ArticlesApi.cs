using System.Globalization;
using Dossier.Contracts;
using Dossier.Web.Api.Dto;
using Dossier.Web.Http;
using Dossier.Web.Storage;

namespace Dossier.Web.Api;

/// <summary><c>/api/articles</c>: the stored articles, one article, its contract-§1 document, versions and annotations.</summary>
internal static class ArticlesApi
{
    public static RouteGroupBuilder MapArticlesApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/articles").WithTags("Articles");
        g.MapGet("/", List).WithName("ListArticles")
            .WithSummary("Articles by publication date (undated last); filters: outlet, from, to (YYYY-MM-DD), title; paged.")
            .Produces<Paged<ArticleSummary>>().ProducesProblem(400);
        g.MapGet("/{id}", Get).WithName("GetArticle").WithSummary("One article with its stored body and captions.")
            .Produces<ArticleDetail>().ProducesProblem(404);
        g.MapGet("/{id}/document", DocumentJson).WithName("GetArticleDocument")
            .WithSummary("The annotated document as contract §1 (text, sentences, tokens, entities, timexes, quotes, events).")
            .Produces(200, contentType: "application/json").ProducesProblem(404);
        g.MapGet("/{id}/versions", Versions).WithName("ListArticleVersions").WithSummary("Every stored version, oldest first.")
            .Produces<IReadOnlyList<ArticleSummary>>().ProducesProblem(404);
        g.MapGet("/{id}/entities", (HttpContext c, DocumentCache corpus, string id) => Layer(c, corpus, id, AnnotationViews.EntityMentions))
            .WithName("ListArticleEntities").WithSummary("Entity mentions in one article.").Produces<Paged<SpanItem>>().ProducesProblem(404);
        g.MapGet("/{id}/timexes", (HttpContext c, DocumentCache corpus, string id) => Layer(c, corpus, id, AnnotationViews.Timexes))
            .WithName("ListArticleTimexes").WithSummary("Temporal expressions in one article.").Produces<Paged<TimexItem>>().ProducesProblem(404);
        g.MapGet("/{id}/quotes", (HttpContext c, DocumentCache corpus, string id) => Layer(c, corpus, id, AnnotationViews.Quotes))
            .WithName("ListArticleQuotes").WithSummary("Quotes in one article.").Produces<Paged<QuoteItem>>().ProducesProblem(404);
        g.MapGet("/{id}/events", (HttpContext c, DocumentCache corpus, string id) => Layer(c, corpus, id, AnnotationViews.Events))
            .WithName("ListArticleEvents").WithSummary("Events in one article.").Produces<Paged<EventItem>>().ProducesProblem(404);
        api.MapGet("/diagnostics", (DocumentCache corpus) => Results.Ok(corpus.Store.Diagnostics())).WithTags("Articles")
            .WithName("ListDiagnostics").WithSummary("Diagnostics the stages recorded on current articles.");
        return api;
    }

    private static IResult List(HttpContext context, DocumentCache corpus, string? outlet, string? from, string? to, string? title)
    {
        if (PageRequest.Parse(context, out var problem) is not { } page)
        {
            return problem!;
        }

        if (!TryDate(from, out var fromDay) || !TryDate(to, out var toDay))
        {
            return Problems.Result(context, 400, "DOS1112", "Bad date filter", $"from and to must be dates written YYYY-MM-DD (got from={from ?? "∅"}, to={to ?? "∅"}).");
        }

        // Only the page's articles have their annotations counted; without a filter only the page's articles are read.
        if (outlet is null && title is null && fromDay is null && toDay is null)
        {
            var shown = corpus.Store.ListArticles(page.Skip, page.PageSize);
            return Results.Ok(page.Of([.. shown.Select(a => ArticleSummary.From(a, corpus.Counts(a)))], corpus.Store.CountArticles(), context.Request));
        }

        var matching = corpus.Articles()
            .Where(a => outlet is null || Contains(a.Metadata.Outlet, outlet) || Contains(a.Metadata.Wire, outlet))
            .Where(a => title is null || Contains(a.Metadata.Title, title))
            .Where(a => fromDay is null || Latest(a) is { } l && l >= fromDay)
            .Where(a => toDay is null || Earliest(a) is { } e && e <= toDay)
            .ToList();
        var slice = matching.Skip(page.Skip).Take(page.PageSize).Select(a => ArticleSummary.From(a, corpus.Counts(a))).ToList();
        return Results.Ok(page.Of(slice, matching.Count, context.Request));
    }

    private static IResult Get(HttpContext context, DocumentCache corpus, string id)
    {
        if (corpus.Article(id) is not { } a)
        {
            return Problems.NoArticle(context, id);
        }

        return Results.Ok(ArticleDetail.From(a, ArticleSummary.From(a, corpus.Document(a))));
    }

    private static IResult DocumentJson(HttpContext context, DocumentCache corpus, string id) =>
        corpus.Article(id) is { } a
            ? Results.Text(DocumentJsonWriter.ToJson(corpus.Document(a)), "application/json; charset=utf-8")
            : Problems.NoArticle(context, id);

    private static IResult Versions(HttpContext context, DocumentCache corpus, string id)
    {
        if (corpus.Article(id) is null)
        {
            return Problems.NoArticle(context, id);
        }

        return Results.Ok(corpus.Store.Versions(id).Select(v => ArticleSummary.From(v, corpus.Document(v))).ToList());
    }

    private static IResult Layer<T>(HttpContext context, DocumentCache corpus, string id, Func<Dossier.Storage.ArticleRecord, Dossier.Model.Document, IEnumerable<T>> select)
    {
        if (PageRequest.Parse(context, out var problem) is not { } page)
        {
            return problem!;
        }

        return corpus.Article(id) is { } a ? Results.Ok(page.Apply(select(a, corpus.Document(a)).ToList(), context.Request)) : Problems.NoArticle(context, id);
    }

    internal static bool Contains(string? value, string part) => value is not null && value.Contains(part, StringComparison.OrdinalIgnoreCase);

    internal static bool TryDate(string? text, out DateOnly? day)
    {
        day = null;
        if (text is null)
        {
            return true;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            day = d;
            return true;
        }

        return false;
    }

    private static DateOnly? Earliest(Dossier.Storage.ArticleRecord a) => a.Metadata.Published ?? a.Metadata.PublishedRange?.Earliest;

    private static DateOnly? Latest(Dossier.Storage.ArticleRecord a) => a.Metadata.Published ?? a.Metadata.PublishedRange?.Latest;
}
