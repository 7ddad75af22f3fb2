using System.Globalization;
using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Web.Api;
using Dossier.Web.Html;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>
/// The entities resolved across articles (with the analysts' decisions applied), each linking to its page with roles
/// over time, quotes, events and the correction forms; shown <see cref="Rows"/> at a time (<c>page</c>), read a page
/// at a time from the entity listing the snapshot is saved with (<see cref="EntityListing"/>). Before the corpus stage
/// has resolved any, the mentions the per-article stages found are listed instead, grouped by resolved id or by name.
/// </summary>
internal static class EntitiesPage
{
    /// <summary>How many entities a page shows.</summary>
    public const int Rows = 100;

    public static IResult Render(HttpContext context, DocumentCache store, string? type, string? name)
    {
        if (PageKit.PageNumber(context, "page", out int page) is { } bad)
        {
            return bad;
        }

        type = string.IsNullOrWhiteSpace(type) ? null : type.Trim();
        name = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        var found = CorpusEntitiesApi.Page(store, new EntityFilter(type, name), PageKit.Skip(page, Rows), Rows);
        bool resolved = found.Total > 0 || ((type is not null || name is not null) && CorpusEntitiesApi.Page(store, new EntityFilter(), 0, 0).Total > 0);
        return PageKit.Html(Layout.Page("Entities", "Entities", h =>
        {
            h.Element("h1", "Entities");
            h.Open("form", ("method", "get"), ("action", "/entities"), ("class", "inline"));
            h.Element("label", "Name", ("for", "entity-name"));
            h.Void("input", ("type", "search"), ("name", "name"), ("id", "entity-name"), ("value", name));
            h.Element("label", "Type", ("for", "entity-type"));
            h.Open("select", ("name", "type"), ("id", "entity-type"));
            h.Element("option", "any type", ("value", string.Empty));
            foreach (string t in new[] { "PERSON", "ORG", "GPE", "LOC", "NORP", "MISC" })
            {
                h.Element("option", t, ("value", t), ("selected", string.Equals(t, type, StringComparison.OrdinalIgnoreCase) ? "selected" : null));
            }

            h.Close("select");
            h.Element("button", "Show", ("type", "submit"));
            h.Close("form");
            if (!resolved)
            {
                Layout.Notice(h, "The corpus stage has not resolved entities across articles yet; these are the mentions the per-article stages found, grouped by resolved id where there is one.");
                Mentions(h, store, type, name);
                return;
            }

            h.Element("p", $"{found.Total.ToString(CultureInfo.InvariantCulture)} entities across the stored articles; corrections (merge, rename, delete) are made on each entity's page.", ("class", "muted"));
            PageKit.Pager(h, context, "/entities", "page", page, Rows, found.Total, "entities", "entities-pages");
            Resolved(h, found.Entities);
        }));
    }

    private static void Resolved(HtmlWriter h, IReadOnlyList<ListedEntity> list)
    {
        h.Open("table", ("id", "entities"));
        h.Trusted("<thead><tr><th>Name</th><th>Type</th><th>Country</th><th>Code</th><th>Roles</th><th>Other names</th><th>Mentions</th><th>Articles</th></tr></thead>");
        h.Open("tbody");
        foreach (var e in list)
        {
            h.Open("tr");
            h.Open("td").Link(Url.Path("entities", e.Id), e.Name).Close("td");
            h.Element("td", e.Type);
            h.Element("td", e.Country ?? "—");
            h.Element("td", e.Code ?? "—");
            h.Element("td", string.Join("; ", e.RoleTitles));
            h.Element("td", string.Join(", ", e.Aliases.Take(6)));
            h.Element("td", e.Mentions.ToString(CultureInfo.InvariantCulture));
            h.Element("td", e.Articles.ToString(CultureInfo.InvariantCulture));
            h.Close("tr");
        }

        h.Close("tbody");
        h.Close("table");
    }

    private static void Mentions(HtmlWriter h, DocumentCache store, string? type, string? name)
    {
        var (entities, _) = AnnotationsApi.MentionGroups(store, new MentionFilter(type, name), 0, int.MaxValue);
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
    }
}
