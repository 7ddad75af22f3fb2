using Dossier.Corpus.Dating;
using Dossier.Events;
using Dossier.Model;
using Dossier.Temporal;

namespace Dossier.Corpus.EventMerging;

/// <summary>
/// The corpus stage that merges reports of one event across articles and reconciles their dates. Undated articles are
/// dated by what is established outside them: known-date events (<see cref="AnchorEvents"/>) pin expressions such as
/// "inauguration on Monday", and a report that merges with a precisely dated report from a dated article pins the
/// expression that dated it ("met on Thursday" becomes 2024-07-04). Pins narrow the article's publication range
/// (<see cref="PublicationNarrowing"/>), its expressions are resolved again against it, and its reports are read and
/// merged again, until no new pin appears. Everything depends only on the set of articles.
/// </summary>
public sealed class EventMergingStage
{
    private const int MaxRounds = 4;

    private static readonly Lazy<TemporalStage> Temporal = new(() => new TemporalStage());

    private static readonly Lazy<CameoCatalog> Catalog = new(() => CameoCatalog.Load());

    private readonly AnchorEvents anchors;

    public EventMergingStage(AnchorEvents? anchors = null) => this.anchors = anchors ?? AnchorEvents.Default;

    /// <summary>
    /// How many reports are held as objects before the stage keeps them encoded by partition and merges one partition
    /// at a time (<see cref="ReportPartitions"/>); the events are the same either way.
    /// </summary>
    public int EncodeReportsAbove { get; init; } = ReportPartitions.DefaultEncodeAbove;

    /// <summary>
    /// How many reports of a partition kept encoded are merged at once: a larger partition is divided into groups of
    /// reports that can never be of one event with a report of another group (<see cref="ReportLinks"/>), merged one
    /// group at a time; the events are the same either way.
    /// </summary>
    public int MergeGroupSize { get; init; } = DefaultMergeGroupSize;

    /// <summary>The default of <see cref="MergeGroupSize"/>: about 35 MB of reports held as objects.</summary>
    public const int DefaultMergeGroupSize = 50_000;

    /// <summary>
    /// The expressions an undated article can be dated again by (null for a dated or empty article). Locating them
    /// reads the article's tokens and tags, so a caller that lets each document's tags go early takes this first and
    /// passes it to <see cref="Run(IReadOnlyList{CorpusArticle}, DuplicateResult, IReadOnlyList{Story}, IReadOnlyDictionary{string, ArticleDating}?)"/>
    /// (<see cref="Read(CorpusArticle, StringPool?)"/> takes it too).
    /// </summary>
    public static ArticleDating? Dating(CorpusArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Undated(article) ? ArticleDating.Of(article.Document, Temporal.Value) : null;
    }

    /// <summary>
    /// What the stage needs of one article, read from its document (which must still have its tokens and tags when
    /// the article is undated: its re-datable expressions are located here); <paramref name="pool"/> shares words and
    /// date keys across the articles of one build.
    /// </summary>
    public ArticleEvents Read(CorpusArticle article, StringPool? pool = null) => Read(article, Dating(article), pool);

