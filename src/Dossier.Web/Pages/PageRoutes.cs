using Dossier.Web.Html;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>Maps the workbench's pages; they are left out of the OpenAPI document, which describes only /api.</summary>
internal static class PageRoutes
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(string.Empty).ExcludeFromDescription();
        pages.MapGet("/", (DocumentCache corpus) => StoriesPage.Render(corpus));
        pages.MapGet("/articles", () => Results.Redirect("/"));
        pages.MapGet("/articles/{id}", ArticlePage.Render);
        pages.MapGet("/search", SearchPage.Render);
        pages.MapGet("/quotes", (DocumentCache corpus, string? speaker, string? outlet) => QuotesPage.Render(corpus, speaker, outlet));
        pages.MapGet("/entities", (DocumentCache corpus, string? type) => EntitiesPage.Render(corpus, type));
        pages.MapGet("/events", (DocumentCache corpus) => EventsPage.Render(corpus));
        pages.MapGet("/exports", ExportsPage.Render);
        pages.MapGet("/ingest", IngestPage.Render);
        pages.MapPost("/ingest/paste", IngestPage.Paste);
        pages.MapPost("/ingest/upload", IngestPage.Upload);
        pages.MapPost("/ingest/url", IngestPage.FromUrl);
        pages.MapGet("/login", (HttpContext c, Microsoft.AspNetCore.Antiforgery.IAntiforgery af, WebSettings s) => LoginPage.Render(c, af, s));
        pages.MapPost("/login", LoginPage.Post);
        pages.MapGet(Stylesheet.Path, () => Results.Text(Stylesheet.Css, "text/css; charset=utf-8"));
        return app;
    }
}
