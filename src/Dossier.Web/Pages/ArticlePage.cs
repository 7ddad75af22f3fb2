using System.Globalization;
using Dossier.Model;
using Dossier.Storage;
using Dossier.Web.Api;
using Dossier.Web.Evidence;
using Dossier.Web.Html;
using Dossier.Web.Http;
using Dossier.Web.Storage;

namespace Dossier.Web.Pages;

/// <summary>
/// An article: metadata, captions, the body cut into citable sentences (each with its evidence link), and what the
/// per-article stages found. With <c>?start=&amp;end=</c> it is the evidence view: that span is highlighted and other
/// articles' sentences about the same things are shown side by side.
/// </summary>
internal static class ArticlePage
{
    public static IResult Render(HttpContext context, DocumentCache corpus, string id)
    {
        if (corpus.Article(id) is not { } a)
        {
            return Problems.NoArticle(context, id);
        }

        var doc = corpus.Document(a);
        if (!TryMark(context, doc, out var mark, out var problem))
        {
            return problem!;
        }

        var related = mark is { } m ? RelatedSentences.Find(corpus, a, doc, TextUnits.Around(doc, m).Covers(m) ? TextUnits.Around(doc, m) : m) : [];
        return PageKit.Html(Layout.Page(PageKit.Title(a), "Stories", h =>
        {
            h.Element("h1", PageKit.Title(a));
            Metadata(h, a);
            if (mark is { } span)
            {
                Evidence(h, a, doc, span, related);
            }

            h.Open("div", ("class", "cols"));
            h.Open("section", ("aria-label", "Article text"));
            h.Element("h2", "Text");
            Body(h, a, doc, mark);
            if (a.Metadata.Captions.Count > 0)
            {
                h.Element("h2", "Captions");
                h.Open("ul", ("id", "captions"));
                foreach (string c in a.Metadata.Captions)
                {
                    h.Element("li", c);
                }

                h.Close("ul");
            }

            h.Close("section");
            h.Open("aside");
            Annotations(h, a, doc);
            h.Close("aside");
            h.Close("div");
        }));
    }

