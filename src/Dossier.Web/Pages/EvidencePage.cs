using System.Globalization;
using Dossier.Corpus;
using Dossier.Corpus.EventMerging;
using Dossier.Model;
using Dossier.Storage;
using Dossier.Web.Html;
using Dossier.Web.Http;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>
/// The evidence of a merged event: what the reports agree on, then every reporting article side by side, each with
/// its supporting sentences highlighted in their context and a link to the whole article scrolled to the sentence.
/// </summary>
internal static class EvidencePage
{
    public static IResult Event(HttpContext context, DocumentCache store, string id)
    {
        if (store.Store.LoadEvent(id) is not { } e)
        {
            return Problems.NoSuch(context, "DOS1136", "merged event", id, "/api/timeline");
        }

        var corpus = store.Corpus(CorpusParts.Core);
        var story = e.Articles.Select(corpus.StoryOf).OfType<Story>().FirstOrDefault();
        var reports = e.Evidence.GroupBy(ev => ev.Article, StringComparer.Ordinal)
            .Select(g => (Article: store.Article(g.Key), Spans: g.Select(ev => new TextSpan(ev.Start, ev.End)).OrderBy(s => s.Start).ToList()))
            .Where(r => r.Article is not null)
            .OrderBy(r => r.Article!.Metadata.Published ?? r.Article.Metadata.PublishedRange?.Earliest ?? DateOnly.MaxValue)
            .ThenBy(r => r.Article!.Id, StringComparer.Ordinal)
            .ToList();
        return PageKit.Html(Layout.Page("Evidence: " + e.Summary, "Stories", h =>
        {
            h.Element("h1", e.Summary);
            Facts(h, e, story);
            h.Element("h2", $"Reported by {reports.Count} article{(reports.Count == 1 ? string.Empty : "s")} ({e.IndependentSources.ToString(CultureInfo.InvariantCulture)} independent)");
            h.Open("div", ("class", "side-by-side"), ("id", "evidence-columns"));
            foreach (var (article, spans) in reports)
            {
                Column(h, article!, store.Document(article!), spans);
            }

            h.Close("div");
        }));
    }

    private static void Facts(HtmlWriter h, MergedEvent e, Dossier.Corpus.Story? story)
    {
        h.Open("dl", ("class", "meta"), ("id", "event-facts"));
        Row(h, "Date", e.Date is null ? "undated" : $"{e.Date} ({Api.Dto.ArticleSummary.Iso(e.Earliest)} … {Api.Dto.ArticleSummary.Iso(e.Latest)})");
        Row(h, "Event", $"{e.Code} {e.Label} · {e.Modality}" + (e.Goldstein is { } g ? $" · Goldstein {g.ToString("0.0", CultureInfo.InvariantCulture)}" : string.Empty));
        h.Element("dt", "Who");
        h.Open("dd");
        Actors(h, e.Sources);
        h.Text(" → ");
        Actors(h, e.Targets);
        h.Close("dd");
        if (story is not null)
        {
            h.Element("dt", "Story");
            h.Open("dd").Link(Url.Path("stories", story.Id) + "#d-" + (e.Date ?? string.Empty), story.Title).Close("dd");
        }

        h.Element("dt", "Data");
        h.Open("dd").Link(Url.Path("api", "timeline", "events", e.Id), "this event (JSON)").Close("dd");
        h.Close("dl");
    }

    private static void Actors(HtmlWriter h, IReadOnlyList<EventParticipant> actors)
    {
        if (actors.Count == 0)
        {
            h.Text("?");
            return;
        }

        for (int i = 0; i < actors.Count; i++)
        {
            h.Text(i == 0 ? string.Empty : ", ");
            if (actors[i].Id.StartsWith("ent:", StringComparison.Ordinal))
            {
                h.Link(Url.Path("entities", actors[i].Id), actors[i].Name);
            }
            else
            {
                h.Text(actors[i].Name);
            }
        }
    }

    private static void Column(HtmlWriter h, ArticleRecord a, Document doc, IReadOnlyList<TextSpan> spans)
    {
        h.Open("article", ("class", "source"), ("data-article", a.Id));
        h.Open("h3");
        PageKit.ArticleLink(h, a);
        h.Close("h3");
        h.Open("div", ("class", "muted"));
        PageKit.Date(h, a.Metadata);
        h.Text(" · " + (PageKit.Outlet(a) ?? "no outlet named"));
        h.Close("div");
        var units = TextUnits.Of(doc);
        foreach (var span in spans.Where(s => s.Start >= 0 && s.End <= doc.Text.Length && s.Start < s.End))
        {
            int at = Enumerable.Range(0, units.Count).FirstOrDefault(i => units[i].Contains(span.Start), -1);
            int from = at > 0 ? units[at - 1].Start : span.Start;
            int to = at >= 0 && at + 1 < units.Count ? units[at + 1].End : span.End;
            from = Math.Min(from, span.Start);
            to = Math.Max(to, span.End);
            h.Open("div", ("class", "excerpt"));
            h.Text(from > 0 ? "… " : string.Empty);
            h.Text(doc.Text, from, span.Start);
            h.Element("mark", doc.Text[span.Start..span.End], ("class", "evidence"));
            h.Text(doc.Text, span.End, to);
            h.Text(to < doc.Text.Length ? " …" : string.Empty);
            h.Close("div");
            h.Open("p").Link(Url.Evidence(a.Id, span.Start, span.End), "Open the whole article at this sentence", ("class", "whole")).Close("p");
        }

        h.Close("article");
    }

    private static void Row(HtmlWriter h, string label, string value)
    {
        h.Element("dt", label);
        h.Element("dd", value);
    }
}
