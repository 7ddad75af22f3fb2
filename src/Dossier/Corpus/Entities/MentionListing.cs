using System.Text.Json;
using Dossier.Model;
using Dossier.Storage;

namespace Dossier.Corpus.Entities;

/// <summary>
/// The mention listing: every article's entity mentions grouped across articles by the id the article's entity stage
/// gave them, else by type and text (<see cref="MentionCount.Key"/>), as <c>/api/entities</c> lists them. The corpus
/// build groups them from each article's <see cref="ArticleMentions"/> (<see cref="Combine"/>), and the snapshot saves
/// them so that a page is read, not grouped from every document on each call. Items (kind, id), in the layout of
/// <see cref="SavedListing"/>:
/// <list type="bullet">
/// <item><c>mention_row</c>, its place (nine digits): the group (<see cref="MentionGroup"/>), in the listing's order
/// (most mentions first, then name, then key, ordinal);</item>
/// <item><c>mention_filter</c>, <c>t:TYPE</c> and a chunk number: the places of the groups of that type (in capitals);</item>
/// <item><c>mention_names</c>, a chunk number: each place's type and names, which a name filter checks;</item>
/// <item><c>mention_gram</c>, three characters in capitals: the places of the groups one of whose names holds them;</item>
/// <item><c>mention_listing</c>, <c>built</c>: the layout and how many groups each filter keeps
/// (<see cref="MentionListingMarker"/>). A snapshot without it has its page grouped from the documents.</item>
/// </list>
/// </summary>
public static class MentionListing
{
    /// <summary>The kinds of the listing's items.</summary>
    public const string RowKind = "mention_row", FilterKind = "mention_filter", NamesKind = "mention_names", GramKind = "mention_gram", BuiltKind = "mention_listing";

    /// <summary>The id of the listing's marker.</summary>
    public const string BuiltId = "built";

    /// <summary>The layout of the listing's items, which its marker names; a listing of another layout is not read.</summary>
    private const int Format = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly SavedListing Listing = new(RowKind, FilterKind, NamesKind, GramKind);

    /// <summary>
    /// Groups the articles' mentions (in any order) in the listing's order. A group's name is its most frequent text
    /// (then the longest, then ordinal), its type its most frequent type (then ordinal), its names every text in that
    /// order, and its articles those that mention it, in ordinal order.
    /// </summary>
    public static IReadOnlyList<MentionGroup> Combine(IEnumerable<ArticleMentions> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var groups = new Dictionary<string, Group>(StringComparer.Ordinal);
        var ids = new List<string>();
        foreach (var article in articles)
        {
            int index = ids.Count;
            ids.Add(article.Id);
            foreach (var m in article.Mentions)
            {
                string key = m.Key;
                if (!groups.TryGetValue(key, out var g))
                {
                    groups.Add(key, g = new Group(m.Entity));
                }

                g.Add(index, m);
            }
        }

        var byId = Comparer<int>.Create((a, b) => string.CompareOrdinal(ids[a], ids[b]));
        var list = new List<MentionGroup>(groups.Count);
        foreach (var (key, g) in groups)
        {
            var names = g.Texts.OrderByDescending(t => t.Value).ThenByDescending(t => t.Key.Length).ThenBy(t => t.Key, StringComparer.Ordinal).Select(t => t.Key).ToList();
            string type = g.Types.OrderByDescending(t => t.Value).ThenBy(t => t.Key, StringComparer.Ordinal).First().Key;
            g.Articles.Sort(byId);
            list.Add(new MentionGroup(key, g.Entity, names[0], type, names, g.Mentions, [.. g.Articles.Select(a => ids[a]).Distinct(StringComparer.Ordinal)]));
        }

        groups.Clear();
        list.Sort((a, b) =>
        {
            int c = b.Mentions.CompareTo(a.Mentions);
            c = c != 0 ? c : string.CompareOrdinal(a.Name, b.Name);
            return c != 0 ? c : string.CompareOrdinal(a.Key, b.Key);
        });
        return list;
    }

    /// <summary>The groups of the documents' mentions, as <see cref="Combine"/> makes them: what a snapshot without the listing is read from.</summary>
    public static IReadOnlyList<MentionGroup> FromDocuments(IEnumerable<(string Id, Document Doc)> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return Combine(documents.Select(d => ArticleMentions.Of(d.Id, d.Doc)));
    }

