using System.Globalization;
using Dossier.Corpus;
using Dossier.Corpus.Entities;
using Dossier.Corpus.EventMerging;
using Dossier.Storage;
using Dossier.Web.Api;
using Dossier.Web.Html;
using Dossier.Web.Http;
using Dossier.Web.Storage;
using Microsoft.AspNetCore.Antiforgery;

namespace Dossier.Web.Pages;

/// <summary>
/// One entity across articles: names, roles over time with their evidence, its quotes, the merged events it takes
/// part in, where it is mentioned, and the analyst's corrections (rename, merge, delete), each a form with an
/// anti-forgery token that stores a decision the corpus stages re-apply after every ingest. It lists at most
/// <see cref="EntityListing.Shown"/> roles, quotes, merged events and mentioning articles, each read alone (the entity
/// listing, the quote rows, one article at a time), so its cost follows the entity, not the store.
/// </summary>
internal static class EntityPage
{
    public static IResult Render(HttpContext context, DocumentCache store, IAntiforgery antiforgery, string id)
    {
        // The entity, its quotes and its events are read alone (the entity listing, the quote rows), not made from
        // every entity, document and merged event.
        if (CorpusEntitiesApi.Head(store, id) is not { } head)
        {
            return Problems.NoSuch(context, "DOS1139", "entity", id, "/entities");
        }

        var e = head.Entity;
        var members = new HashSet<string>(e.MemberIds.Append(e.Id), StringComparer.Ordinal);
        var articles = new Dictionary<string, ArticleRecord?>(StringComparer.Ordinal);
        ArticleRecord? Article(string articleId) => articles.TryGetValue(articleId, out var found) ? found : articles[articleId] = store.Article(articleId);
        var tokens = antiforgery.GetAndStoreTokens(context);
        string? decision = context.Request.Query["decision"];
        return PageKit.Html(Layout.Page(e.Name, "Entities", h =>
        {
            h.Element("h1", e.Name);
            if (decision is not null && long.TryParse(decision, NumberStyles.None, CultureInfo.InvariantCulture, out long seq))
            {
                h.Element("p", $"Decision {seq.ToString(CultureInfo.InvariantCulture)}: {store.Store.LoadDecisionOutcome(seq) ?? "recorded"}.", ("class", "notice"), ("id", "decision"));
            }

            Facts(h, e);
            Roles(h, head, Article);
            h.Element("h2", "Quotes");
            var said = store.Store.ListQuotes(new QuoteFilter { SpeakerEntities = members }, QuoteOrder.Article, 0, EntityListing.Shown);
            var quotes = said.Quotes.Select(AnnotationViews.Quote).ToList();
            if (said.Total > quotes.Count)
            {
                h.Element("p", $"The first {quotes.Count.ToString(CultureInfo.InvariantCulture)} of {said.Total.ToString(CultureInfo.InvariantCulture)} quotes.", ("class", "muted"), ("id", "quotes-shown"));
            }

            List(h, "quotes", quotes, q =>
            {
                h.Link(q.Span.Evidence, q.Span.Text.Length > 160 ? q.Span.Text[..157] + "…" : q.Span.Text);
                h.Element("span", $" — {q.Verb ?? q.Kind} · {q.Outlet ?? "no outlet"} · {q.Published ?? "undated"}", ("class", "muted"));
            });
            h.Element("h2", "Events");
            List(h, "events", Events(store, members), ev =>
            {
                h.Text($"{ev.Date ?? "undated"} · {ev.Code} {ev.Label} · {ev.Modality}: ");
                h.Link(Url.Path("evidence", "events", ev.Id), ev.Summary);
            });
            Mentions(h, head, Article);
            Corrections(h, e, tokens);
        }));
    }

    /// <summary>The first merged events (in the snapshot's order) with an actor among <paramref name="members"/>: read from the entity listing, else found among every merged event.</summary>
    private static List<MergedEvent> Events(DocumentCache store, HashSet<string> members) =>
        EntityListing.EventIds(store.Store, members) is { } ids
            ? [.. ids.Select(store.Store.LoadEvent).OfType<MergedEvent>()]
            : [.. store.Corpus(CorpusParts.Events).Events.Where(ev => ev.Participants.Any(p => members.Contains(p.Id))).Take(EntityListing.Shown)];

    private static void Facts(HtmlWriter h, CorpusEntity e)
    {
        h.Open("dl", ("class", "meta"), ("id", "entity-facts"));
        Row(h, "Id", e.Id);
        Row(h, "Type", e.Type);
        Row(h, "Country", e.Country);
        Row(h, "Actor code", e.Code);
        Row(h, "Other names", e.Aliases.Count > 0 ? string.Join(", ", e.Aliases) : null);
        Row(h, "Knowledge base", e.InKnowledgeBase ? "yes" : "no");
        h.Element("dt", "Data");
        h.Open("dd").Link(Url.Path("api", "corpus", "entities", e.Id), "this entity (JSON)").Close("dd");
        h.Close("dl");
    }

