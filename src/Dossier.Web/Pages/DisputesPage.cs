using System.Globalization;
using Dossier.Claims;
using Dossier.Corpus.Claims;
using Dossier.Storage;
using Dossier.Web.Api;
using Dossier.Web.Html;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>
/// Claims and disputes: each claim with the sources asserting it (or confirming it) and those denying it in two
/// columns, each stance dated (when the source took it, else when the article reported it) and linked to its sentence.
/// </summary>
internal static class DisputesPage
{
    public static IResult Render(HttpContext context, DocumentCache store, string? status, string? about, string? story)
    {
        if (ClaimsApi.Select(context, store, Blank(status), Blank(about), Blank(story), out var problem) is not { } claims)
        {
            return problem!;
        }

        var articles = store.ArticlesById();
        return PageKit.Html(Layout.Page("Disputes", "Disputes", h =>
        {
            h.Element("h1", "Disputes");
            h.Open("form", ("method", "get"), ("action", "/disputes"), ("class", "inline"));
            h.Element("label", "About", ("for", "about"));
            h.Void("input", ("type", "search"), ("name", "about"), ("id", "about"), ("value", Blank(about)), ("placeholder", "suspension, drones, Jalali…"));
            h.Element("label", "Status", ("for", "status"));
            h.Open("select", ("name", "status"), ("id", "status"));
            h.Element("option", "any status", ("value", string.Empty));
            foreach (string s in new[] { ClaimStatus.Disputed, ClaimStatus.Denied, ClaimStatus.Asserted, ClaimStatus.Confirmed, ClaimStatus.Unresolved })
            {
                h.Element("option", s, ("value", s), ("selected", s == status ? "selected" : null));
            }

            h.Close("select");
            h.Element("button", "Show", ("type", "submit"));
            h.Close("form");
            if (claims.Count == 0)
            {
                Layout.Notice(h, "No claims match (claims come from the corpus stages, which run after every ingest).");
                return;
            }

            h.Element("p", $"{claims.Count.ToString(CultureInfo.InvariantCulture)} claim{(claims.Count == 1 ? string.Empty : "s")}, disputed first.", ("class", "muted"));
            foreach (var c in claims)
            {
                WriteClaim(h, c, articles);
            }
        }));
    }

    private static void WriteClaim(HtmlWriter h, Claim c, IReadOnlyDictionary<string, ArticleRecord> articles)
    {
        h.Open("section", ("class", "claim"), ("id", c.Id), ("data-status", c.Status));
        h.Open("h2").Text(c.Proposition).Element("span", c.Status, ("class", "badge " + c.Status)).Close("h2");
        h.Element("p", $"{c.Sources.Count} article(s), {c.IndependentSources} independent · {c.Id}", ("class", "muted"));
        h.Open("div", ("class", "two-cols"));
        Column(h, "Asserting", "asserting", c.Stances.Where(s => s.Position is Positions.Asserts or Positions.Confirms), articles);
        Column(h, "Denying", "denying", c.Stances.Where(s => s.Position == Positions.Denies), articles);
        h.Close("div");
        var others = c.Stances.Where(s => s.Position is not (Positions.Asserts or Positions.Confirms or Positions.Denies)).ToList();
        if (others.Count > 0)
        {
            h.Element("h3", "Questioning or retracting");
            h.Open("ul", ("class", "others"));
            foreach (var s in others)
            {
                WriteStance(h, s, articles);
            }

            h.Close("ul");
        }

        h.Close("section");
    }

    private static void Column(HtmlWriter h, string title, string css, IEnumerable<Stance> stances, IReadOnlyDictionary<string, ArticleRecord> articles)
    {
        var list = stances.OrderBy(s => s.Date ?? s.Reported ?? "9999", StringComparer.Ordinal).ToList();
        h.Open("div", ("class", css));
        h.Element("h3", $"{title} ({list.Count})");
        if (list.Count == 0)
        {
            h.Element("p", "No source.", ("class", "muted"));
        }
        else
        {
            h.Open("ul");
            foreach (var s in list)
            {
                WriteStance(h, s, articles);
            }

            h.Close("ul");
        }

        h.Close("div");
    }

    private static void WriteStance(HtmlWriter h, Stance s, IReadOnlyDictionary<string, ArticleRecord> articles)
    {
        h.Open("li", ("class", "stance " + s.Position));
        h.Open("strong", ("class", "by"));
        if (s.By is { } by && by.StartsWith("ent:", StringComparison.Ordinal))
        {
            h.Link(Url.Path("entities", by), s.ByText);
        }
        else
        {
            h.Text(s.ByText);
        }

        h.Close("strong");
        h.Text($" {s.Position} · ");
        h.Element("span", s.Date ?? (s.Reported is { } r ? "reported " + r : "undated"), ("class", "date"));
        if (articles.TryGetValue(s.Evidence.Article, out var a))
        {
            h.Text(" · " + (PageKit.Outlet(a) ?? PageKit.Title(a)));
        }

        h.Open("div", ("class", "muted"));
        h.Link(Url.Evidence(s.Evidence.Article, s.Evidence.Start, s.Evidence.End), "“" + s.Evidence.Text + "”");
        h.Close("div");
        h.Close("li");
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
