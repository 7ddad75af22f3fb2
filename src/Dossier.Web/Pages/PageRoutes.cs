using Dossier.Web.Html;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>Maps the workbench's pages; they are left out of the OpenAPI document, which describes only /api.</summary>
internal static class PageRoutes
{
    public static IEndpointRouteBuilder MapPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup(string.Empty).ExcludeFromDescription();
        pages.MapGet("/", (HttpContext c, DocumentCache store, WebSettings settings) => StoriesPage.Render(c, store, settings.StartPageRows));
        pages.MapGet("/stories/{id}", (HttpContext c, DocumentCache store, WebSettings settings, string id) => StoryPage.Render(c, store, id, settings));
        pages.MapGet("/timeline", (HttpContext c, DocumentCache store, WebSettings settings) => StoryPage.Render(c, store, null, settings));
        pages.MapGet("/evidence/events/{id}", EvidencePage.Event);
        pages.MapGet("/disputes", (HttpContext c, DocumentCache store, string? status, string? about, string? story) => DisputesPage.Render(c, store, status, about, story));
        pages.MapGet("/agreements", (DocumentCache store) => AgreementsPage.Render(store));
        pages.MapGet("/dyads", (HttpContext c, DocumentCache store, string? a, string? b, string? month) => DyadsPage.Render(c, store, a, b, month));
        pages.MapGet("/articles", () => Results.Redirect("/"));
        pages.MapGet("/articles/{id}", ArticlePage.Render);
        pages.MapGet("/search", SearchPage.Render);
        pages.MapGet("/quotes", (HttpContext c, DocumentCache corpus, string? speaker, string? outlet) => QuotesPage.Render(c, corpus, speaker, outlet));
        pages.MapGet("/entities", (HttpContext context, DocumentCache store, string? type, string? name) => EntitiesPage.Render(context, store, type, name));
        pages.MapGet("/entities/{id}", EntityPage.Render);
        pages.MapPost("/entities/{id}/rename", EntityDecisionForms.Rename);
        pages.MapPost("/entities/{id}/merge", EntityDecisionForms.Merge);
        pages.MapPost("/entities/{id}/delete", EntityDecisionForms.Delete);
        pages.MapGet("/events", (HttpContext c, DocumentCache corpus) => EventsPage.Render(c, corpus));
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