    /// <param name="articles">The articles, in id order.</param>
    /// <param name="duplicates">The duplicates stage's result.</param>
    /// <param name="stories">The stories stage's result.</param>
    /// <param name="dated">The <see cref="Dating"/> of every undated article when the caller took them already (its
    /// documents may then lack tags); null to take them here.</param>
    public EventMergeResult Run(IReadOnlyList<CorpusArticle> articles, DuplicateResult duplicates, IReadOnlyList<Story> stories, IReadOnlyDictionary<string, ArticleDating>? dated = null)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var pool = new StringPool();
        var read = articles.Select(a => Read(a, dated is null ? Dating(a) : Undated(a) ? dated[a.Id] : null, pool)).ToList();
        var byId = articles.ToDictionary(a => a.Id, a => a.Document, StringComparer.Ordinal);
        return Run(read, duplicates, stories, id => byId[id]);
    }

    /// <summary>
    /// Merges the articles' reports from what <see cref="Read"/> took of them (the same result as over their
    /// documents).
    /// </summary>
    /// <param name="articles">The articles' records, in id order.</param>
    /// <param name="duplicates">The duplicates stage's result.</param>
    /// <param name="stories">The stories stage's result.</param>
    /// <param name="reload">The document of an article again (its tokens are not needed): only undated articles
    /// that get pins, whose reports are read again against their re-resolved expressions, are loaded, each once.</param>
    public EventMergeResult Run(IEnumerable<ArticleEvents> articles, DuplicateResult duplicates, IReadOnlyList<Story> stories, Func<string, Document> reload)
    {
        var collected = new CorpusSnapshotCollector();
        var ranges = Run(articles, duplicates, stories, reload, collected);
        return new EventMergeResult(collected.Snapshot().Events, ranges);
    }

    /// <summary>
    /// Merges the articles' reports as <see cref="Run(IEnumerable{ArticleEvents}, DuplicateResult, IReadOnlyList{Story}, Func{string, Document})"/>
    /// does, giving each merged event to <paramref name="sink"/> as its partition is merged instead of holding them
    /// all: when pins date undated articles again, the round's events are discarded
    /// (<see cref="ICorpusSink.DiscardEvents"/>) and the next round's are given. Only
    /// <see cref="ICorpusSink.Event"/> and <see cref="ICorpusSink.DiscardEvents"/> are called.
    /// </summary>
    /// <returns>The publication ranges of undated articles that the stage narrowed.</returns>
    public IReadOnlyDictionary<string, DateRange> Run(IEnumerable<ArticleEvents> articles, DuplicateResult duplicates, IReadOnlyList<Story> stories, Func<string, Document> reload, ICorpusSink sink)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(duplicates);
        ArgumentNullException.ThrowIfNull(stories);
        ArgumentNullException.ThrowIfNull(reload);
        var storyOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var s in stories)
        {
            foreach (string a in s.Articles)
            {
                storyOf[a] = s.Id;
            }
        }

        // Each article's reports are kept encoded by partition as they are read, and the article without them: only
        // the partition being merged is ever in memory as reports.
        var light = new List<ArticleEvents>();
        using var partitions = new ReportPartitions(EncodeReportsAbove);
        foreach (var a in articles)
        {
            partitions.Add(light.Count, a.Reports);
            light.Add(a.WithoutReports());
        }

        var byId = light.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var datings = new Dictionary<string, ArticleDating>(StringComparer.Ordinal);
        var pins = new Dictionary<string, Dictionary<int, DatePin>>(StringComparer.Ordinal);
        foreach (var a in light.Where(a => a.Dating is not null))
        {
            datings[a.Id] = a.Dating!;
            if (a.Pins.Count > 0)
            {
                pins[a.Id] = a.Pins.ToDictionary(p => p.Index);
            }
        }

        var timexes = new Dictionary<string, IReadOnlyList<TimexMention>>(StringComparer.Ordinal);
        var ranges = new Dictionary<string, DateRange>(StringComparer.Ordinal);
        var reloaded = new Dictionary<string, CorpusArticle>(StringComparer.Ordinal);
        for (int round = 0; round < MaxRounds; round++)
        {
            if (round > 0)
            {
                sink.DiscardEvents();
            }

            foreach (var (id, articlePins) in pins)
            {
                var stored = byId[id].PublishedRange;
                var list = articlePins.Values.OrderBy(p => p.Index).ToList();
                var range = PublicationNarrowing.Narrow(datings[id], stored, list);
                if (range is { } r && r != stored)
                {
                    ranges[id] = r;
                }
                else
                {
                    ranges.Remove(id);
                }

                timexes[id] = datings[id].Resolve(range, list.ToDictionary(p => p.Index, p => p.Value));
            }

            // The reports of articles whose dates changed are read again from their documents; the others' were read
            // once, before the stories were known (the merger looks their story up by article).
            var redated = new Dictionary<string, List<EventReport>>(StringComparer.Ordinal);
            foreach (var a in light)
            {
                if (!timexes.TryGetValue(a.Id, out var dates))
                {
                    continue;
                }

                if (!reloaded.TryGetValue(a.Id, out var article))
                {
                    reloaded[a.Id] = article = new CorpusArticle(a.Id, reload(a.Id).WithoutTokens(quotes: false));
                }

                foreach (var report in EventReportReader.Read(article, dates, string.Empty))
                {
                    string key = partitions.PartitionOf(report);
                    if (!redated.TryGetValue(key, out var list))
                    {
                        redated[key] = list = [];
                    }

                    list.Add(report);
                }
            }

            // Partition by partition: merge, note the pins merging establishes, give the events and let the reports go.
            var later = new LaterReferences(light, timexes, ranges, duplicates);
            var found = new Dictionary<(string Article, int Index), string?>();
            Func<string, string> story = id => storyOf.GetValueOrDefault(id) ?? id;
            Func<int, bool> again = i => timexes.ContainsKey(light[i].Id);
            foreach (string key in partitions.Keys.Union(redated.Keys, StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                var extra = redated.GetValueOrDefault(key) ?? [];
                foreach (var reports in Groups(partitions, key, again, extra, story))
                {
                    var clusters = new EventMerger().Merge(reports, story);
                    FindPins(clusters, datings, found);
                    foreach (var c in clusters)
                    {
                        sink.Event(later.Count(MergedEventBuilder.Build(c, Catalog.Value, duplicates.IndependentSources)));
                    }
                }
            }

            if (!AddPins(found, pins))
            {
                break;
            }
        }

        return ranges;
    }

    /// <summary>
    /// The reports of one partition (its kept ones but those <paramref name="skip"/> leaves out, and
    /// <paramref name="extra"/>) in groups that merge apart into the events the whole partition merges into
    /// (<see cref="ReportLinks"/>): one group when the partition holds at most <see cref="MergeGroupSize"/> reports or
    /// its reports all hang together; otherwise the reports are read once to link them, once more to keep them
    /// encoded by group, and each group is read back in turn.
    /// </summary>
    private IEnumerable<List<EventReport>> Groups(ReportPartitions partitions, string key, Func<int, bool> skip, List<EventReport> extra, Func<string, string> storyOf)
    {
        var (groups, count) = (Array.Empty<int>(), 1);
        if (partitions.Partitioned && partitions.CountOf(key) + extra.Count > MergeGroupSize)
        {
            var links = new ReportLinks(storyOf);
            foreach (var report in partitions.Read(key, skip).SelectMany(e => e.Reports).Concat(extra))
            {
                links.Note(report);
            }

            (groups, count) = links.Groups(MergeGroupSize);
        }

        if (count == 1)
        {
            var reports = new List<EventReport>();
            foreach (var (_, list) in partitions.Read(key, skip))
            {
                reports.AddRange(list);
            }

            reports.AddRange(extra);
            yield return reports;
            yield break;
        }

        using var divided = new ReportPartitions(encodeAbove: 0);
        int next = 0;
        foreach (var (article, list) in partitions.Read(key, skip))
        {
            int first = next;
            next += list.Count;
            foreach (var group in list.Select((r, i) => (Report: r, Group: groups[first + i])).GroupBy(p => p.Group))
            {
                divided.Add(GroupKey(group.Key), article, [.. group.Select(p => p.Report)]);
            }
        }

        var extras = extra.Select((r, i) => (Report: r, Group: groups[next + i])).ToLookup(p => p.Group, p => p.Report);
        for (int g = 0; g < count; g++)
        {
            var reports = new List<EventReport>();
            foreach (var (_, list) in divided.Read(GroupKey(g), _ => false))
            {
                reports.AddRange(list);
            }

            reports.AddRange(extras[g]);
            yield return reports;
        }

        static string GroupKey(int group) => group.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
    }

    private static bool Undated(CorpusArticle article) => article.Metadata.Published is null && article.Document.Sentences.Count > 0;

    private ArticleEvents Read(CorpusArticle article, ArticleDating? dating, StringPool? pool)
    {
        ArgumentNullException.ThrowIfNull(article);
        var doc = article.Document;
        var pins = dating is null ? [] : anchors.Pins(doc, dating);
        IReadOnlyList<EventReport> reports = pins.Count > 0 ? [] : EventReportReader.Read(article, doc.Timexes, string.Empty, pool);
        return new ArticleEvents(article.Id, article.Metadata.Published, article.Metadata.PublishedRange, dating, pins, reports, LaterReferences.Keys(doc.Timexes, pool));
    }

    /// <summary>
    /// Notes the pins merging established in <paramref name="clusters"/>: an undated article's report whose own date
    /// expression left the day open, in an event that a dated article's report dates to a day by a date expression of
    /// its own. Two events pinning one expression to different days cancel each other, in whichever partition each is.
    /// </summary>
    private static void FindPins(List<EventCluster> clusters, Dictionary<string, ArticleDating> datings, Dictionary<(string Article, int Index), string?> found)
    {
        foreach (var c in clusters)
        {
            if (c.Date?.Day is not { } day || !c.Members.Any(m => m.ArticleDated && m.DateExpression >= 0 && m.Date?.Day == day))
            {
                continue;
            }

            foreach (var m in c.Members.Where(m => !m.ArticleDated && m.DateExpression >= 0 && m.Date?.Day is null))
            {
                if (!datings.TryGetValue(m.Article, out var dating) || dating.IndexAt(m.DateExpression) is not (>= 0 and var index))
                {
                    continue;
                }

                string? value = dating.PinValue(index, day);
                var key = (m.Article, index);
                found[key] = found.TryGetValue(key, out var known) && known != value ? null : value;
            }
        }
    }

    /// <summary>Adds the pins found (<see cref="FindPins"/>) that are new; returns whether any was.</summary>
    private static bool AddPins(Dictionary<(string Article, int Index), string?> found, Dictionary<string, Dictionary<int, DatePin>> pins)
    {
        bool added = false;
        foreach (var ((article, index), value) in found.OrderBy(f => f.Key.Article, StringComparer.Ordinal).ThenBy(f => f.Key.Index))
        {
            if (value is null)
            {
                continue;
            }

            if (!pins.TryGetValue(article, out var articlePins))
            {
                pins[article] = articlePins = [];
            }

            if (!articlePins.ContainsKey(index))
            {
                articlePins[index] = new DatePin(index, value);
                added = true;
            }
        }

        return added;
    }
}