    private static void Roles(HtmlWriter h, EntityHead head, Func<string, ArticleRecord?> article)
    {
        var e = head.Entity;
        h.Element("h2", "Roles over time");
        if (e.Roles.Count == 0)
        {
            h.Element("p", "No role recorded.", ("class", "muted"));
            return;
        }

        if (head.Roles > e.Roles.Count)
        {
            h.Element("p", $"The first {e.Roles.Count.ToString(CultureInfo.InvariantCulture)} of {head.Roles.ToString(CultureInfo.InvariantCulture)} roles; the entity's data lists every role.", ("class", "muted"), ("id", "roles-shown"));
        }

        h.Open("table", ("id", "roles"));
        h.Trusted("<thead><tr><th>From</th><th>To</th><th>Role</th><th>Of</th><th>Source</th></tr></thead>");
        h.Open("tbody");
        foreach (var r in EntityHead.InPageOrder(e.Roles))
        {
            h.Open("tr");
            h.Element("td", r.From ?? "?");
            h.Element("td", r.To ?? (r.From is null ? "?" : "—"));
            h.Element("td", r.Title + (r.Sector is { } s ? $" ({s})" : string.Empty));
            h.Element("td", r.Of ?? "—");
            h.Open("td");
            if (r.Article is { } a && r.Start is int start && r.End is int end)
            {
                h.Link(Url.Evidence(a, start, end), article(a) is { } rec ? PageKit.Outlet(rec) ?? PageKit.Title(rec) : a);
            }
            else
            {
                h.Text(r.Source);
            }

            h.Close("td");
            h.Close("tr");
        }

        h.Close("tbody");
        h.Close("table");
    }

    private static void Mentions(HtmlWriter h, EntityHead head, Func<string, ArticleRecord?> article)
    {
        h.Element("h2", $"Mentions ({head.Mentions.ToString(CultureInfo.InvariantCulture)})");
        var groups = head.Entity.Mentions.GroupBy(m => m.Article, StringComparer.Ordinal).ToList();
        if (head.Articles > groups.Count)
        {
            h.Element("p", $"The first {groups.Count.ToString(CultureInfo.InvariantCulture)} of {head.Articles.ToString(CultureInfo.InvariantCulture)} articles; the entity's data lists every mention.", ("class", "muted"), ("id", "mentions-shown"));
        }

        h.Open("ul", ("id", "mentions"));
        foreach (var group in groups)
        {
            h.Open("li");
            if (article(group.Key) is { } a)
            {
                PageKit.ArticleLink(h, a);
            }
            else
            {
                h.Text(group.Key);
            }

            h.Text(": ");
            foreach (var m in group.Take(EntityListing.MentionsPerArticle))
            {
                h.Link(Url.Evidence(m.Article, m.Start, m.End), m.Text).Text(" ");
            }

            h.Close("li");
        }

        h.Close("ul");
    }

    private static void Corrections(HtmlWriter h, CorpusEntity e, AntiforgeryTokenSet tokens)
    {
        h.Element("h2", "Corrections");
        h.Element("p", "Each correction is kept in the store's audit trail (dossier entities decisions) and re-applied after every ingest.", ("class", "muted"));
        h.Open("form", ("method", "post"), ("action", Url.Path("entities", e.Id, "rename")), ("class", "decision"), ("id", "rename-form"));
        Layout.AntiforgeryField(h, tokens);
        h.Element("label", "Rename to", ("for", "rename-name"));
        h.Void("input", ("type", "text"), ("name", "name"), ("id", "rename-name"), ("required", "required"), ("maxlength", "200"), ("value", e.Name));
        Reason(h, "rename-reason");
        h.Element("button", "Rename", ("type", "submit"));
        h.Close("form");
        h.Open("form", ("method", "post"), ("action", Url.Path("entities", e.Id, "merge")), ("class", "decision"), ("id", "merge-form"));
        Layout.AntiforgeryField(h, tokens);
        h.Element("label", "Merge into this one", ("for", "merge-other"));
        h.Void("input", ("type", "text"), ("name", "other"), ("id", "merge-other"), ("required", "required"), ("maxlength", "200"), ("placeholder", "another entity's id or name"));
        Reason(h, "merge-reason");
        h.Element("button", "Merge", ("type", "submit"));
        h.Close("form");
        h.Open("form", ("method", "post"), ("action", Url.Path("entities", e.Id, "delete")), ("class", "decision"), ("id", "delete-form"));
        Layout.AntiforgeryField(h, tokens);
        h.Element("span", "Not an entity (a tagger error)?");
        Reason(h, "delete-reason");
        h.Element("button", "Delete", ("type", "submit"), ("class", "danger"));
        h.Close("form");
    }

    private static void Reason(HtmlWriter h, string id)
    {
        h.Element("label", "Reason", ("for", id));
        h.Void("input", ("type", "text"), ("name", "reason"), ("id", id), ("maxlength", "500"));
    }

    private static void List<T>(HtmlWriter h, string id, IReadOnlyList<T> items, Action<T> write)
    {
        if (items.Count == 0)
        {
            h.Element("p", "None recorded.", ("class", "muted"), ("id", id));
            return;
        }

        h.Open("ul", ("id", id));
        foreach (var item in items.Take(EntityListing.Shown))
        {
            h.Open("li");
            write(item);
            h.Close("li");
        }

        h.Close("ul");
    }

    private static void Row(HtmlWriter h, string label, string? value)
    {
        if (value is not null)
        {
            h.Element("dt", label);
            h.Element("dd", value);
        }
    }
}
