using System.Globalization;
using Dossier.Web.Api;
using Dossier.Web.Html;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>The entities the per-article stages found, with their mentions and articles.</summary>
internal static class EntitiesPage
{
    public static IResult Render(DocumentCache corpus, string? type)
    {
        var entities = AnnotationViews.Entities(corpus.All()).Where(e => type is null || string.Equals(e.Type, type, StringComparison.OrdinalIgnoreCase)).ToList();
        return PageKit.Html(Layout.Page("Entities", "Entities", h =>
        {
            h.Element("h1", "Entities");
            Layout.Notice(h, "Roles over time and analyst corrections (merge, rename, delete) need cross-article entity resolution, which is not built yet; " +
                "this page lists the mentions the per-article stages found, grouped by resolved id where there is one.");
            if (entities.Count == 0)
            {
                h.Element("p", "No entity mentions stored yet.", ("class", "muted"));
                return;
            }

            h.Open("table", ("id", "entities"));
            h.Trusted("<thead><tr><th>Name</th><th>Type</th><th>Other names</th><th>Mentions</th><th>Articles</th></tr></thead>");
            h.Open("tbody");
            foreach (var e in entities)
            {
                h.Open("tr");
                h.Open("td").Link(Url.WithQuery("/search", ("q", "\"" + e.Name + "\"")), e.Name).Close("td");
                h.Element("td", e.Type);
                h.Element("td", string.Join(", ", e.Names.Skip(1)));
                h.Element("td", e.Mentions.ToString(CultureInfo.InvariantCulture));
                h.Element("td", e.Articles.Count.ToString(CultureInfo.InvariantCulture));
                h.Close("tr");
            }

            h.Close("tbody");
            h.Close("table");
        }));
    }
}
