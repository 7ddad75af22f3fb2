using System.Globalization;
using System.Text.Json;
using Dossier.Storage;

namespace Dossier.Corpus;

/// <summary>
/// The story listing: what a snapshot saves besides its stories so that the list of stories and the figures of the
/// stored articles are read a page at a time, not made from every article and every merged event on each call. Items
/// (kind, id):
/// <list type="bullet">
/// <item><c>story_list</c>, a story id: the story with its independent sources, outlets and merged events
/// (<see cref="ListedStory"/>);</item>
/// <item><c>story_order</c>, <c>000000000</c>, <c>000000001</c>, …: the story ids in the listing's order (most articles
/// first, then the latest, then by id), so that a page of stories is a range of items;</item>
/// <item><c>story_listing</c>, <c>built</c>: the layout, how many stories there are, and the stored articles' count,
/// date span and outlets (<see cref="Listing"/>). A snapshot without it (saved before the listing was kept) is listed
/// from its stories, its merged events and every stored article, as before.</item>
/// </list>
/// </summary>
public static class StoryListing
{
    /// <summary>The kinds of the listing's items.</summary>
    public const string Kind = "story_list", OrderKind = "story_order", BuiltKind = "story_listing";

    /// <summary>The id of the listing's marker.</summary>
    public const string BuiltId = "built";

    /// <summary>The layout of the listing's items, which its marker names; a listing of another layout is not read (2: the marker counts the independent sources).</summary>
    private const int Format = 2;

    /// <summary>How many stored articles' heads are read at a time for their outlets and dates.</summary>
    private const int ArticlePage = 500;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Stages the listing of what <paramref name="writer"/> has staged (its stories and reporting units,
    /// <see cref="CorpusSnapshotJson.ReadStaged"/>), to be committed with them: each story's outlets are those of its
    /// articles in <paramref name="store"/> (their heads read a page at a time, without their bodies), and its merged events are counted in
    /// <paramref name="events"/> (<see cref="Timelines.EventTimeline.WriteIndex"/> gives them).
    /// </summary>
    public static void Write(ICorpusWriter writer, IArticleStore store, IReadOnlyDictionary<string, int> events)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(events);
        var figures = new ArticleFigures();
        var outletOf = new Dictionary<string, string>(StringComparer.Ordinal);
        // Each current article's metadata, a page of ids at a time, without its body (what the listing counts and
        // names does not depend on the order articles are read in).
        var ids = store.CurrentVersions().Select(v => v.Id).ToList();
        foreach (var page in ids.Chunk(ArticlePage))
        {
            foreach (var a in store.ArticleHeads(page))
            {
                if (figures.Add(a.Metadata) is { } outlet)
                {
                    outletOf[a.Id] = outlet;
                }
            }
        }

        var core = CorpusSnapshotJson.ReadStaged(writer);
        var ordered = Ordered(core.Stories).ToList();
        for (int i = 0; i < ordered.Count; i++)
        {
            var s = ordered[i];
            var listed = new ListedStory(s.Id, s.Title, s.First, s.Last, s.Articles,
                core.IndependentSources(s.Articles),
                [.. s.Articles.Select(a => outletOf.GetValueOrDefault(a)).OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                events.GetValueOrDefault(s.Id));
            writer.Write(Kind, s.Id, JsonSerializer.SerializeToUtf8Bytes(listed, Json));
            writer.Write(OrderKind, i.ToString("D9", CultureInfo.InvariantCulture), JsonSerializer.Serialize(s.Id));
        }

        writer.Write(BuiltKind, BuiltId, JsonSerializer.Serialize(
            new Listing(Format, ordered.Count, figures.Count, core.IndependentSources(ids), figures.First, figures.Last, figures.Outlets), Json));
    }

    /// <summary>The outlet an article names, or its wire: what the story list shows of it.</summary>
    public static string? Outlet(ArticleRecord article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Outlet(article.Metadata);
    }

    /// <summary>The outlet metadata names, or its wire.</summary>
    public static string? Outlet(Model.ArticleMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.Outlet ?? metadata.Wire;
    }

    /// <summary>Stories with the most articles first, then the latest, then by id (a stable order for paging).</summary>
    public static IEnumerable<Story> Ordered(IEnumerable<Story> stories) => InOrder(stories, s => (s.Articles.Count, s.Last, s.Id));

    private static IEnumerable<T> InOrder<T>(IEnumerable<T> stories, Func<T, (int Articles, DateOnly? Last, string Id)> key) =>
        stories.OrderByDescending(s => key(s).Articles).ThenByDescending(s => key(s).Last).ThenBy(s => key(s).Id, StringComparer.Ordinal);

    /// <summary>The listing's marker, or null when the snapshot has no listing this build reads.</summary>
    public static Listing? Read(IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.CorpusItem(BuiltKind, BuiltId) is { } json ? ReadBuilt(json) : null;
    }

    /// <summary>
    /// The <paramref name="take"/> listed stories after the first <paramref name="skip"/>, in the listing's order, and
    /// the marker (read with them, so both come from the same snapshot); null when the snapshot has no listing.
    /// </summary>
    public static IReadOnlyList<ListedStory>? Page(IArticleStore store, int skip, int take, out Listing? listing)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfNegative(take);
        var ids = store.ReadItemsWithMarker(BuiltKind, BuiltId, OrderKind, json => JsonSerializer.Deserialize<string>(json)!, take,
            skip == 0 ? null : skip.ToString("D9", CultureInfo.InvariantCulture), out string? marker);
        listing = marker is null ? null : ReadBuilt(marker);
        return listing is null ? null : [.. ids.Select(id => Find(store, id)).OfType<ListedStory>()];
    }