    private static bool TryMark(HttpContext context, Document doc, out TextSpan? mark, out IResult? problem)
    {
        mark = null;
        problem = null;
        string? s = context.Request.Query["start"];
        string? e = context.Request.Query["end"];
        if (s is null && e is null)
        {
            return true;
        }

        if (!int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out int start)
            || !int.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out int end)
            || start >= end || end > doc.Text.Length)
        {
            problem = Problems.Result(context, 400, "DOS1111", "Bad evidence span",
                $"start and end must both be given, with 0 ≤ start < end ≤ {doc.Text.Length} (the body's length); got start={s ?? "∅"}, end={e ?? "∅"}.");
            return false;
        }

        mark = new TextSpan(start, end);
        return true;
    }

    private static void Metadata(HtmlWriter h, ArticleRecord a)
    {
        var m = a.Metadata;
        h.Open("dl", ("class", "meta"));
        h.Element("dt", "Published");
        h.Open("dd");
        PageKit.Date(h, m);
        h.Close("dd");
        Row(h, "Outlet", m.Outlet);
        Row(h, "Wire", m.Wire);
        Row(h, "Dateline", m.Dateline);
        Row(h, "Byline", m.Byline);
        h.Element("dt", "Source");
        h.Open("dd");
        if (m.Url is not null)
        {
            h.ExternalLink(m.Url, a.Source);
        }
        else
        {
            h.Text(a.Source);
        }

        h.Close("dd");
        Row(h, "Stored", $"version {a.Version}, {a.Body.Length:N0} characters, id {a.Id}");
        h.Element("dt", "Data");
        h.Open("dd").Link(Url.Path("api", "articles", a.Id, "document"), "annotated document (JSON)").Close("dd");
        h.Close("dl");
    }

    private static void Row(HtmlWriter h, string label, string? value)
    {
        if (value is not null)
        {
            h.Element("dt", label);
            h.Element("dd", value);
        }
    }

    private static void Evidence(HtmlWriter h, ArticleRecord a, Document doc, TextSpan span, IReadOnlyList<RelatedSentence> related)
    {
        h.Open("section", ("id", "side-by-side"), ("aria-label", "Evidence"));
        h.Element("h2", "Evidence");
        h.Open("div", ("class", "side-by-side"));
        h.Open("article", ("class", "this"));
        h.Open("h3");
        h.Text("Highlighted in this article (");
        h.Link("#evidence", "jump to it");
        h.Text(")");
        h.Close("h3");
        h.Element("blockquote", span.Slice(doc.Text));
        h.Close("article");
        foreach (var r in related)
        {
            h.Open("article", ("class", "related"));
            h.Open("h3");
            PageKit.ArticleLink(h, r.Article, r.Span);
            h.Close("h3");
            h.Open("div", ("class", "muted"));
            PageKit.Date(h, r.Article.Metadata);
            if (PageKit.Outlet(r.Article) is { } outlet)
            {
                h.Text(" · " + outlet);
            }

            h.Close("div");
            h.Element("blockquote", r.Text);
            h.Element("div", "Shares: " + string.Join(", ", r.Shared), ("class", "muted"));
            h.Close("article");
        }

        h.Close("div");
        Layout.Notice(h, related.Count == 0
            ? "No other stored article has a sentence sharing names with this passage."
            : doc.Entities.Any(e => e.EntityId is not null && span.Covers(e.Span))
                ? "Other articles' sentences that mention the same entities."
                : "Other articles' sentences that share names with this passage (matched by name, rarer names weighing more; entity resolution will replace this).");
        h.Close("section");
    }

    private static void Body(HtmlWriter h, ArticleRecord a, Document doc, TextSpan? mark)
    {
        string text = doc.Text;
        string unit = TextUnits.Name(doc);
        var state = new MarkState(mark);
        h.Open("div", ("class", "body"), ("id", "body"));
        int at = 0;
        var units = TextUnits.Of(doc);
        for (int i = 0; i < units.Count; i++)
        {
            var u = units[i];
            state.Write(h, text, at, u.Start);
            h.Open("span", ("id", "u" + i.ToString(CultureInfo.InvariantCulture)), ("class", "unit"));
            state.Write(h, text, u.Start, u.End);
            h.Close("span");
            h.Link(Url.Evidence(a.Id, u.Start, u.End), "¶", ("class", "cite"), ("title", $"Evidence link to this {unit}"));
            at = u.End;
        }

        state.Write(h, text, at, text.Length);
        h.Close("div");
    }

    private static void Annotations(HtmlWriter h, ArticleRecord a, Document doc)
    {
        Panel(h, "Entities", "entities", AnnotationViews.EntityMentions(a, doc).Select(s => (s, (string?)null)));
        Panel(h, "Dates and times", "timexes", AnnotationViews.Timexes(a, doc).Select(t => (t.Span, (string?)$"{t.Type} {t.Value ?? "?"}")));
        Panel(h, "Quotes", "quotes", AnnotationViews.Quotes(a, doc).Select(q => (q.Span, (string?)$"{q.Speaker ?? "unknown speaker"} · {q.Verb ?? q.Kind}")));
        Panel(h, "Events", "events", AnnotationViews.Events(a, doc).Select(e => (e.Evidence, (string?)$"{e.Code} {e.Label} · {e.Date ?? "undated"} · {e.Modality}")));
    }

    private static void Panel(HtmlWriter h, string title, string id, IEnumerable<(Api.Dto.SpanItem Span, string? Note)> items)
    {
        var list = items.ToList();
        h.Open("div", ("class", "panel"), ("id", id));
        h.Element("h2", $"{title} ({list.Count})");
        if (list.Count == 0)
        {
            h.Element("p", "None recorded for this article (the stage that finds them may not be part of the pipeline yet).", ("class", "muted"));
        }
        else
        {
            h.Open("ul");
            foreach (var (span, note) in list.Take(200))
            {
                h.Open("li");
                h.Link(span.Evidence, span.Text.Length > 120 ? span.Text[..117] + "…" : span.Text);
                if (note is not null)
                {
                    h.Element("span", " " + note, ("class", "muted"));
                }

                h.Close("li");
            }

            h.Close("ul");
        }

        h.Close("div");
    }

    /// <summary>Writes text, wrapping the parts inside the highlighted span in &lt;mark&gt;; the first gets id="evidence".</summary>
    private sealed class MarkState(TextSpan? mark)
    {
        private bool first = true;

        public void Write(HtmlWriter h, string text, int start, int end)
        {
            if (start >= end)
            {
                return;
            }

            if (mark is not { } m || m.End <= start || m.Start >= end)
            {
                h.Text(text, start, end);
                return;
            }

            int s = Math.Max(start, m.Start), e = Math.Min(end, m.End);
            h.Text(text, start, s);
            h.Element("mark", text[s..e], ("id", first ? "evidence" : null));
            first = false;
            h.Text(text, e, end);
        }
    }
}
