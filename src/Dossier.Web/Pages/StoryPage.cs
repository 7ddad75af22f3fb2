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
    /// <summary>How many articles the summary of a large snapshot's whole timeline lists at most (beyond, it gives their number).</summary>
    private const int ListedArticles = 200;

    public static IResult Render(HttpContext context, DocumentCache store, string? id, WebSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (id is null && EventTimeline.IndexedEvents(store.Store) is int indexed && indexed > settings.TimelineInMemoryEvents)
        {
            return RenderWhole(context, store, indexed, settings.TimelinePageDates, settings.TimelineListedPerDate);
        }

        // A story's page reads only the story's merged events (from the timeline index); the whole timeline of a
        // snapshot saved without the index reads them all.
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
        // A story's page looks up only the articles it shows (its own and its entries' sources), not every article,
        // and of those only what it shows (titles, outlets and dates, and the evidence it quotes).
        var articles = story is null
            ? store.ArticlesById().ToDictionary(a => a.Key, a => a.Value.Head, StringComparer.Ordinal)
            : Heads(store.Store, story.Articles.Concat(entries.SelectMany(e => e.Sources)));
        var members = story?.Articles ?? [.. articles.Keys];
        var scope = new TimelineFilter(story?.Id, [], null, null).Events(corpus).Select(EventBrief.Of).ToList();
        var events = corpus.Events.ToDictionary(e => e.Id, EventBrief.Of, StringComparer.Ordinal);
        var page = new View(story, members.Count, corpus.IndependentSources(members), members, articles, Quotes(store.Store, entries, events, null), scope, entries, events, stored, null);
        return Write(page, filter);
    }

    /// <summary>
    /// The whole timeline of a large snapshot, from the index the rebuild saved: at most <paramref name="pageDates"/>
    /// dates (the most salient) unless <c>top</c> asks; of each date its first <paramref name="perDate"/> merged
    /// events and sources, read one by one, and how many more there are; every article listed only when there are
    /// few. The actor and type choices are those of the events listed on the most salient dates, whatever the
    /// filters. What it reads follows what it shows, not the store.
    /// </summary>
    private static IResult RenderWhole(HttpContext context, DocumentCache store, int stored, int pageDates, int perDate)
    {
        if (TimelineFilter.Parse(context, s => store.Store.LoadStory(s) is not null, string.Empty, out var problem) is not { } filter)
        {
            return problem!;
        }

        var entries = filter.Entries(store.Store, pageDates, out int dates);
        bool capped = filter.Top is null && dates > pageDates;
        // Of each date, its first events (most independent sources first) and sources are read (at once) and listed.
        var events = store.Store.LoadEventBriefs(entries.SelectMany(d => d.Events.Take(perDate)));

        // The choices come from the key dates without filters, so that a filter never hides the others.
        var keyDates = filter is { Actors.Count: 0, Type: null, Top: null }
            ? entries
            : new TimelineFilter(null, [], null, pageDates).Entries(store.Store);
        var chosen = keyDates.SelectMany(d => d.Events.Take(perDate)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var others = store.Store.LoadEventBriefs(chosen.Where(id => !events.ContainsKey(id)));
        var choices = chosen.Select(id => events.GetValueOrDefault(id) ?? others.GetValueOrDefault(id)).OfType<EventBrief>().ToList();

        var (articleCount, independent) = ArticleFigures(store.Store);
        var listed = articleCount <= ListedArticles ? store.ArticlesById().ToDictionary(a => a.Key, a => a.Value.Head, StringComparer.Ordinal) : null;
        var articles = listed ?? Heads(store.Store, entries.SelectMany(e => e.Sources.Take(perDate)));
        string? notice = capped
            ? $"The {pageDates} most salient of {dates.ToString("N0", CultureInfo.InvariantCulture)} dates; add top=N to the address for another number."
            : null;
        var page = new View(null, articleCount, independent, listed is null ? [] : [.. listed.Keys], articles, Quotes(store.Store, entries, events, perDate), choices, entries, events, stored, notice, perDate);
        return Write(page, filter);
    }

    /// <summary>The articles with these ids, by id, read without their bodies.</summary>
    private static Dictionary<string, ArticleHead> Heads(IArticleStore store, IEnumerable<string> ids) =>
        store.ArticleHeads([.. ids]).ToDictionary(a => a.Id, StringComparer.Ordinal);

    /// <summary>
    /// The evidence each entry quotes of its listed sources (<see cref="Evidence"/>), read from the articles' bodies
    /// at once: the text by span, a span the body does not hold left out.
    /// </summary>
    private static Dictionary<ArticleSpan, string> Quotes(IArticleStore store, IReadOnlyList<TimelineEntry> entries, IReadOnlyDictionary<string, EventBrief> events, int? cap)
    {
        var spans = entries.SelectMany(e => Evidence(e, events, cap).Values).Distinct().ToList();
        var texts = store.BodySpans(spans);
        var quotes = new Dictionary<ArticleSpan, string>();
        for (int i = 0; i < spans.Count; i++)
        {
            if (texts[i] is { } text)
            {
                quotes.Add(spans[i], text);
            }
        }

        return quotes;
    }

    /// <summary>Of each source an entry lists (with <paramref name="cap"/>, its first ones), the first evidence in it of the entry's events that were read (with the cap, its first ones).</summary>
    private static Dictionary<string, ArticleSpan> Evidence(TimelineEntry e, IReadOnlyDictionary<string, EventBrief> events, int? cap)
    {
        var listed = e.Sources.Take(cap ?? int.MaxValue).ToHashSet(StringComparer.Ordinal);
        var found = new Dictionary<string, ArticleSpan>(StringComparer.Ordinal);
        foreach (var ev in e.Events.Take(cap ?? int.MaxValue).Select(id => events.GetValueOrDefault(id)).OfType<EventBrief>().SelectMany(m => m.Evidence))
        {
            if (listed.Contains(ev.Article))
            {
                found.TryAdd(ev.Article, new ArticleSpan(ev.Article, ev.Start, ev.End));
            }
        }

        return found;
    }

    /// <summary>
    /// How many articles the snapshot was built from and how many independent sources they are: its story listing's
    /// figures, else (a snapshot saved without the listing) the current articles' reporting units, each read.
    /// </summary>
    private static (int Articles, int Independent) ArticleFigures(IArticleStore store)
    {
        if (StoryListing.Read(store) is { } listing)
        {
            return (listing.Articles, listing.IndependentSources);
        }

        var versions = store.CurrentVersions();
        var units = new Dictionary<string, string>(StringComparer.Ordinal);
        store.ReadCorpusItems(["unit"], (_, article, json) => units[article] = System.Text.Json.JsonSerializer.Deserialize<string>(json)!);
        return (versions.Count, versions.Select(v => units.GetValueOrDefault(v.Id, v.Id)).Distinct(StringComparer.Ordinal).Count());
    }

    /// <summary>What a timeline page shows: its story (none for the whole timeline), its articles, the events its filters choose from, its entries and their events.</summary>
    private sealed record View(
        Story? Story,
        int ArticleCount,
        int Independent,
        IReadOnlyList<string> Listed,
        IReadOnlyDictionary<string, ArticleHead> Articles,
        IReadOnlyDictionary<ArticleSpan, string> Quotes,
        IReadOnlyList<EventBrief> Scope,
        IReadOnlyList<TimelineEntry> Entries,
        IReadOnlyDictionary<string, EventBrief> Events,
        int Stored,
        string? Notice,
        int? Cap = null);

    private static IResult Write(View page, TimelineFilter filter)
    {
        var story = page.Story;
        string path = story is null ? "/timeline" : Url.Path("stories", story.Id);
        string title = story?.Title ?? "Timeline";
        return PageKit.Html(Layout.Page(title, story is null ? "Timeline" : "Stories", h =>
        {
            h.Element("h1", title);
            Summary(h, page);
            Filters(h, path, page.Scope, filter);
            if (page.Entries.Count == 0)
            {
                Layout.Notice(h, page.Stored == 0
                    ? "No merged events are stored yet: the corpus stages run after every ingest."
                    : "No dated events that happened match these filters.");
                return;
            }

            h.Element("h2", $"{page.Entries.Count} date{(page.Entries.Count == 1 ? string.Empty : "s")}");
            if (page.Notice is not null)
            {
                Layout.Notice(h, page.Notice);
            }

            TimelineChart.Write(h, page.Entries, e => Url.Path("evidence", "events", e.Events[0]));
            h.Open("ol", ("class", "entries"), ("id", "entries"));
            foreach (var e in page.Entries)
            {
                Entry(h, e, page.Events, page.Articles, page.Quotes, page.Cap);
            }

            h.Close("ol");
        }));
    }

    private static void Summary(HtmlWriter h, View page)
    {
        var story = page.Story;
        h.Open("dl", ("class", "meta"), ("id", "story-summary"));
        if (story is not null)
        {
            h.Element("dt", "Dates");
            h.Element("dd", $"{Api.Dto.ArticleSummary.Iso(story.First) ?? "?"} … {Api.Dto.ArticleSummary.Iso(story.Last) ?? "?"}");
        }

        h.Element("dt", "Articles");
        h.Open("dd");
        h.Text(page.Listed.Count == 0 && page.ArticleCount > 0
            ? $"{page.ArticleCount} ({page.Independent} independent); each date below lists its own."
            : $"{page.ArticleCount} ({page.Independent} independent): ");
        bool first = true;
        foreach (string a in page.Listed)
        {
            if (page.Articles.TryGetValue(a, out var record))
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

    private static void Filters(HtmlWriter h, string path, IReadOnlyList<EventBrief> scope, TimelineFilter filter)
    {
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
    private static IEnumerable<(string Id, string Name, int Count)> Actors(IReadOnlyList<EventBrief> events) =>
        events.SelectMany(e => e.Participants.DistinctBy(p => p.Id).Select(p => (p.Id, p.Name)))
            .GroupBy(p => p.Id, StringComparer.Ordinal)
            .Select(g => (g.Key, g.First().Name, g.Count()))
            .OrderByDescending(x => x.Item3).ThenBy(x => x.Name, StringComparer.Ordinal).Take(60);

    /// <summary>The CAMEO root codes of the events in scope, with the labels their events carry.</summary>
    private static IEnumerable<(string Root, string Label, int Count)> Types(IReadOnlyList<EventBrief> events) =>
        events.Where(e => e.Code.Length >= 2)
            .GroupBy(e => e.Code[..2], StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, string.Join(", ", g.OrderBy(e => e.Code.Length).ThenBy(e => e.Code, StringComparer.Ordinal).Select(e => e.Label).Distinct(StringComparer.Ordinal).Take(3)), g.Count()));

    /// <param name="h">Where the entry is written.</param>
    /// <param name="e">The entry.</param>
    /// <param name="events">Its events that were read (with <paramref name="cap"/>, its first ones).</param>
    /// <param name="articles">The articles it cites that were looked up.</param>
    /// <param name="quotes">The evidence quoted, by span (<see cref="Quotes"/>).</param>
    /// <param name="cap">When given, at most that many sources and events are listed, and how many more there are.</param>
    private static void Entry(HtmlWriter h, TimelineEntry e, IReadOnlyDictionary<string, EventBrief> events, IReadOnlyDictionary<string, ArticleHead> articles, IReadOnlyDictionary<ArticleSpan, string> quotes, int? cap)
    {
        var evidence = Evidence(e, events, cap);
        string shape = DateShape.Of(e.Earliest, e.Latest);
        var merged = e.Events.Take(cap ?? int.MaxValue).Select(id => events.GetValueOrDefault(id)).OfType<EventBrief>().ToList();
        h.Open("li", ("id", "d-" + e.Date), ("data-date", e.Date), ("class", shape));
        h.Element("span", e.Date, ("class", "when " + shape), ("title", TimelineChart.Describe(shape)));
        h.Link(Url.Path("evidence", "events", e.Events[0]), e.Summary, ("class", "entry"));
        h.Element("div", $"{Plural(e.Sources.Count, "source")}, {e.IndependentSources.ToString(CultureInfo.InvariantCulture)} independent · " +
            $"{Plural(e.Events.Count, "event")} · salience {e.Salience.ToString("0.00", CultureInfo.InvariantCulture)}", ("class", "muted counts"));
        h.Open("ul", ("class", "sources"));
        foreach (string source in e.Sources.Take(cap ?? int.MaxValue))
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

            if (evidence.TryGetValue(source, out var span) && quotes.TryGetValue(span, out string? quote))
            {
                h.Open("div", ("class", "muted"));
                h.Link(Url.Evidence(source, span.Start, span.End), "“" + quote + "”");
                h.Close("div");
            }

            h.Close("li");
        }

        More(h, e.Sources.Count - (cap ?? int.MaxValue), "source");
        h.Close("ul");
        if (e.Events.Count > 1 && merged.Count > 0)
        {
            h.Open("details");
            h.Element("summary", $"The {(cap is null ? merged.Count : e.Events.Count)} events on this date");
            h.Open("ul");
            foreach (var m in merged)
            {
                h.Open("li");
                h.Text($"{m.Code} {m.Label} · {m.Modality} · {Plural(m.IndependentSources, "independent source")}: ");
                h.Link(Url.Path("evidence", "events", m.Id), m.Summary);
                h.Close("li");
            }

            More(h, e.Events.Count - (cap ?? int.MaxValue), "event");
            h.Close("ul");
            h.Close("details");
        }

        h.Close("li");
    }

    /// <summary>A last item saying how many were left out, when some were.</summary>
    private static void More(HtmlWriter h, long left, string word)
    {
        if (left > 0)
        {
            h.Element("li", $"… and {Plural((int)left, "more " + word)} (all of them in the timeline's JSON)", ("class", "muted more"));
        }
    }

    private static string Short(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";

    private static string Plural(int n, string word) => $"{n.ToString(CultureInfo.InvariantCulture)} {word}{(n == 1 ? string.Empty : "s")}";
}
