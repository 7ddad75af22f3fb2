using System.Globalization;
using Dossier.Corpus;
using Dossier.Corpus.EventMerging;
using Dossier.Corpus.Timelines;
using Dossier.Storage;
using Dossier.Web.Html;
using Dossier.Web.Storage;
using Dossier.Web.Views;

namespace Dossier.Web.Pages;

/// <summary>
/// A story (or, at /timeline, everything stored): its timeline of merged events drawn as SVG, then each date with its
/// sources, their evidence sentences and the independent-source count; filters by actor and event type. Each entry
/// links to the evidence of its leading event.
/// </summary>
internal static class StoryPage
{
    public static IResult Render(HttpContext context, DocumentCache store, string? id)
    {
        // A story's page reads only the story's merged events (from the timeline index); the whole timeline reads them all.
        CorpusSnapshot corpus;
        int stored;
        if (id is null)
        {
            corpus = store.Corpus();
            stored = corpus.Events.Count;
        }
        else
        {
            corpus = EventTimeline.LoadSelected(store.Store, new TimelineQuery(id), out stored);
        }

        if (TimelineFilter.Parse(context, s => corpus.Stories.Any(story => string.Equals(story.Id, s, StringComparison.Ordinal)), id ?? string.Empty, out var problem) is not { } filter)
        {
            return problem!;
        }

        var story = id is null ? null : corpus.Stories.First(s => s.Id == id);
        var entries = filter.Entries(corpus);
        // A story's page looks up only the articles it shows (its own and its entries' sources), not every article.
        var articles = story is null
            ? store.ArticlesById()
            : story.Articles.Concat(entries.SelectMany(e => e.Sources)).Distinct(StringComparer.Ordinal)
                .Select(store.Article).OfType<ArticleRecord>().ToDictionary(a => a.Id, StringComparer.Ordinal);
        var events = corpus.Events.ToDictionary(e => e.Id, StringComparer.Ordinal);
        string path = story is null ? "/timeline" : Url.Path("stories", story.Id);
        string title = story?.Title ?? "Timeline";
        return PageKit.Html(Layout.Page(title, story is null ? "Timeline" : "Stories", h =>
        {
            h.Element("h1", title);
            Summary(h, corpus, story, articles);
            Filters(h, path, corpus, story, filter);
            if (entries.Count == 0)
            {
                Layout.Notice(h, stored == 0
                    ? "No merged events are stored yet: the corpus stages run after every ingest."
                    : "No dated events that happened match these filters.");
                return;
            }

            h.Element("h2", $"{entries.Count} date{(entries.Count == 1 ? string.Empty : "s")}");
            TimelineChart.Write(h, entries, e => Url.Path("evidence", "events", e.Events[0]));
            h.Open("ol", ("class", "entries"), ("id", "entries"));
            foreach (var e in entries)
            {
                Entry(h, e, events, articles);
            }

            h.Close("ol");
        }));
    }

    private static void Summary(HtmlWriter h, CorpusSnapshot corpus, Story? story, IReadOnlyDictionary<string, ArticleRecord> articles)
    {
        var members = story?.Articles ?? [.. articles.Keys];
        h.Open("dl", ("class", "meta"), ("id", "story-summary"));
        if (story is not null)
        {
            h.Element("dt", "Dates");
            h.Element("dd", $"{Api.Dto.ArticleSummary.Iso(story.First) ?? "?"} … {Api.Dto.ArticleSummary.Iso(story.Last) ?? "?"}");
        }

        h.Element("dt", "Articles");
        h.Open("dd");
        h.Text($"{members.Count} ({corpus.IndependentSources(members)} independent): ");
        bool first = true;
        foreach (string a in members)
        {
            if (articles.TryGetValue(a, out var record))
            {
                h.Text(first ? string.Empty : "; ");
                PageKit.ArticleLink(h, record);
                if (PageKit.Outlet(record) is { } outlet)
                {
                    h.Text($" ({outlet})");
                }

                first = false;
            }
        }

        h.Close("dd");
        h.Element("dt", "Data");
        h.Open("dd").Link(story is null ? "/api/timeline" : Url.WithQuery("/api/timeline", ("story", story.Id)), "timeline (JSON)").Close("dd");
        h.Close("dl");
    }

