using System.Globalization;
using Dossier.Corpus;
using Dossier.Corpus.Agreements;
using Dossier.Storage;
using Dossier.Web.Api;
using Dossier.Web.Html;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>Agreements tracked across articles: parties, status, signing date, term, and their history as a state timeline with the sentences behind each state.</summary>
internal static class AgreementsPage
{
    public static IResult Render(DocumentCache store)
    {
        var agreements = ClaimsApi.Ordered(store.Corpus(CorpusParts.Core).Agreements).ToList();
        var articles = store.ArticlesById();
        return PageKit.Html(Layout.Page("Agreements", "Agreements", h =>
        {
            h.Element("h1", "Agreements");
            if (agreements.Count == 0)
            {
                Layout.Notice(h, "No agreements are tracked yet (the corpus stages run after every ingest).");
                return;
            }

            foreach (var a in agreements)
            {
                Write(h, a, articles);
            }
        }));
    }

    private static void Write(HtmlWriter h, Agreement a, IReadOnlyDictionary<string, ArticleRecord> articles)
    {
        h.Open("section", ("class", "agreement"), ("id", a.Id));
        h.Open("h2").Text(a.Name);
        if (a.Status is { } status)
        {
            h.Element("span", status, ("class", "badge " + status.Replace(' ', '-')));
        }

        h.Close("h2");
        h.Open("dl", ("class", "meta"));
        if (a.Aliases.Count > 0)
        {
            Row(h, "Also called", string.Join("; ", a.Aliases));
        }

        Row(h, "Parties", a.PartyNames.Count > 0 ? string.Join(", ", a.PartyNames) : "?");
        Row(h, "Signed", a.Signed ?? "?");
        Row(h, "Term", a.TermYears is { } t ? t.ToString(CultureInfo.InvariantCulture) + " years" : "?");
        Row(h, "Reported in", $"{a.Sources.Count} article(s)");
        h.Close("dl");
        if (a.History.Count > 0)
        {
            h.Open("ol", ("class", "states"), ("aria-label", "State history"));
            foreach (var step in a.History)
            {
                h.Open("li", ("class", step.Date is null ? "undated" : "dated"), ("data-state", step.State));
                h.Element("span", step.State, ("class", "state"));
                h.Element("span", step.Date ?? "undated", ("class", "muted"));
                h.Open("ul");
                foreach (var ev in step.Evidence.Take(4))
                {
                    h.Open("li");
                    string where = articles.TryGetValue(ev.Article, out var r) ? PageKit.Outlet(r) ?? PageKit.Title(r) : ev.Article;
                    h.Link(Url.Evidence(ev.Article, ev.Start, ev.End), where, ("title", ev.Text));
                    h.Close("li");
                }

                h.Close("ul");
                h.Close("li");
            }

            h.Close("ol");
        }

        if (a.Provisions.Count > 0)
        {
            h.Element("h3", "Provisions reported");
            h.Open("ul");
            foreach (var p in a.Provisions)
            {
                h.Open("li");
                h.Text(p.Negated ? "does not provide: " : "provides: ");
                h.Link(Url.Evidence(p.Evidence.Article, p.Evidence.Start, p.Evidence.End), p.Text);
                h.Close("li");
            }

            h.Close("ul");
        }

        h.Close("section");
    }

    private static void Row(HtmlWriter h, string label, string value)
    {
        h.Element("dt", label);
        h.Element("dd", value);
    }
}
