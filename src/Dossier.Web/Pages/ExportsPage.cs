using Dossier.Web.Html;

namespace Dossier.Web.Pages;

/// <summary>Links to every export.</summary>
internal static class ExportsPage
{
    private static readonly (string Href, string Label, string What)[] Exports =
    [
        ("/api/export/json", "JSON (contract §2)", "The whole knowledge base as dossier.export/1: articles with bodies, entities, events, quotes."),
        ("/api/export/events.csv", "Events CSV", "One row per event, GDELT-like columns (SQLDATE, Actor1Name, EventCode…) plus modality and evidence offsets."),
        ("/api/export/quotes.csv", "Quotes CSV", "Speaker, verb, outlet, text and offsets of every quote."),
        ("/api/export/entities.csv", "Entities CSV", "Entities with names, type, mention and article counts."),
        ("/api/export/articles.csv", "Articles CSV", "Metadata of every current article."),
        ("/api/export/timeline.md", "Markdown timeline", "Dated events by date with their sources, then the articles by date."),
    ];

    public static IResult Render() => PageKit.Html(Layout.Page("Exports", "Exports", h =>
    {
        h.Element("h1", "Exports");
        h.Open("ul", ("id", "exports"));
        foreach (var (href, label, what) in Exports)
        {
            h.Open("li").Link(href, label).Text(" — " + what).Close("li");
        }

        h.Close("ul");
        h.Open("p", ("class", "muted")).Text("The HTTP API is described by its ").Link("/openapi/v1.json", "OpenAPI document").Text(".").Close("p");
    }));
}