    private static void Filters(HtmlWriter h, string path, CorpusSnapshot corpus, Story? story, TimelineFilter filter)
    {
        var scope = new TimelineFilter(story?.Id, [], null, null).Events(corpus);
        h.Open("form", ("method", "get"), ("action", path), ("class", "inline"), ("id", "filters"));
        h.Element("label", "Actor", ("for", "actor"));
        h.Open("select", ("name", "actor"), ("id", "actor"));
        h.Element("option", "any actor", ("value", string.Empty));
        foreach (var (actorId, name, count) in Actors(scope))
        {
            h.Element("option", $"{Short(name, 50)} ({count})", ("value", actorId), ("selected", filter.Actors.Contains(actorId, StringComparer.Ordinal) ? "selected" : null));
        }

        h.Close("select");
        h.Element("label", "Event type", ("for", "type"));
        h.Open("select", ("name", "type"), ("id", "type"));
        h.Element("option", "any type", ("value", string.Empty));
        foreach (var (root, label, count) in Types(scope))
        {
            h.Element("option", $"{root} {Short(label, 50)} ({count})", ("value", root), ("selected", filter.Type == root ? "selected" : null));
        }

        h.Close("select");
        h.Element("button", "Filter", ("type", "submit"));
        if (filter.Actors.Count > 0 || filter.Type is not null || filter.Top is not null)
        {
            h.Link(path, "clear filters");
        }

        h.Close("form");
    }

    /// <summary>The actors of the events in scope, most frequent first (at most 60).</summary>
    private static IEnumerable<(string Id, string Name, int Count)> Actors(IReadOnlyList<MergedEvent> events) =>
        events.SelectMany(e => e.Participants.DistinctBy(p => p.Id).Select(p => (p.Id, p.Name)))
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Name, g.Count()))
            .OrderByDescending(x => x.Item3).ThenBy(x => x.Name, StringComparer.Ordinal).Take(60);

    /// <summary>The CAMEO root codes of the events in scope, with the labels their events carry.</summary>
    private static IEnumerable<(string Root, string Label, int Count)> Types(IReadOnlyList<MergedEvent> events) =>
        events.Where(e => e.Code.Length >= 2)
            .GroupBy(e => e.Code[..2], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, string.Join(", ", g.OrderBy(e => e.Code.Length).ThenBy(e => e.Code, StringComparer.Ordinal).Select(e => e.Label).Distinct(StringComparer.Ordinal).Take(3)), g.Count()));

    private static void Entry(HtmlWriter h, TimelineEntry e, IReadOnlyDictionary<string, MergedEvent> events, IReadOnlyDictionary<string, ArticleRecord> articles)
    {
        string shape = DateShape.Of(e.Earliest, e.Latest);
        var merged = e.Events.Select(id => events.GetValueOrDefault(id)).OfType<MergedEvent>().ToList();
        h.Open("li", ("id", "d-" + e.Date), ("data-date", e.Date), ("class", shape));
        h.Element("span", e.Date, ("class", "when " + shape), ("title", TimelineChart.Describe(shape)));
        h.Link(Url.Path("evidence", "events", e.Events[0]), e.Summary, ("class", "entry"));
        h.Element("div", $"{Plural(e.Sources.Count, "source")}, {e.IndependentSources.ToString(CultureInfo.InvariantCulture)} independent · " +
            $"{Plural(e.Events.Count, "event")} · salience {e.Salience.ToString("0.00", CultureInfo.InvariantCulture)}", ("class", "muted counts"));
        h.Open("ul", ("class", "sources"));
        foreach (string source in e.Sources)
        {
            h.Open("li", ("data-article", source));
            if (articles.TryGetValue(source, out var a))
            {
                PageKit.ArticleLink(h, a);
                h.Text($" · {PageKit.Outlet(a) ?? "no outlet named"} · ");
                PageKit.Date(h, a.Metadata);
            }
            else
            {
                h.Text(source);
            }

            if (merged.SelectMany(m => m.Evidence).FirstOrDefault(ev => ev.Article == source) is { } evidence && articles.TryGetValue(source, out var record)
                && evidence.End <= record.Body.Length && evidence.Start < evidence.End)
            {
                h.Open("div", ("class", "muted"));
                h.Link(Url.Evidence(source, evidence.Start, evidence.End), "“" + record.Body[evidence.Start..evidence.End] + "”");
                h.Close("div");
            }

            h.Close("li");
        }

        h.Close("ul");
        if (merged.Count > 1)
        {
            h.Open("details");
            h.Element("summary", $"The {merged.Count} events on this date");
            h.Open("ul");
            foreach (var m in merged)
            {
                h.Open("li");
                h.Text($"{m.Code} {m.Label} · {m.Modality} · {Plural(m.IndependentSources, "independent source")}: ");
                h.Link(Url.Path("evidence", "events", m.Id), m.Summary);
                h.Close("li");
            }

            h.Close("ul");
            h.Close("details");
        }

        h.Close("li");
    }

    private static string Short(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string Plural(int n, string word) => $"{n.ToString(CultureInfo.InvariantCulture)} {word}{(n == 1 ? string.Empty : "s")}";
}