    /// <summary>Whether a group passes the filters (each null keeps all): its type compared whole and any of its names holding the name filter, ignoring case (ordinal).</summary>
    public static bool Matches(MentionGroup group, MentionFilter filter)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(filter);
        return SavedListing.Passes(group.Type, group.Names, filter.Type, filter.Name);
    }

    /// <summary>Stages the listing of <paramref name="groups"/> (in the listing's order), to be committed with the snapshot.</summary>
    public static void Write(ICorpusWriter writer, IReadOnlyList<MentionGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(groups);
        var listing = Listing.Write(writer);
        foreach (var g in groups)
        {
            listing.Add(JsonSerializer.SerializeToUtf8Bytes(g, Json), ["t:" + g.Type.ToUpperInvariant()], [g.Type, .. g.Names], g.Names);
        }

        var filters = listing.Finish();
        writer.Write(BuiltKind, BuiltId, JsonSerializer.Serialize(new MentionListingMarker(Format, listing.Count, filters), Json));
    }

    /// <summary>The listing's marker, or null when the snapshot has no listing this build reads.</summary>
    public static MentionListingMarker? Read(IArticleStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        return store.CorpusItem(BuiltKind, BuiltId) is { } json && JsonSerializer.Deserialize<MentionListingMarker>(json, Json) is { Format: Format } built ? built : null;
    }

    /// <summary>
    /// The <paramref name="take"/> groups after the first <paramref name="skip"/> that pass <paramref name="filter"/>,
    /// in the listing's order, and how many pass; null when the snapshot has no listing.
    /// </summary>
    public static MentionGroupPage? Page(IArticleStore store, MentionFilter filter, int skip, int take)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(filter);
        if (Read(store) is not { } marker)
        {
            return null;
        }

        var (rows, total) = Listing.Page(store, marker.Groups, marker.Filters, filter.Type is { } t ? "t:" + t.ToUpperInvariant() : null, filter.Name,
            row => SavedListing.Passes(row[0], row.Skip(1), filter.Type, filter.Name), skip, take);
        return new MentionGroupPage([.. rows.Select(r => JsonSerializer.Deserialize<MentionGroup>(r, Json)!)], total);
    }

    /// <summary>One key's mentions as they are gathered: its texts and types counted, and the articles (by their index) that have it.</summary>
    private sealed class Group(string? entity)
    {
        private int lastArticle = -1;

        public string? Entity { get; } = entity;

        public Dictionary<string, int> Texts { get; } = new(1, StringComparer.Ordinal);

        public Dictionary<string, int> Types { get; } = new(1, StringComparer.Ordinal);

        public List<int> Articles { get; } = new(1);

        public int Mentions { get; private set; }

        public void Add(int article, MentionCount m)
        {
            Texts[m.Text] = Texts.GetValueOrDefault(m.Text) + m.Count;
            Types[m.Type] = Types.GetValueOrDefault(m.Type) + m.Count;
            Mentions += m.Count;
            if (article != lastArticle)
            {
                Articles.Add(article);
                lastArticle = article;
            }
        }
    }
}

/// <summary>
/// Mentions grouped across articles: by the id the article's entity stage gave them (<see cref="Entity"/>), else by
/// type and text; its most frequent name and type, every name, how many mentions, and the articles (ordinal order).
/// </summary>
public sealed record MentionGroup(string Key, string? Entity, string Name, string Type, IReadOnlyList<string> Names, int Mentions, IReadOnlyList<string> Articles);

/// <summary>The mention listing's filters: a type (compared whole) and part of a name (any of the group's), both ignoring case; null keeps all.</summary>
public sealed record MentionFilter(string? Type = null, string? Name = null);

/// <summary>A page of the mention listing and how many groups pass its filters.</summary>
public sealed record MentionGroupPage(IReadOnlyList<MentionGroup> Groups, int Total);

/// <summary>The mention listing's marker: its layout, how many groups it lists, and how many each type filter keeps.</summary>
public sealed record MentionListingMarker(int Format, int Groups, IReadOnlyDictionary<string, int> Filters);