    /// <summary>Every listed story in the listing's order (for filters over all of them), or null when the snapshot has no listing.</summary>
    public static IReadOnlyList<ListedStory>? All(IArticleStore store, out Listing? listing)
    {
        ArgumentNullException.ThrowIfNull(store);
        var stories = store.ReadItemsWithMarker(BuiltKind, BuiltId, Kind, json => JsonSerializer.Deserialize<ListedStory>(json, Json)!, null, null, out string? marker);
        listing = marker is null ? null : ReadBuilt(marker);
        return listing is null ? null : [.. InOrder(stories, s => (s.Articles.Count, s.Last, s.Id))];
    }

    /// <summary>One listed story, or null when there is no such story or the snapshot has no listing.</summary>
    public static ListedStory? Find(IArticleStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(id);
        return store.CorpusItem(Kind, id) is { } json ? JsonSerializer.Deserialize<ListedStory>(json, Json) : null;
    }

    private static Listing? ReadBuilt(string json) =>
        JsonSerializer.Deserialize<Listing>(json, Json) is { Format: Format } built ? built : null;
}

/// <summary>A story as the listing keeps it: its articles and date span, how many independent sources and merged events it has, and its articles' outlets.</summary>
public sealed record ListedStory(string Id, string Title, DateOnly? First, DateOnly? Last, IReadOnlyList<string> Articles, int IndependentSources,
    IReadOnlyList<string> Outlets, int Events);

/// <summary>The listing's marker: its layout, how many stories it lists, and how many articles were stored, how many independent sources they are, their date span and outlets.</summary>
public sealed record Listing(int Format, int Stories, int Articles, int IndependentSources, DateOnly? First, DateOnly? Last, IReadOnlyList<string> Outlets);

/// <summary>
/// The figures of stored articles as the start page and the listing give them, taken one article at a time: how many,
/// their date span (each stated date, else its inferred range) and their outlets (an outlet, else a wire).
/// </summary>
public sealed class ArticleFigures
{
    private readonly SortedSet<string> outlets = new(StringComparer.Ordinal);

    public int Count { get; private set; }

    public DateOnly? First { get; private set; }

    public DateOnly? Last { get; private set; }

    /// <summary>The outlets named, in ordinal order.</summary>
    public IReadOnlyList<string> Outlets => [.. outlets];

    /// <summary>Counts an article in; returns its outlet (one string per outlet, however many articles name it), or null.</summary>
    public string? Add(ArticleRecord article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return Add(article.Metadata);
    }

    /// <summary>Counts an article in by its metadata; returns its outlet as <see cref="Add(ArticleRecord)"/> does.</summary>
    public string? Add(Model.ArticleMetadata m)
    {
        ArgumentNullException.ThrowIfNull(m);
        Count++;
        if ((m.Published ?? m.PublishedRange?.Earliest) is { } earliest && (First is null || earliest < First))
        {
            First = earliest;
        }

        if ((m.Published ?? m.PublishedRange?.Latest) is { } latest && (Last is null || latest > Last))
        {
            Last = latest;
        }

        if (StoryListing.Outlet(m) is not { } outlet)
        {
            return null;
        }

        outlets.Add(outlet);
        outlets.TryGetValue(outlet, out string? shared);
        return shared;
    }
}
